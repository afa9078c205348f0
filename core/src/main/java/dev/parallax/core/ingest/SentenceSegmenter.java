package dev.parallax.core.ingest;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import dev.parallax.core.model.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Splits normalised text into sentences with ICU's BreakIterator, corrected where it goes wrong in
 * news text:
 * <ul>
 * <li>a break after an abbreviation ("ca.", "Dr.", "bl.a.", "z. B.", "p. ex.", "т. е.") or an initial
 * ("J. Smith") is undone ({@link Abbreviations});</li>
 * <li>a break after an ordinal day in the languages that write one with a period ("27. mars",
 * "3. April", "der 2. Weltkrieg") is undone, and so is one after a list number at the start of a line;</li>
 * <li>a quotation opened by a dash after a finished sentence ("... i mars. – Vi leter videre, sier
 * han.") starts a new sentence, which ICU does not see;</li>
 * <li>a line break ends a sentence (headings and list items have no full stop), unless the next line
 * starts in lower case, as in text wrapped at a fixed width;</li>
 * <li>a bullet ("•", "*", "▪") is not part of its item's sentence.</li>
 * </ul>
 * Spans are trimmed, in order, never empty, and point into the text given.
 */
public final class SentenceSegmenter {

    /** Languages that write ordinal numbers with a period ("27. mars"). */
    private static final Set<String> ORDINAL_PERIOD = Set.of("de", "nb", "nn", "no", "da", "tr", "pl");
    /** German articles and contractions before an ordinal: "der 2. Weltkrieg", "am 3. Oktober". */
    private static final Set<String> GERMAN_ARTICLES = Set.of("der", "die", "das", "den", "dem", "des", "ein", "eine",
            "einen", "einem", "einer", "eines", "am", "im", "zum", "zur", "vom", "beim", "ins", "seit", "bis");
    private static final String BULLETS = "•◦▪‣·*●■";

    private final ULocale locale;
    private final String language;
    private final Abbreviations abbreviations;

    /**
     * @param languageTag BCP 47 tag choosing ICU's rules and the built-in abbreviations ("und" for none)
     * @param abbreviations more lower-case abbreviations without their final period ("ca", "bl.a", "z.b"),
     *     typically from the language's data file
     */
    public SentenceSegmenter(String languageTag, Set<String> abbreviations) {
        this.locale = ULocale.forLanguageTag(languageTag == null ? "und" : languageTag);
        this.language = languageTag == null ? "und" : LanguageIdentifier.primary(languageTag);
        this.abbreviations = new Abbreviations(languageTag, abbreviations);
    }

    /** The sentences of the text, trimmed, in order, never empty. */
    public List<Span> sentences(String text) {
        List<Span> sentences = new ArrayList<>();
        // One iterator per call: creating one per paragraph costs more than the splitting itself.
        BreakIterator breaks = BreakIterator.getSentenceInstance(locale);
        int blockStart = 0;
        int lineStart = 0;
        while (lineStart <= text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = text.length();
            }
            boolean last = lineEnd >= text.length();
            if (last || !continuesOnNextLine(text, lineStart, lineEnd)) {
                splitBlock(breaks, text, blockStart, lineEnd, sentences);
                blockStart = lineEnd + 1;
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }

    /**
     * Whether a sentence runs on over the line break at {@code lineEnd}: the line stops without
     * punctuation and the next one goes on in lower case ("...who said the\nriver had risen").
     */
    private static boolean continuesOnNextLine(String text, int lineStart, int lineEnd) {
        int next = lineEnd + 1;
        if (lineEnd <= lineStart || next >= text.length() || text.charAt(next) == '\n') {
            return false;
        }
        char last = text.charAt(lineEnd - 1);
        char first = text.charAt(next);
        return (Character.isLetterOrDigit(last) || last == ',') && Character.isLowerCase(first)
                && !isBullet(text.charAt(lineStart));
    }

    /** Splits the lines between {@code from} and {@code to}, which form one run of prose. */
    private void splitBlock(BreakIterator breaks, String text, int from, int to, List<Span> out) {
        if (from >= to) {
            return;
        }
        // ICU always breaks at a line feed; within a run of wrapped lines it must see spaces instead.
        String block = text.substring(from, to).replace('\n', ' ');
        breaks.setText(block);
        TreeSet<Integer> cuts = new TreeSet<>();
        for (int end = breaks.next(); end != BreakIterator.DONE; end = breaks.next()) {
            if (end < block.length() && !isFalseBreak(block, end)) {
                cuts.add(end);
            }
        }
        addDashQuotationBreaks(block, cuts);
        int start = 0;
        for (int cut : cuts) {
            add(text, from + start, from + cut, out);
            start = cut;
        }
        add(text, from + start, from + block.length(), out);
    }

    /** "... i mars. – Vi leter videre": a dash after a finished sentence opens a quotation. */
    private void addDashQuotationBreaks(String block, TreeSet<Integer> cuts) {
        for (int i = 1; i + 2 < block.length(); i++) {
            char c = block.charAt(i);
            if ((c == '–' || c == '-') && block.charAt(i - 1) == ' ' && block.charAt(i + 1) == ' ') {
                int before = i - 1;
                while (before > 0 && block.charAt(before) == ' ') {
                    before--;
                }
                while (before > 0 && (block.charAt(before) == '"' || block.charAt(before) == '\''
                        || block.charAt(before) == ')')) {
                    before--;
                }
                char end = block.charAt(before);
                if ((end == '.' || end == '!' || end == '?') && !cuts.contains(i)) {
                    if (end == '.' && isFalseBreak(block, i)) {
                        continue; // "ca. – " is no sentence end either
                    }
                    cuts.add(i);
                }
            }
        }
    }

    /** Whether ICU's break before {@code end} follows an abbreviation, initial or ordinal and must be undone. */
    private boolean isFalseBreak(String line, int end) {
        int dot = end - 1;
        while (dot >= 0 && Character.isWhitespace(line.charAt(dot))) {
            dot--;
        }
        if (dot < 0 || line.charAt(dot) != '.') {
            return false;
        }
        int wordStart = tokenStart(line, dot);
        String word = line.substring(wordStart, dot);
        if (word.isEmpty() || word.endsWith(".")) {
            return false; // "..." or a stray period
        }
        int next = end;
        while (next < line.length() && line.charAt(next) == ' ') {
            next++;
        }
        char following = next < line.length() ? line.charAt(next) : ' ';
        Abbreviations.Kind kind = abbreviationBefore(line, wordStart, word);
        if (kind == null) {
            kind = abbreviationAcross(line, word, next);
        }
        if (kind != null) {
            return switch (kind) {
                case NEVER_ENDS -> true;
                case BEFORE_NUMBER -> Character.isDigit(following);
                // "г. Москва" names a city; "в 2017 г. Москва" ends a sentence with a year.
                case MAY_END -> word.codePointCount(0, word.length()) == 1 && !afterNumber(line, wordStart);
            };
        }
        boolean digits = word.length() <= 3 && word.chars().allMatch(Character::isDigit);
        if (digits && lineStartsAt(line, wordStart)) {
            return true; // "1. Første punkt": a list number, not a sentence
        }
        if (digits && word.length() <= 2 && ORDINAL_PERIOD.contains(language)) {
            if (Character.isLowerCase(following) || Character.isDigit(following) || startsWithMonth(line, next)) {
                return true;
            }
            return language.equals("de") && Character.isUpperCase(following)
                    && GERMAN_ARTICLES.contains(previousWord(line, wordStart));
        }
        // A single capital letter and a period is an initial ("J. Smith", "А. С. Пушкин"), not a sentence.
        return word.length() == 1 && Character.isUpperCase(word.charAt(0));
    }

    /** The abbreviation ending at the period: the word, or it joined with one or two before ("z. B", "т. е"). */
    private Abbreviations.Kind abbreviationBefore(String line, int wordStart, String word) {
        Abbreviations.Kind kind = abbreviations.kindOf(word);
        String joined = word;
        int start = wordStart;
        for (int parts = 0; kind == null && parts < 2; parts++) {
            int prevEnd = start - 1;
            while (prevEnd >= 0 && line.charAt(prevEnd) == ' ') {
                prevEnd--;
            }
            if (prevEnd < 0 || line.charAt(prevEnd) != '.' || prevEnd == start - 1) {
                break;
            }
            start = tokenStart(line, prevEnd + 1);
            joined = line.substring(start, prevEnd + 1) + joined;
            kind = abbreviations.kindOf(joined);
        }
        return kind;
    }

    /** An abbreviation that the period splits: "z." before "B.", "p." before "ex.", "т." before "е.". */
    private Abbreviations.Kind abbreviationAcross(String line, String word, int next) {
        int nextEnd = next;
        while (nextEnd < line.length() && !Character.isWhitespace(line.charAt(nextEnd))) {
            nextEnd++;
        }
        String nextWord = line.substring(next, nextEnd);
        if (nextWord.length() < 2 || nextWord.length() > 6 || !nextWord.endsWith(".")) {
            return null;
        }
        Abbreviations.Kind kind = abbreviations.kindOf(word + "." + nextWord.substring(0, nextWord.length() - 1));
        // Whatever the kind of the whole, its inner period ends nothing.
        return kind == null ? null : Abbreviations.Kind.NEVER_ENDS;
    }

    /** Start of the whitespace-delimited token that ends just before {@code end}, after any opening bracket or quote. */
    private static int tokenStart(String line, int end) {
        int start = end;
        while (start > 0 && !Character.isWhitespace(line.charAt(start - 1)) && "([\"'".indexOf(line.charAt(start - 1)) < 0) {
            start--;
        }
        return start;
    }

    private static boolean lineStartsAt(String line, int index) {
        for (int i = index - 1; i >= 0; i--) {
            if (!Character.isWhitespace(line.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean afterNumber(String line, int wordStart) {
        String previous = previousWord(line, wordStart);
        return !previous.isEmpty() && Character.isDigit(previous.charAt(previous.length() - 1));
    }

    private static String previousWord(String line, int wordStart) {
        int end = wordStart;
        while (end > 0 && line.charAt(end - 1) == ' ') {
            end--;
        }
        int start = tokenStart(line, end);
        return line.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private boolean startsWithMonth(String line, int at) {
        // German capitalises month names; "3. April 2016" must stay one sentence.
        String rest = line.substring(at, Math.min(line.length(), at + 16)).toLowerCase(locale.toLocale());
        for (String month : MonthNames.forLocale(locale)) {
            if (rest.startsWith(month)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBullet(char c) {
        return BULLETS.indexOf(c) >= 0;
    }

    private static void add(String text, int start, int end, List<Span> out) {
        while (start < end && (Character.isWhitespace(text.charAt(start))
                || isBullet(text.charAt(start)) && start + 1 < end && text.charAt(start + 1) == ' ')) {
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
