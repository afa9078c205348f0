package dev.parallax.core.ingest;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Evidence for telling apart languages that the statistical identifier confuses: Bokmål, Nynorsk,
 * Danish and Swedish share most of their character n-grams, and a Russian sentence can score close
 * to Ukrainian. Their spelling of the commonest function words differs ("ikke"/"ikkje"/"inte",
 * "hva"/"kva"/"hvad"/"vad") and so do a few letters (Ukrainian і, ї, є, ґ; Russian ы, э, ё, ъ;
 * Swedish ä, ö), which is decisive even in one sentence.
 *
 * <p>The word lists are written here rather than taken from Lucene's stop word lists because they
 * must be comparable: each lists the same few dozen function words in its own spelling, so that a
 * word one member has and another lacks is evidence between them.
 */
final class ConfusableLanguages {

    /** Groups of ISO 639-3 codes that are resolved together. */
    static final List<Set<String>> GROUPS = List.of(Set.of("nob", "nno", "dan", "swe"), Set.of("rus", "ukr"));

    private static final Map<String, String> COMMON_WORDS = Map.of(
            "nob", "og i det er som på en et av til for med at å har ikke de den seg fra om var jeg hun han vi etter "
                    + "ble blir også skal kan vil kunne mot nå noe mye hva hvem hvordan hvor hvis bare selv sier sa "
                    + "hadde vært blitt noen disse mellom mer flere ut opp under over enn eller men ifølge hele",
            "nno", "og i det er som på ein eit av til for med at å har ikkje dei den seg frå om var eg ho han vi me "
                    + "etter vart blei blir òg skal kan vil kunne mot no noko mykje kva kven korleis kor kvar viss "
                    + "berre sjølv seier sa hadde vore blitt nokre desse mellom meir fleire ut opp under over enn "
                    + "eller men ifølgje heile fekk gjekk vere",
            "dan", "og i det er som på en et af til for med at har ikke de den sig fra om var jeg hun han vi efter "
                    + "blev bliver også skal kan vil kunne mod nu noget meget hvad hvem hvordan hvor hvis bare "
                    + "selv siger sagde havde været blevet nogle disse mellem mere flere ud op under over end eller "
                    + "men ifølge hele os",
            "swe", "och i det är som på en ett av till för med att har inte de den sig från om var jag hon han vi "
                    + "efter blev blir också ska kan vill kunna mot nu något mycket vad vem hur bara själv säger sa "
                    + "hade varit blivit några dessa mellan mer fler ut upp under över än eller men enligt hela",
            "rus", "и в не на что с по это как от к за из у о же для был была было были он она они мы вы его её "
                    + "их также только уже если чтобы при после во",
            "ukr", "і й в у не на що з по це як від до за із о же для був була було були він вона вони ми ви його "
                    + "її їх також тільки вже якщо щоб при після та");

    private static final Map<String, String> LETTERS = Map.of(
            "swe", "äö", "ukr", "іїєґ", "rus", "ыэёъ");

    private static final Map<String, Set<String>> VOCABULARY = vocabulary();

    private ConfusableLanguages() {
    }

    /** The group a code belongs to, or null. */
    static Set<String> groupOf(String code) {
        for (Set<String> group : GROUPS) {
            if (group.contains(code)) {
                return group;
            }
        }
        return null;
    }

    /**
     * How strongly the words of a text speak for this member of its group: minus one for every word
     * of the text that another member uses and this one does not ("ikkje" counts against Bokmål,
     * Danish and Swedish; "å" against Danish and Swedish), and likewise for the letters only one
     * member writes. Only the differences between members matter.
     */
    static int evidence(String code, List<String> words) {
        Set<String> group = groupOf(code);
        if (group == null) {
            return 0;
        }
        Set<String> own = VOCABULARY.get(code);
        int against = 0;
        for (String word : words) {
            for (String other : group) {
                if (!other.equals(code) && (VOCABULARY.get(other).contains(word)
                        || containsAny(word, LETTERS.getOrDefault(other, "")))) {
                    if (!own.contains(word) && !containsAny(word, LETTERS.getOrDefault(code, ""))) {
                        against++;
                    }
                    break;
                }
            }
        }
        return -against;
    }

    /** Lower-case words of a text (letters and apostrophes), in order. */
    static List<String> words(String text) {
        List<String> words = new java.util.ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            while (i < text.length() && !Character.isLetter(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < text.length() && (Character.isLetter(text.charAt(i)) || Character.getType(text.charAt(i))
                    == Character.NON_SPACING_MARK)) {
                i++;
            }
            if (i > start) {
                words.add(text.substring(start, i).toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    private static boolean containsAny(String word, String letters) {
        for (int i = 0; i < letters.length(); i++) {
            if (word.indexOf(letters.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }

    private static Map<String, Set<String>> vocabulary() {
        Map<String, Set<String>> result = new HashMap<>();
        COMMON_WORDS.forEach((code, words) -> result.put(code, Set.copyOf(List.of(words.split(" +")))));
        return Map.copyOf(result);
    }
}
