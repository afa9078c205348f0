package dev.parallax.core.lang;

/**
 * A word or number of a text with its offsets.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param text the token as written
 * @param stem the lower-cased stem, for lexicon lookup
 * @param kind whether it is a word, a number or punctuation
 */
public record Token(int start, int end, String text, String stem, Kind kind) {

    /** The three kinds of token the extractors tell apart. */
    public enum Kind { WORD, NUMBER, OTHER }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
