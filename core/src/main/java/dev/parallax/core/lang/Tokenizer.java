package dev.parallax.core.lang;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;

/**
 * Splits text into word, number and punctuation tokens with ICU's word BreakIterator, which knows the
 * word boundaries of every script (including numbers with grouping like "30,000").
 */
public final class Tokenizer {

    private final ULocale locale;
    private final Stemmer stemmer;

    Tokenizer(ULocale locale, Stemmer stemmer) {
        this.locale = locale;
        this.stemmer = stemmer;
    }

    /** The tokens of {@code text.substring(from, to)}, with offsets into {@code text}. Whitespace is skipped. */
    public List<Token> tokenize(String text, int from, int to) {
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text.substring(from, to));
        List<Token> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int status = words.getRuleStatus();
            String t = text.substring(from + start, from + end);
            if (t.isBlank()) {
                continue;
            }
            Token.Kind kind;
            if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_NUMBER_LIMIT) {
                kind = Token.Kind.NUMBER;
            } else if (status >= BreakIterator.WORD_LETTER && status < BreakIterator.WORD_IDEO_LIMIT) {
                kind = Token.Kind.WORD;
            } else {
                kind = Token.Kind.OTHER;
            }
            tokens.add(new Token(from + start, from + end, t, kind == Token.Kind.WORD ? stemmer.stem(t) : t, kind));
        }
        return tokens;
    }
}
