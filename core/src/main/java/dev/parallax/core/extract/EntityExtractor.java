package dev.parallax.core.extract;

import dev.parallax.core.lang.Token;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.EntityType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Finds names by capitalisation: runs of capitalised words, joined by hyphens, "&" and name particles
 * ("al", "von"), that are not lexicon words, month or weekday names, or a sentence's first word
 * standing alone. Acronyms ("SOHR", "NVE") are names. Scripts without capitals (Arabic) yield no
 * names this way.
 */
final class EntityExtractor {

    private final CalendarWords calendar;
    private final Set<String> stopwords;

    EntityExtractor(CalendarWords calendar, Set<String> stopwords) {
        this.calendar = calendar;
        this.stopwords = stopwords;
    }

    /**
     * @param namesInSource lower-cased words the source writes capitalised in mid-sentence, where
     *                      capitals mean a name; a sentence's first word is a name only if it is one
     */
    List<EntityMention> extract(Sentence s, Set<String> namesInSource) {
        List<EntityMention> found = new ArrayList<>();
        int first = firstWord(s);
        for (int i = 0; i < s.tokens.size(); i++) {
            if (!isNameWord(s, i)) {
                continue;
            }
            int end = i + 1;
            while (true) {
                if (isNameWord(s, end) && s.token(end).start() - s.token(end - 1).end() <= 1) {
                    end++;
                } else if (isJoiner(s, end) && isNameWord(s, end + 1)) {
                    end += 2;
                } else {
                    break;
                }
            }
            int start = i;
            // A sentence's first word is capitalised anyway: keep it only when it cannot be a common word.
            if (start == first && !isAcronym(s.token(start)) && (isCommonWord(s, start)
                    || end - start == 1 && !namesInSource.contains(lower(s, start)))) {
                start++;
                while (start < end && !isNameWord(s, start)) {
                    start++;
                }
            }
            while (start < end && isGermanCommonNoun(s, start)) {
                boolean measure = s.token(start - 1) != null && s.token(start - 1).kind() == Token.Kind.NUMBER;
                start++;
                if (measure && start < end && s.token(start).isWord()) {
                    start++; // "300 Tonnen Düngemittel": the measure word and its noun
                }
                while (start < end && !isNameWord(s, start)) {
                    start++; // "Hafen von Straßburg" without "Hafen" starts at "Straßburg"
                }
            }
            if (start < end) {
                String surface = s.span(start, end).text();
                found.add(new EntityMention(s.span(start, end), NameKey.of(surface), typeOf(s, start, end)));
            }
            i = end - 1;
        }
        return found;
    }

    private static int firstWord(Sentence s) {
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.token(i).isWord()) {
                return i;
            }
        }
        return -1;
    }

    private boolean isNameWord(Sentence s, int i) {
        Token t = s.token(i);
        if (t == null || !t.isWord() || s.used.get(i) || !t.isCapitalised()) {
            return false;
        }
        if (isAcronym(t)) {
            return true;
        }
        return calendar.month(t.text()) == 0 && calendar.weekday(t.text()) == null
                && s.data.timeWords().matchAt(s.tokens, i) == null;
    }

    private boolean isJoiner(Sentence s, int i) {
        Token t = s.token(i);
        if (t == null) {
            return false;
        }
        if ((t.text().equals("-") || t.text().equals("'")) && s.adjacent(i) && s.adjacent(i + 1)) {
            return true;
        }
        return t.text().equals("&") || (t.isWord() && s.data.nameParticles().contains(t.text()));
    }

    private static boolean isAcronym(Token t) {
        String w = t.text();
        if (w.length() < 2 || w.length() > 6) {
            return false;
        }
        return w.codePoints().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
    }

    /** Whether a word is a function word or a lexicon word of the language, so it need not be a name. */
    private boolean isCommonWord(Sentence s, int i) {
        return stopwords.contains(lower(s, i)) || inLexicon(s, i);
    }

    private static String lower(Sentence s, int i) {
        return s.token(i).text().toLowerCase(s.data.language() == null ? java.util.Locale.ROOT : s.data.language().locale());
    }

    /** Adds the capitalised words of a sentence after its first word to {@code names}, lower-cased. */
    static void collectMidSentenceCapitals(Sentence s, Set<String> names) {
        int first = firstWord(s);
        for (int i = first + 1; i > 0 && i < s.tokens.size(); i++) {
            Token t = s.token(i);
            Token prev = s.token(i - 1);
            boolean afterQuote = prev.kind() == Token.Kind.OTHER && "\"«'–-:".contains(prev.text());
            if (t.isWord() && t.isCapitalised() && !afterQuote) {
                names.add(lower(s, i));
            }
        }
    }

    private static boolean inLexicon(Sentence s, int i) {
        return s.data.counted().matchAt(s.tokens, i) != null || s.data.predicates().matchAt(s.tokens, i) != null
                || s.data.concepts().matchAt(s.tokens, i) != null || s.data.speakers().matchAt(s.tokens, i) != null
                || s.data.attributionVerbs().matchAt(s.tokens, i) != null
                || s.data.attributionBefore().matchAt(s.tokens, i) != null
                || s.data.qualifiersBefore().matchAt(s.tokens, i) != null;
    }

    /**
     * German capitalises every noun: a capitalised word after a determiner ("der Brand"), an
     * adjective ("einen kleineren Brand"), a number ("300 Tonnen") or that the lexicon knows is a
     * common noun, not a name. After a preposition ("in Straßburg") it may be a name.
     */
    private boolean isGermanCommonNoun(Sentence s, int i) {
        if (s.data.nounDeterminers().isEmpty()) {
            return false;
        }
        if (inLexicon(s, i)) {
            return true;
        }
        Token prev = s.token(i - 1);
        if (prev == null || prev.kind() == Token.Kind.OTHER) {
            return false;
        }
        if (prev.kind() == Token.Kind.NUMBER) {
            return true;
        }
        String p = prev.text().toLowerCase(java.util.Locale.ROOT);
        return s.data.nounDeterminers().contains(p) || !prev.isCapitalised() && !stopwords.contains(p);
    }

    private EntityType typeOf(Sentence s, int start, int end) {
        if (end - start == 1 && isAcronym(s.token(start))) {
            return EntityType.ORGANIZATION;
        }
        if (s.data.speakers().findAll(s.tokens.subList(start, end)).size() > 0
                || s.data.concepts().findAll(s.tokens.subList(start, end)).size() > 0) {
            return EntityType.ORGANIZATION;
        }
        int words = 0;
        for (int i = start; i < end; i++) {
            if (s.token(i).isWord() && s.token(i).isCapitalised()) {
                words++;
            }
        }
        return words >= 2 && words <= 4 ? EntityType.PERSON : EntityType.UNKNOWN;
    }
}
