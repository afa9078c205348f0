package dev.parallax.translate;

import dev.parallax.core.extract.NameKey;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A weak, language-neutral signal that two sentences say the same thing: shared cognates and
 * loanwords ("evacuated" / "evakuert" / "évacués", "police" / "Polizei" / "полиция"). Each word of five
 * letters or more is transliterated to Latin, folded to a rough phonetic spelling (c and q as k, z as
 * s, y as i, doubled letters once) and cut to its first four letters; two sentences are compared by
 * the overlap of those keys. Digits are kept, so shared figures count too.
 */
public final class Cognates {

    static final int MIN_WORD = 5;
    static final int KEY = 4;
    private static final int CACHE_LIMIT = 20_000;

    private static final Map<String, Set<String>> CACHE = new ConcurrentHashMap<>();

    private Cognates() {
    }

    /** Dice overlap, 0..1, of the cognate keys of two texts. */
    public static double similarity(String a, String b) {
        Set<String> ka = keys(a);
        Set<String> kb = keys(b);
        if (ka.isEmpty() || kb.isEmpty()) {
            return 0;
        }
        int shared = 0;
        for (String k : ka) {
            if (kb.contains(k)) {
                shared++;
            }
        }
        return 2.0 * shared / (ka.size() + kb.size());
    }

    static Set<String> keys(String text) {
        Set<String> cached = CACHE.get(text);
        if (cached != null) {
            return cached;
        }
        Set<String> keys = new HashSet<>();
        // The extractor's name key is exactly the Latin, lower-case, letters-and-digits form needed here.
        for (String word : NameKey.of(text).split(" ")) {
            if (word.length() >= MIN_WORD || (word.length() >= 2 && word.chars().allMatch(Character::isDigit))) {
                String folded = fold(word);
                keys.add(folded.length() > KEY && !Character.isDigit(folded.charAt(0)) ? folded.substring(0, KEY) : folded);
            }
        }
        if (CACHE.size() >= CACHE_LIMIT) {
            CACHE.clear();
        }
        Set<String> frozen = Set.copyOf(keys);
        CACHE.put(text, frozen);
        return frozen;
    }

    /** A rough phonetic spelling of a Latin lower-case word: c and q as k, z as s, y as i, w as v, doubled letters once. */
    static String fold(String word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            char f = switch (c) {
                case 'c', 'q' -> 'k';
                case 'z' -> 's';
                case 'y' -> 'i';
                case 'w' -> 'v';
                default -> c;
            };
            if (out.length() == 0 || out.charAt(out.length() - 1) != f || Character.isDigit(f)) {
                out.append(f);
            }
        }
        return out.toString();
    }
}
