package dev.parallax.core.ingest;

import java.text.Normalizer;

/**
 * Puts text in the one form all offsets refer to: NFC; one kind of each quote, dash and space;
 * no soft hyphens, zero-width, bidi-control or other invisible characters; {@code \n} line ends;
 * trimmed lines and at most one blank line between paragraphs.
 *
 * <p>Digits of other scripts (Arabic-Indic ٣٠, Devanagari, ...) are left as written, because the
 * report quotes the source as it was; {@link #asciiDigits(String)} gives a same-length copy with
 * ASCII digits for code that needs to recognise them. Normalising normalised text changes nothing,
 * so later stages may normalise again without moving any offset.
 */
public final class TextNormalizer {

    private static final char EN_DASH = '\u2013';

    private TextNormalizer() {
    }

    /** The normalised form of a text. */
    public static String normalize(String raw) {
        String text = nfc(raw);
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
                case '\n' -> out.append('\n');
                case '\u2028', '\u2029', '\u0085', '\u000B', '\f' -> out.append('\n');
                case '\t' -> out.append(' ');
                // Apostrophes and single quotes, including the Ukrainian apostrophe written as U+02BC.
                case '\u2018', '\u2019', '\u201A', '\u201B', '\u2032', '\u02BC', '\u2039', '\u203A', '\uFF07' ->
                        out.append('\'');
                // Double quotes and guillemets: one mark, so quotation rules need not know each style.
                case '\u201C', '\u201D', '\u201E', '\u201F', '\u2033', '\u00AB', '\u00BB', '\uFF02' -> out.append('"');
                // Hyphens stay hyphens (they join words); dashes become one dash (they separate clauses).
                case '\u2010', '\u2011', '\u2212', '\uFE63', '\uFF0D' -> out.append('-');
                case '\u2012', '\u2013', '\u2014', '\u2015', '\uFE58' -> out.append(EN_DASH);
                default -> {
                    if (Character.isSurrogate(c)) {
                        // A pair is kept; half of one (JSON can carry it) cannot be shown or quoted.
                        if (Character.isHighSurrogate(c) && i + 1 < text.length()
                                && Character.isLowSurrogate(text.charAt(i + 1))) {
                            out.append(c).append(text.charAt(++i));
                        } else {
                            out.append('\uFFFD');
                        }
                    } else if (!isInvisible(c)) {
                        out.append(Character.isSpaceChar(c) ? ' ' : c);
                    }
                }
            }
        }
        // Removing an invisible character can bring a letter and its accent together again, so the
        // result is composed once more; this is what makes normalising idempotent.
        return nfc(tidyWhitespace(out));
    }

    /** NFC, skipping the copy for text that already is (most text is, and pages run to a megabyte). */
    private static String nfc(String text) {
        return Normalizer.isNormalized(text, Normalizer.Form.NFC) ? text : Normalizer.normalize(text, Normalizer.Form.NFC);
    }

    /**
     * Characters that carry no text: soft hyphen, zero-width space and joiners, word joiner and
     * invisible operators, bidi marks and embeddings (copied from right-to-left pages), BOM, the
     * Arabic tatweel (a stretching stroke), and control characters other than line breaks and tabs.
     */
    static boolean isInvisible(char c) {
        return c == '\u00AD' || c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u200E' || c == '\u200F'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2060' && c <= '\u2064')
                || (c >= '\u2066' && c <= '\u2069') || c == '\uFEFF' || c == '\u061C' || c == '\u0640'
                || c == '\u180E' || c == '\u034F'
                || (Character.getType(c) == Character.CONTROL && c != '\n' && c != '\t');
    }

    /**
     * The text with every decimal digit of any script in the Basic Multilingual Plane replaced by its
     * ASCII digit, so that {@code "٣٠"} reads as {@code "30"}. Same length as the input, so offsets
     * found in the copy are offsets in the original.
     */
    public static String asciiDigits(String text) {
        char[] chars = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c > '9' && Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER) {
                if (chars == null) {
                    chars = text.toCharArray();
                }
                chars[i] = (char) ('0' + Character.digit(c, 10));
            }
        }
        return chars == null ? text : new String(chars);
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
