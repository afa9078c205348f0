package dev.parallax.core.ingest;

import dev.parallax.core.model.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The paragraphs of a normalised text: runs of lines between blank lines. Normalisation leaves
 * exactly one blank line between paragraphs and none inside, so a list or a wrapped paragraph stays
 * one paragraph and a heading is a paragraph of its own.
 */
public final class Paragraphs {

    private Paragraphs() {
    }

    /** The paragraph spans of a text, trimmed, in order, never empty. */
    public static List<Span> of(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int blank = text.indexOf("\n\n", start);
            int end = blank < 0 ? text.length() : blank;
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (s < e) {
                paragraphs.add(Span.of(text, s, e));
            }
            start = blank < 0 ? text.length() : blank + 2;
        }
        return paragraphs;
    }
}
