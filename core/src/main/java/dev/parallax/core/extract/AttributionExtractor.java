package dev.parallax.core.extract;

import dev.parallax.core.lang.PhraseTable;
import dev.parallax.core.lang.Token;
import dev.parallax.core.model.Attribution;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.EntityType;
import dev.parallax.core.model.Span;
import java.util.List;

/**
 * Finds who a sentence is credited to, in the word orders of the languages: "according to X" /
 * "ifølge X"; "X zufolge" / "X'e göre"; "X said" / "said X"; a split verb around its speaker ("teilte
 * die Polizei mit"); and, where the data says so, a speaker opening the sentence whose verb closes it
 * (Turkish "Bakan X, ... söyledi"). The speaker is a name found in the sentence or a frequent speaker
 * of the lexicon ("police", "politiet"), with its article and title; a lexicon speaker followed by a
 * name ("brannsjef Ole Hansen", "virksomheden Nordfos") extends to the name. Its key is the name's key
 * for a person, else the lexicon concept, so the same speaker matches across languages.
 */
final class AttributionExtractor {

    /** How many tokens a speaker may stand from its reporting verb. */
    static final int WINDOW = 7;

    private record Speaker(int from, int to, String key) {
    }

    Attribution extract(Sentence s, List<EntityMention> entities) {
        for (int i = 0; i < s.tokens.size(); i++) {
            PhraseTable.Match<Boolean> before = s.data.attributionBefore().matchAt(s.tokens, i);
            if (before != null) {
                Speaker sp = speakerAfter(s, before.to(), entities);
                if (sp != null) {
                    return attribution(s, before.from(), sp.to, sp);
                }
            }
            PhraseTable.Match<Boolean> after = s.data.attributionAfter().matchAt(s.tokens, i);
            if (after != null) {
                Speaker sp = speakerBefore(s, after.from(), entities, true);
                if (sp != null) {
                    return attribution(s, sp.from, after.to(), sp);
                }
            }
        }
        for (int i = 0; i < s.tokens.size(); i++) {
            PhraseTable.Match<Boolean> verb = s.data.attributionVerbs().matchAt(s.tokens, i);
            if (verb == null) {
                continue;
            }
            Speaker inside = speakerAfter(s, verb.from() + 1, entities);
            if (inside != null && inside.to < verb.to()) {
                return attribution(s, verb.from(), verb.to(), inside); // "teilte die Polizei mit"
            }
            // "police said" is the common order; "said the police" only when no speaker precedes.
            Speaker before = speakerBefore(s, verb.from(), entities, false);
            if (before != null) {
                return attribution(s, before.from, verb.to(), before);
            }
            Speaker after = speakerAfter(s, verb.to(), entities);
            if (after != null) {
                return attribution(s, verb.from(), after.to, after);
            }
            if (s.data.speakerOpensClause() && closesSentence(s, verb.to())) {
                Speaker opening = openingSpeaker(s, entities);
                if (opening != null) {
                    return attribution(s, opening.from, opening.to, opening);
                }
            }
        }
        return null;
    }

    private static Attribution attribution(Sentence s, int from, int to, Speaker sp) {
        Span span = s.span(from, to);
        return new Attribution(span, s.span(sp.from, sp.to).text(), sp.key);
    }

    private Speaker speakerAfter(Sentence s, int from, List<EntityMention> entities) {
        for (int i = from; i < Math.min(s.tokens.size(), from + WINDOW); i++) {
            if (endsPhrase(s.token(i))) {
                return null;
            }
            Speaker sp = speakerAt(s, i, entities);
            if (sp != null) {
                return sp;
            }
        }
        return null;
    }

    /**
     * The speaker just before token {@code to}, with its title; with its article too when a
     * postposition governs the whole phrase ("der Polizei zufolge"), but not before a verb ("company
     * said": the span the report and its tests point at).
     */
    private Speaker speakerBefore(Sentence s, int to, List<EntityMention> entities, boolean withArticle) {
        for (int i = to - 1; i >= Math.max(0, to - WINDOW); i--) {
            Token t = s.token(i);
            if (endsPhrase(t)) {
                return null;
            }
            if (t.kind() == Token.Kind.SUFFIX) {
                continue; // "AFAD'a göre"
            }
            Speaker sp = speakerAt(s, i, entities);
            if (sp != null && sp.to <= to) {
                return withTitle(s, sp, withArticle);
            }
        }
        return null;
    }

