package dev.parallax.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic news articles of a given length for benchmarks: wire-style sentences with figures, dates,
 * names and attributions, varied by a seeded random so runs are repeatable.
 */
public final class Articles {

    private static final String[] EN = {
        "Police said %d people were killed when the fire spread through the warehouse on Thursday.",
        "At least %d residents were evacuated from the valley, the municipality said.",
        "According to the fire service, more than %d firefighters were deployed overnight.",
        "Mayor Anna Berg said %d homes had been destroyed since %d March.",
        "The company said about %d tonnes of chemicals were stored at the site in %d.",
        "Rescuers found %d bodies in the shaft three weeks ago, officials told reporters.",
    };

    private static final String[] NB = {
        "Politiet opplyser at %d personer omkom da brannen spredte seg i lageret torsdag.",
        "Minst %d innbyggere ble evakuert fra dalen, ifølge kommunen.",
        "Ifølge brannvesenet var mer enn %d brannfolk i sving i natt.",
        "Ordfører Anna Berg sier at %d hus er ødelagt siden %d. mars.",
        "Selskapet anslår at rundt %d tonn kjemikalier var lagret der i %d.",
        "Redningsmannskaper fant %d lik i sjakten for tre uker siden, sier myndighetene.",
    };

    private Articles() {
    }

    /** An English article of about {@code words} words. */
    public static String english(int words, long seed) {
        return article(EN, words, seed);
    }

    /** A Norwegian article of about {@code words} words. */
    public static String norwegian(int words, long seed) {
        return article(NB, words, seed);
    }

    private static String article(String[] templates, int words, long seed) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder();
        List<String> paragraph = new ArrayList<>();
        int count = 0;
        int i = 0;
        while (count < words) {
            String sentence = String.format(templates[i++ % templates.length], 2 + random.nextInt(400),
                    i % 2 == 0 ? 1 + random.nextInt(28) : 1990 + random.nextInt(35));
            paragraph.add(sentence);
            count += sentence.split(" ").length;
            if (paragraph.size() == 3) {
                text.append(String.join(" ", paragraph)).append("\n\n");
                paragraph.clear();
            }
        }
        return text.append(String.join(" ", paragraph)).toString().strip();
    }
}
