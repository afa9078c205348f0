package dev.parallax.core.extract;

import dev.parallax.core.lang.PhraseTable;
import dev.parallax.core.lang.Token;
import dev.parallax.core.model.Attribution;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.EntityType;
import dev.parallax.core.model.Span;
import java.util.List;

/**
 * Finds who a sentence is credited to: "according to X", "ifølge X", "X said", "said X", "sier X".
 * The speaker is a frequent news speaker from the lexicon ("police", "politiet") or a name found in
 * the sentence; its key is the lexicon concept or the name key, so the same speaker matches across
 * languages.
 */
final class AttributionExtractor {

    /** How many tokens a speaker may stand from its reporting verb. */
    static final int WINDOW = 5;

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
        }
        for (int i = 0; i < s.tokens.size(); i++) {
            PhraseTable.Match<Boolean> verb = s.data.attributionVerbs().matchAt(s.tokens, i);
            if (verb == null) {
                continue;
            }
            Speaker after = speakerAfter(s, verb.to(), entities);
            Speaker before = speakerBefore(s, verb.from(), entities);
            // "police said" is the common order; "said the police" only when no speaker precedes,
            // since what follows a verb is often its clause ("opplyser at 230 innbyggere ...").
            Speaker sp = before != null ? before : after;
            if (sp != null) {
                return sp == before ? attribution(s, sp.from, verb.to(), sp) : attribution(s, verb.from(), sp.to, sp);
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
            Speaker sp = speakerAt(s, i, entities);
            if (sp != null) {
                return sp;
            }
            if (stops(s.token(i))) {
                return null;
            }
        }
        return null;
    }

    private Speaker speakerBefore(Sentence s, int to, List<EntityMention> entities) {
        for (int i = to - 1; i >= Math.max(0, to - WINDOW); i--) {
            if (stops(s.token(i))) {
                return null;
            }
            Speaker sp = speakerAt(s, i, entities);
            if (sp != null && sp.to <= to) {
                return sp;
            }
        }
        return null;
    }

    /** Punctuation that ends the phrase a speaker can be in (a comma does not: "police said, adding"). */
    private static boolean stops(Token t) {
        return t.kind() == Token.Kind.OTHER && ".;:!?()".contains(t.text());
    }

    private static Speaker speakerAt(Sentence s, int i, List<EntityMention> entities) {
        Token t = s.token(i);
        for (EntityMention e : entities) {
            if (e.span().start() <= t.start() && t.end() <= e.span().end()) {
                int from = i;
                while (from > 0 && s.token(from - 1).start() >= e.span().start()) {
                    from--;
                }
                int to = i + 1;
                while (to < s.tokens.size() && s.token(to).end() <= e.span().end()) {
                    to++;
                }
                // "Emergency Situations Ministry", "Ministerio de ...": an institution named after a
                // frequent speaker is keyed by that speaker's concept, which other languages share.
                PhraseTable.Match<String> kind = null;
                for (int k = from; k < to && kind == null; k++) {
                    kind = s.data.speakers().matchAt(s.tokens, k);
                }
                return new Speaker(from, to, kind != null && e.type() != EntityType.PERSON ? kind.value() : e.key());
            }
        }
        PhraseTable.Match<String> known = s.data.speakers().matchAt(s.tokens, i);
        if (known != null) {
            return new Speaker(known.from(), known.to(), known.value());
        }
        return null;
    }
}