    /** The speaker that opens the sentence and is set off by a comma ("İçişleri Bakanı Ali Yerlikaya, ..."). */
    private Speaker openingSpeaker(Sentence s, List<EntityMention> entities) {
        for (int i = 0; i < Math.min(s.tokens.size(), WINDOW); i++) {
            Speaker sp = speakerAt(s, i, entities);
            if (sp != null) {
                return s.is(sp.to, ",") ? withTitle(s, sp, false) : null;
            }
        }
        return null;
    }

    private static boolean closesSentence(Sentence s, int at) {
        Token t = s.token(at);
        return t == null || t.kind() == Token.Kind.OTHER && ".!?".contains(t.text());
    }

    /** Punctuation that ends the phrase a speaker can be in. */
    private static boolean endsPhrase(Token t) {
        return t.kind() == Token.Kind.OTHER && ".,;:!?()\"«»–".contains(t.text());
    }

    /** Extends a speaker to the title ("Governor X", "İçişleri Bakanı X") and, if asked, the article in front of it. */
    private static Speaker withTitle(Sentence s, Speaker sp, boolean withArticle) {
        int from = sp.from;
        PhraseTable.Match<Boolean> title = null;
        for (int k = Math.max(0, from - 4); k < from && title == null; k++) {
            PhraseTable.Match<Boolean> m = s.data.titles().matchAt(s.tokens, k);
            title = m != null && m.to() >= from ? m : null; // "İçişleri Bakanı" around "Bakanı"
        }
        if (title != null) {
            from = title.from();
        } else {
            PhraseTable.Match<String> kind = s.data.speakers().matchEndingAt(s.tokens, from);
            if (kind != null) {
                from = kind.from();
            }
        }
        Token before = s.token(from - 1);
        if (withArticle && before != null && before.isWord()
                && s.data.articles().contains(EntityExtractor.lower(s, from - 1))) {
            from--;
        }
        return new Speaker(from, sp.to, sp.key);
    }

    private static Speaker speakerAt(Sentence s, int i, List<EntityMention> entities) {
        Token t = s.token(i);
        EntityMention e = entityAt(s, t, entities);
        if (e != null) {
            int[] range = tokens(s, e);
            // "Emergency Situations Ministry", "Ministerio de ...": an institution named after a
            // frequent speaker is keyed by that speaker's concept, which other languages share.
            PhraseTable.Match<String> kind = null;
            for (int k = range[0]; k < range[1] && kind == null; k++) {
                kind = s.data.speakers().matchAt(s.tokens, k);
            }
            return new Speaker(range[0], range[1], kind != null && e.type() != EntityType.PERSON ? kind.value() : e.key());
        }
        PhraseTable.Match<String> known = s.data.speakers().matchAt(s.tokens, i);
        if (known == null) {
            return null;
        }
        // "brannsjef Ole Hansen", "virksomheden Nordfos", "prezydent miasta Hanna Zdanowska": the
        // speaker word stands before the name it introduces (within two more words).
        for (int k = known.to(); k < Math.min(s.tokens.size(), known.to() + 3); k++) {
            EntityMention named = entityAt(s, s.token(k), entities);
            if (named != null) {
                int[] range = tokens(s, named);
                return new Speaker(known.from(), range[1], named.type() == EntityType.PERSON ? named.key() : known.value());
            }
            if (!s.token(k).isWord()) {
                break;
            }
        }
        return new Speaker(known.from(), known.to(), known.value());
    }

    private static EntityMention entityAt(Sentence s, Token t, List<EntityMention> entities) {
        for (EntityMention e : entities) {
            if (e.span().start() <= t.start() && t.end() <= e.span().end()) {
                return e;
            }
        }
        return null;
    }

    /** The token range {@code [from, to)} an entity covers. */
    private static int[] tokens(Sentence s, EntityMention e) {
        int from = -1;
        int to = -1;
        for (int k = 0; k < s.tokens.size(); k++) {
            Token t = s.token(k);
            if (from < 0 && t.start() >= e.span().start()) {
                from = k;
            }
            if (t.end() <= e.span().end()) {
                to = k + 1;
            }
        }
        return new int[] {from, to};
    }
}
