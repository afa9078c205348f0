package dev.parallax.core.lang;

/**
 * A word or number of a text with its offsets.
 *
 * @param start offset of the first character
 * @param end offset after the last character
 * @param text the token as written
 * @param stem the lower-cased stem, for lexicon lookup
 * @param kind whether it is a word, a number, an ending after an apostrophe or punctuation
 */
public record Token(int start, int end, String text, String stem, Kind kind) {

    /**
     * The kinds of token the extractors tell apart. A SUFFIX is an inflectional ending written after
     * an apostrophe (Turkish "İzmir'de", "150'den"): it belongs to the word or number before it.
     */
    public enum Kind { WORD, NUMBER, SUFFIX, OTHER }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean isCapitalised() {
        return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
    }
}
