package dev.parallax.core.lang;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits text into word, number and punctuation tokens with ICU's word BreakIterator, which knows the
 * word boundaries of every script (including numbers with grouping like "30,000"), then undoes the
 * three places where ICU's boundaries are not the words a lexicon lists:
 * <ul>
 *   <li>an elided article stays glued to its word ("l'armée", "dell'ospedale"): the article becomes a
 *       token of its own when the language data lists it under {@code tokens.elision};</li>
 *   <li>a Turkish case ending follows a name or number after an apostrophe ("İzmir'de", "150'den"): it
 *       becomes a {@link Token.Kind#SUFFIX} token when the data says {@code tokens.apostrophe = suffix};</li>
 *   <li>a one-letter Arabic conjunction or preposition is written together with digits ("و25"): ICU
 *       calls the whole a number, so the letters become a word token of their own.</li>
 * </ul>
 * Apostrophes (' ’ ‘) are one character for stemming, so "l’ANAS" and "l'ANAS" meet the same entries.
 */
public final class Tokenizer {

    private final ULocale locale;
    private final Locale javaLocale;
    private final Stemmer stemmer;
    private final Set<String> elisions;
    private final boolean apostropheSuffixes;

    Tokenizer(ULocale locale, Stemmer stemmer, Set<String> elisions, boolean apostropheSuffixes) {
        this.locale = locale;
        this.javaLocale = locale.toLocale();
        this.stemmer = stemmer;
        this.elisions = elisions;
        this.apostropheSuffixes = apostropheSuffixes;
    }

    /** The tokens of {@code text.substring(from, to)}, with offsets into {@code text}. Whitespace is skipped. */
    public List<Token> tokenize(String text, int from, int to) {
        BreakIterator words = BreakIterator.getWordInstance(locale);
        words.setText(text.substring(from, to));
        List<Token> tokens = new ArrayList<>();
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            int status = words.getRuleStatus();
            int s = from + start;
            int e = from + end;
            String t = text.substring(s, e);
            if (t.isBlank()) {
                continue;
            }
            if (status >= BreakIterator.WORD_NUMBER && status < BreakIterator.WORD_NUMBER_LIMIT) {
                addNumber(tokens, text, s, e);
            } else if (status >= BreakIterator.WORD_LETTER && status < BreakIterator.WORD_IDEO_LIMIT) {
                addWord(tokens, text, s, e);
            } else if (apostropheSuffixes && isApostrophe(t) && !tokens.isEmpty()
                    && tokens.get(tokens.size() - 1).end() == s && end < to - from) {
                // "150'den": ICU splits a number from its ending; the ending is the next word token.
                int next = words.next();
                if (next == BreakIterator.DONE) {
                    break;
                }
                tokens.add(suffix(text, s, from + next));
                end = next;
            } else {
                tokens.add(new Token(s, e, t, t, Token.Kind.OTHER));
            }
        }
        return tokens;
    }

    private void addNumber(List<Token> tokens, String text, int s, int e) {
        int digit = s;
        while (digit < e && Character.isLetter(text.charAt(digit))) {
            digit++;
        }
        if (digit > s && digit < e) {
            addWord(tokens, text, s, digit); // "و25": the conjunction, then the number
        }
        tokens.add(new Token(digit, e, text.substring(digit, e), text.substring(digit, e), Token.Kind.NUMBER));
    }

    private void addWord(List<Token> tokens, String text, int s, int e) {
        String t = text.substring(s, e);
        int apostrophe = firstApostrophe(t);
        if (apostrophe > 0 && apostrophe < t.length() - 1) {
            String head = t.substring(0, apostrophe).toLowerCase(javaLocale);
            if (elisions.contains(head)) {
                tokens.add(new Token(s, s + apostrophe + 1, t.substring(0, apostrophe + 1), head + "'", Token.Kind.WORD));
                addWord(tokens, text, s + apostrophe + 1, e);
                return;
            }
            if (apostropheSuffixes) {
                tokens.add(word(text, s, s + apostrophe));
                tokens.add(suffix(text, s + apostrophe, e));
                return;
            }
        }
        tokens.add(word(text, s, e));
    }

    private Token word(String text, int s, int e) {
        String t = text.substring(s, e);
        return new Token(s, e, t, stemmer.stem(normaliseApostrophes(t)), Token.Kind.WORD);
    }

    private Token suffix(String text, int s, int e) {
        String t = text.substring(s, e);
        return new Token(s, e, t, normaliseApostrophes(t).toLowerCase(javaLocale), Token.Kind.SUFFIX);
    }

    private static int firstApostrophe(String t) {
        for (int i = 0; i < t.length(); i++) {
            if (isApostrophe(t.charAt(i))) {
                return i;
            }
        }
        return -1;
    }

    private static boolean isApostrophe(String t) {
        return t.length() == 1 && isApostrophe(t.charAt(0));
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018';
    }

    /** ' ’ ‘ as one character, so that stems do not depend on the typography of the source. */
    static String normaliseApostrophes(String t) {
        return t.indexOf('\u2019') < 0 && t.indexOf('\u2018') < 0 ? t : t.replace('\u2019', '\'').replace('\u2018', '\'');
    }
}
