package dev.parallax.core.ingest;

import java.text.Normalizer;

/**
 * Puts text in the one form all offsets refer to: NFC; one kind of each quote, dash and space;
 * no soft hyphens or zero-width characters; {@code \n} line ends; at most one blank line between
 * paragraphs. Digits of other scripts are left as written (the extractors read them).
 */
public final class TextNormalizer {

    private TextNormalizer() {
    }

    public static String normalize(String raw) {
        String text = Normalizer.normalize(raw, Normalizer.Form.NFC);
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\r' -> {
                    out.append('\n');
                    if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                case '\u00AD', '\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF' -> {
                    // invisible: soft hyphen, zero-width space/joiners, word joiner, stray BOM
                }
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032' -> out.append('\'');
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033' -> out.append('"');
                case '\u2010', '\u2011', '\u2212' -> out.append('-');
                case '\u2012', '\u2013', '\u2014', '\u2015' -> out.append('\u2013');
                case '\t', '\u000B', '\f' -> out.append(' ');
                case '\u2028', '\u2029', '\u0085' -> out.append('\n');
                default -> out.append(Character.isSpaceChar(c) && c != ' ' ? ' ' : c);
            }
        }
        return tidyWhitespace(out);
    }

    /** Trims each line, collapses runs of spaces and of blank lines, and trims the whole. */
    private static String tidyWhitespace(CharSequence text) {
        StringBuilder out = new StringBuilder(text.length());
        int newlines = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n') {
                newlines++;
                pendingSpace = false;
            } else if (c == ' ') {
                pendingSpace = true;
            } else {
                if (out.length() > 0) {
                    if (newlines > 0) {
                        out.append(newlines > 1 ? "\n\n" : "\n");
                    } else if (pendingSpace) {
                        out.append(' ');
                    }
                }
                newlines = 0;
                pendingSpace = false;
                out.append(c);
            }
        }
        return out.toString();
    }
}
