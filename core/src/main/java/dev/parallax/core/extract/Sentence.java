package dev.parallax.core.extract;

import dev.parallax.core.lang.LanguageData;
import dev.parallax.core.lang.Token;
import dev.parallax.core.model.Source;
import dev.parallax.core.model.Span;
import java.util.BitSet;
import java.util.List;

/**
 * One sentence being read: its tokens, the source and language data it is read with, and which
 * tokens an earlier extractor already claimed (the "12" of "12 March" is not also a count).
 */
final class Sentence {

    final Source source;
    final LanguageData data;
    final Span span;
    final List<Token> tokens;
    final BitSet used = new BitSet();

    Sentence(Source source, LanguageData data, Span span) {
        this.source = source;
        this.data = data;
        this.span = span;
        this.tokens = data.tokenizer().tokenize(source.text(), span.start(), span.end());
    }

    Token token(int i) {
        return i >= 0 && i < tokens.size() ? tokens.get(i) : null;
    }

    /** The span covering tokens {@code [from, to)}. */
    Span span(int from, int to) {
        return source.span(tokens.get(from).start(), tokens.get(to - 1).end());
    }

    boolean isUsed(int from, int to) {
        return used.get(from, to).cardinality() > 0;
    }

    void use(int from, int to) {
        used.set(from, to);
    }

    /** Whether token i is the given punctuation text. */
    boolean is(int i, String text) {
        Token t = token(i);
        return t != null && t.text().equals(text);
    }

    /** Whether tokens i-1 and i are written together, without space between them. */
    boolean adjacent(int i) {
        Token prev = token(i - 1);
        Token t = token(i);
        return prev != null && t != null && prev.end() == t.start();
    }
}
