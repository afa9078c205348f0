package dev.parallax.core.extract;

import dev.parallax.core.lang.Gazetteer;
import dev.parallax.core.lang.PhraseTable;
import dev.parallax.core.lang.Token;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.EntityType;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Finds names: first the gazetteer's frequent actors and places (the only names found in scripts
 * without capitals, such as Arabic), then runs of capitalised words, joined by hyphens, "&" and name
 * particles ("al", "von", "for"), that are not lexicon words, month or weekday names, or a sentence's
 * first word standing alone. A title before a name ("Governor", "brannsjef") is left out of it and
 * makes it a person; a word inside it ("Agency", "Bridge") or a place preposition before it ("in",
 * "i", "bei") gives its type. Acronyms ("SOHR", "NVE") are organisations; an acronym defined in the
 * text ("Syrian Observatory for Human Rights (SOHR)") gets the key of the full name.
 */
final class EntityExtractor {

    private final CalendarWords calendar;
    private final Set<String> stopwords;

    EntityExtractor(CalendarWords calendar, Set<String> stopwords) {
        this.calendar = calendar;
        this.stopwords = stopwords;
    }

    List<EntityMention> extract(Sentence s, SourceNames names) {
        List<EntityMention> found = new ArrayList<>();
        BitSet taken = gazetteer(s, found);
        int first = firstWord(s);
        for (int i = 0; i < s.tokens.size(); i++) {
            if (taken.get(i) || !isNameWord(s, i)) {
                continue;
            }
            int end = i + 1;
            while (!taken.get(end)) {
                if (isNameWord(s, end) && s.token(end).start() - s.token(end - 1).end() <= 1) {
                    end++;
                } else if (isJoiner(s, end) && isNameWord(s, end + 1) && !taken.get(end + 1)) {
                    end += 2;
                } else {
                    break;
                }
            }
            int start = i;
            // A sentence's first word is capitalised anyway: keep it only when it cannot be a common word.
            boolean caseEnding = s.token(end) != null && s.token(end).kind() == Token.Kind.SUFFIX;
            if (start == first && !isAcronym(s.token(start)) && (isCommonWord(s, start)
                    || end - start == 1 && !caseEnding && !names.writtenCapitalised(lower(s, start)))) {
                start = nextNameWord(s, start + 1, end);
            }
            boolean titled = false;
            for (PhraseTable.Match<Boolean> title = s.data.titles().matchAt(s.tokens, start); title != null
                    && title.to() < end; title = s.data.titles().matchAt(s.tokens, start)) {
                titled = true; // "Governor Ellen Hartley", "İçişleri Bakanı Ali Yerlikaya"
                start = nextNameWord(s, title.to(), end);
            }
            while (start < end && isGermanCommonNoun(s, start)) {
                boolean measure = s.token(start - 1) != null && s.token(start - 1).kind() == Token.Kind.NUMBER;
                start++;
                if (measure && start < end && s.token(start).isWord()) {
                    start++; // "300 Tonnen Düngemittel": the measure word and its noun
                }
                start = nextNameWord(s, start, end); // "Hafen von Straßburg" without "Hafen" starts at "Straßburg"
            }
            if (start < end) {
                titled |= s.data.titles().matchEndingAt(s.tokens, start) != null;
                found.add(mention(s, start, end, titled, names));
            }
            i = end - 1;
        }
        if (!isCasedScript(s)) {
            organisations(s, taken, found);
        }
        found.sort(Comparator.comparingInt(e -> e.span().start()));
        names.learn(s, found);
        return found;
    }

    /** The gazetteer's names in the sentence, added to {@code found}; returns the tokens they cover. */
    private static BitSet gazetteer(Sentence s, List<EntityMention> found) {
        BitSet taken = new BitSet();
        boolean cased = isCasedScript(s);
        for (int i = 0; i < s.tokens.size(); i++) {
            PhraseTable.Match<Gazetteer.Name> m = s.data.gazetteer().matchAt(s.tokens, i);
            if (m == null || s.isUsed(m.from(), m.to())) {
                continue;
            }
            Token first = s.token(i);
            boolean written = m.value().acronym() ? isAcronym(first) : !cased || first.isCapitalised();
            Token before = s.token(i - 1);
            if (!written || cased && before != null && before.isWord() && before.isCapitalised()
                    && before.end() + 1 == first.start() && i - 1 != firstWord(s)) {
                // "МЧС России", "Luís Montenegro": a capitalised word right before makes it part of a longer name
                continue;
            }
            found.add(new EntityMention(s.span(m.from(), m.to()), NameKey.of(m.value().canonical()), m.value().type()));
            taken.set(m.from(), m.to());
            i = m.to() - 1;
        }
        return taken;
    }

