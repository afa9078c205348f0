package dev.parallax.core.extract;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;

/**
 * The language-neutral key of a name: transliterated to Latin by ICU, reduced to ASCII, lower-cased,
 * with everything but letters and digits dropped, so "Карьятейн", "Qaryatayn" and "Al-Qaryatain"
 * become strings a fuzzy comparison can match.
 */
public final class NameKey {

    private static final ThreadLocal<Transliterator> TO_LATIN = ThreadLocal.withInitial(
            () -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

    private NameKey() {
    }

    /** The key of a name as written. */
    public static String of(String name) {
        String latin = TO_LATIN.get().transliterate(name);
        StringBuilder key = new StringBuilder(latin.length());
        for (char c : latin.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                key.append(c);
            } else if (c == ' ' && key.length() > 0 && key.charAt(key.length() - 1) != ' ') {
                key.append(' ');
            }
        }
        return key.toString().strip();
    }
}
