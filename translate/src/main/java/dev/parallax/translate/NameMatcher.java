package dev.parallax.translate;

import java.util.Arrays;
import java.util.List;
import org.apache.commons.text.similarity.JaroWinklerSimilarity;

/**
 * Decides whether two name keys (see {@code NameKey}) name the same entity: equal keys, keys within a
 * small Jaro-Winkler distance ("rami abdurrahman" / "rami abdulrahman", "karagandy" / "karaganda"),
 * or one key's words all found among the other's ("solheim" in "kari solheim").
 */
public final class NameMatcher {

    /** Jaro-Winkler similarity from which two keys are taken as spellings of one name. */
    public static final double SAME_NAME = 0.88;

    private static final JaroWinklerSimilarity JARO_WINKLER = new JaroWinklerSimilarity();

    private NameMatcher() {
    }

    /** 0..1, how likely the keys name the same entity. */
    public static double similarity(String a, String b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        if (a.equals(b)) {
            return 1;
        }
        double whole = JARO_WINKLER.apply(a, b);
        List<String> wa = words(a);
        List<String> wb = words(b);
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        int found = 0;
        for (String w : shorter) {
            for (String l : longer) {
                if (w.equals(l) || (w.length() > 3 && JARO_WINKLER.apply(w, l) >= 0.9)) {
                    found++;
                    break;
                }
            }
        }
        double byWords = found == shorter.size() ? 0.9 + 0.1 * shorter.size() / longer.size() : 0;
        return Math.max(whole, Math.min(1, byWords));
    }

    /** Whether the keys name the same entity. */
    public static boolean same(String a, String b) {
        return similarity(a, b) >= SAME_NAME;
    }

    /**
     * Whether two names as written are one name spelled differently ("Lefevre" / "Lefèvre",
     * "Straßburg" / "Strasbourg", "Colonel Jean-Baptiste Lefevre" / "Jean-Baptiste Lefèvre"), rather
     * than the same spelling or a shorter form of it ("Solheim" in "Kari Solheim").
     */
    public static boolean isVariant(String keyA, String keyB, String writtenA, String writtenB) {
        if (writtenA.equals(writtenB)) {
            return false;
        }
        List<String> wa = words(keyA);
        List<String> wb = words(keyB);
        List<String> shorter = wa.size() <= wb.size() ? wa : wb;
        List<String> longer = shorter == wa ? wb : wa;
        String shortWritten = shorter == wa ? writtenA : writtenB;
        String longWritten = shorter == wa ? writtenB : writtenA;
        if (shorter.isEmpty() || longWritten.contains(shortWritten)) {
            return false;
        }
        for (String w : shorter) {
            boolean found = false;
            for (String l : longer) {
                if (w.equals(l) || (w.length() > 3 && JARO_WINKLER.apply(w, l) >= SAME_WORD)) {
                    found = true;
                    break;
                }
            }
            if (!found) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two name keys share a word of four letters or more, spelled alike after folding c/k,
     * z/s, doubled letters ("prime minister zaev" / "statsminister zaev", "china" / "kina",
     * "red cross" / "rode kors"): names translated word by word keep such a word.
     */
    public static boolean shareAWord(String a, String b) {
        for (String wa : words(a)) {
            for (String wb : words(b)) {
                if (wa.length() >= 4 && wb.length() >= 4
                        && JARO_WINKLER.apply(Cognates.fold(wa), Cognates.fold(wb)) >= SAME_WORD) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Jaro-Winkler similarity from which two words of names are taken as one word spelled two ways. */
    static final double SAME_WORD = 0.9;

    private static List<String> words(String key) {
        return Arrays.stream(key.split(" ")).filter(w -> !w.isEmpty()).toList();
    }
}
