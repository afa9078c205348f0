package dev.parallax.core.ingest;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.parallax.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits normalised text into sentences with ICU's BreakIterator, corrected where it goes wrong in
 * news: a break after an abbreviation ("ca.", "bl.a.", "z.B.") or after an ordinal day ("27. mars")
 * is undone, and a line break always ends a sentence (headings and list items have no full stop).
 */
public final class SentenceSegmenter {

    private final ULocale locale;
    private final Set<String> abbreviations;

    /**
     * @param languageTag BCP 47 tag choosing ICU's rules
     * @param abbreviations lower-case abbreviations without their final period ("ca", "bl.a", "z.b")
     */
    public SentenceSegmenter(String languageTag, Set<String> abbreviations) {
        this.locale = ULocale.forLanguageTag(languageTag);
        this.abbreviations = abbreviations;
    }

    /** The sentences of the text, trimmed, in order, never empty. */
    public List<Span> sentences(String text) {
        List<Span> sentences = new ArrayList<>();
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            splitLine(text, lineStart, lineEnd, sentences);
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    private void splitLine(String text, int from, int to, List<Span> out) {
        BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
        String line = text.substring(from, to);
        breaks.setText(line);
        int start = 0;
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < line.length() && isFalseBreak(line, end)) {
                continue;
            }
            add(text, from + start, from + end, out);
            start = end;
        }
        if (start < line.length()) {
            add(text, from + start, from + line.length(), out);
        }
    }

    /** Whether ICU's break before {@code end} follows an abbreviation or ordinal and must be undone. */
    private boolean isFalseBreak(String line, int end) {
        int dot = end - 1;
        while (dot >= 0 && Character.isWhitespace(line.charAt(dot))) {
            dot--;
        }
        if (dot < 0 || line.charAt(dot) != '.') {
            return false;
        }
        int wordStart = dot;
        while (wordStart > 0 && !Character.isWhitespace(line.charAt(wordStart - 1))
                && line.charAt(wordStart - 1) != '(') {
            wordStart--;
        }
        String word = line.substring(wordStart, dot);
        if (abbreviations.contains(word.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        // "27. mars", "3. April": a day number with an ordinal dot, then a lower-case word or a digit.
        boolean ordinal = !word.isEmpty() && word.length() <= 2 && word.chars().allMatch(Character::isDigit);
        if (ordinal && end < line.length()) {
            char next = line.charAt(end);
            return Character.isLowerCase(next) || Character.isDigit(next) || startsWithMonth(line, end);
        }
        // A single capital letter and a period is an initial ("J. Smith"), not a sentence.
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    private boolean startsWithMonth(String line, int at) {
        // German capitalises month names; "3. April 2016" must stay one sentence.
        String rest = line.substring(at).toLowerCase(java.util.Locale.ROOT);
        for (String month : MonthNames.forLocale(locale)) {
            if (rest.startsWith(month)) {
                return true;
            }
        }
        return false;
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (start < end) {
            out.add(Span.of(text, start, end));
        }
    }
}