    /** How many words after its head an organisation's name may run in a script without capitals. */
    static final int ORGANISATION_WORDS = 3;

    /**
     * Without capitals (Arabic), an organisation is found by its head word from the data ("وزارة",
     * "مفوضية") and runs over the content words after it, up to a function word or punctuation.
     */
    private void organisations(Sentence s, BitSet taken, List<EntityMention> found) {
        for (int i = 0; i < s.tokens.size(); i++) {
            PhraseTable.Match<String> head = s.data.nameTypes().matchAt(s.tokens, i);
            if (head == null || !head.value().equals("ORGANIZATION") || taken.get(i) || s.used.get(i)) {
                continue;
            }
            int end = head.to();
            while (end < s.tokens.size() && end < head.to() + ORGANISATION_WORDS && s.token(end).isWord()
                    && !taken.get(end) && !s.used.get(end) && !stopwords.contains(lower(s, end))
                    && s.data.attributionVerbs().matchAt(s.tokens, end) == null) {
                end++;
            }
            if (end > head.to()) {
                String surface = s.span(i, end).text();
                found.add(new EntityMention(s.span(i, end), NameKey.of(surface), EntityType.ORGANIZATION));
                taken.set(i, end);
                i = end - 1;
            }
        }
    }

    private static boolean isCasedScript(Sentence s) {
        for (Token t : s.tokens) {
            if (t.isWord()) {
                int c = t.text().codePointAt(0);
                return Character.isUpperCase(c) || Character.isLowerCase(c);
            }
        }
        return true;
    }

    private EntityMention mention(Sentence s, int start, int end, boolean titled, SourceNames names) {
        String surface = s.span(start, end).text();
        String key = names.keyOf(surface);
        if (key == null) {
            key = NameKey.of(surface);
        }
        return new EntityMention(s.span(start, end), key, typeOf(s, start, end, titled, names));
    }

    private int nextNameWord(Sentence s, int from, int end) {
        int i = from;
        while (i < end && !isNameWord(s, i)) {
            i++;
        }
        return i;
    }

    static int firstWord(Sentence s) {
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

    static boolean isAcronym(Token t) {
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

    static String lower(Sentence s, int i) {
        return s.token(i).text().toLowerCase(s.data.language() == null ? Locale.ROOT : s.data.language().locale());
    }

    /** Whether token i is, or lies inside, a phrase of the lexicon: then it is a common word. */
    private static boolean inLexicon(Sentence s, int i) {
        for (PhraseTable<?> table : List.of(s.data.counted(), s.data.predicates(), s.data.concepts(),
                s.data.speakers(), s.data.attributionVerbs(), s.data.attributionBefore(), s.data.qualifiersBefore(),
                s.data.units(), s.data.titles())) {
            for (int from = Math.max(0, i - 3); from <= i; from++) {
                PhraseTable.Match<?> m = table.matchAt(s.tokens, from);
                if (m != null && m.to() > i) {
                    return true;
                }
            }
        }
        return false;
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
        String p = prev.text().toLowerCase(Locale.ROOT);
        return s.data.nounDeterminers().contains(p) || !prev.isCapitalised() && !stopwords.contains(p);
    }

    private EntityType typeOf(Sentence s, int start, int end, boolean titled, SourceNames names) {
        for (int i = start; i < end; i++) {
            PhraseTable.Match<String> word = s.data.nameTypes().matchAt(s.tokens, i);
            if (word != null && word.to() <= end) {
                return EntityType.valueOf(word.value()); // "Vermont Emergency Management Agency", "Dunmore Bridge"
            }
        }
        if (titled) {
            return EntityType.PERSON;
        }
        if (end - start == 1 && isAcronym(s.token(start))) {
            return EntityType.ORGANIZATION;
        }
        if (!s.data.speakers().findAll(s.tokens.subList(start, end)).isEmpty()
                || !s.data.concepts().findAll(s.tokens.subList(start, end)).isEmpty()) {
            return EntityType.ORGANIZATION;
        }
        Token before = s.token(start - 1);
        if (before != null && before.isWord() && s.data.placePrepositions().contains(lower(s, start - 1))) {
            return EntityType.PLACE;
        }
        EntityType known = names.typeOf(s.span(start, end).text());
        if (known != null) {
            return known; // "Hartley" after "Ellen Hartley"
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
