package dev.parallax.verify.rules;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import dev.parallax.core.extract.NameKey;
import dev.parallax.core.extract.Stopwords;
import dev.parallax.core.lang.LanguageData;
import dev.parallax.core.lang.LanguageRegistry;
import dev.parallax.core.lang.Token;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.EntityType;
import dev.parallax.translate.Alignment;
import dev.parallax.translate.NameMatcher;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.text.ParsePosition;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The same role filled by different entities: two claims that clearly state the same thing, one
 * naming exactly one entity that nothing in the other source resembles, the other naming exactly one
 * entity the first claim lacks ("Mayor Lise Dahl said" / "ordfører Lise Kowalczyk sa"). A name is
 * only new to a source when that whole source has no spelling, shortening, translation or
 * transliteration of it, so a name the other source writes differently is a {@code NAME_VARIANT} or
 * nothing, never a conflict.
 */
public final class EntityRule implements DiscrepancyRule {

    /** Alignment score from which two claims are taken to fill the same roles. */
    static final double SAME_ROLES = 0.45;

    /** Name similarity under which two names are unrelated. */
    static final double UNRELATED = 0.75;

    static final double SEVERITY = 0.5;

    /** The name keys of the countries of the world (CLDR's English names, through ICU). */
    private static final Set<String> COUNTRIES = Arrays.stream(ULocale.getISOCountries())
            .map(code -> NameKey.of(new ULocale("und", code).getDisplayCountry(ULocale.ENGLISH)))
            .collect(Collectors.toUnmodifiableSet());

    @Override
    public List<Draft> apply(Comparison c) {
        List<Draft> drafts = new ArrayList<>();
        for (Alignment al : c.alignments()) {
            if (al.score() < SAME_ROLES) {
                continue;
            }
            Claim a = al.claims().get(0);
            Claim b = al.claims().get(1);
            String languageA = c.source(a.sourceId()).language();
            String languageB = c.source(b.sourceId()).language();
            // One side names someone the other source never names; the other side's claim names, in
            // that place, someone the first claim does not (though its source may, elsewhere).
            List<EntityMention> newToB = unknownTo(a, names(c, b.sourceId()), languageA);
            List<EntityMention> newToA = unknownTo(b, names(c, a.sourceId()), languageB);
            List<EntityMention> notInB = unknownTo(a, b.entities(), languageA);
            List<EntityMention> notInA = unknownTo(b, a.entities(), languageB);
            EntityMention x;
            EntityMention y;
            if (newToB.size() == 1 && notInA.size() == 1) {
                x = newToB.get(0);
                y = notInA.get(0);
            } else if (newToA.size() == 1 && notInB.size() == 1) {
                x = notInB.get(0);
                y = newToA.get(0);
            } else {
                continue;
            }
            if (!sameKind(x, y) || COUNTRIES.contains(x.key()) || COUNTRIES.contains(y.key())) {
                continue; // a country against a town in it ("Kazakhstan" / "Ushbulak") is less precise, not other
            }
            drafts.add(new Draft(FindingType.ENTITY_CONFLICT, "who or what is named", SEVERITY * Comparison.confidence(al),
                    List.of(a.id(), b.id()),
                    List.of(new Evidence(a.sourceId(), x.span()), new Evidence(b.sourceId(), y.span())),
                    List.of(Comparison.credit(a), Comparison.credit(b)),
                    "a different name in the same place of the same statement, and one the other source never mentions"));
        }
        return drafts;
    }

    private static List<EntityMention> names(Comparison c, String sourceId) {
        return c.claims().stream().filter(x -> x.sourceId().equals(sourceId)).flatMap(x -> x.entities().stream()).toList();
    }

    /** The claim's names that none of the other names resembles. */
    private static List<EntityMention> unknownTo(Claim claim, List<EntityMention> other, String language) {
        return claim.entities().stream().filter(e -> e.key().length() >= 3 && !isCommonWord(e, language))
                .filter(e -> other.stream().noneMatch(o -> related(e.key(), o.key()))).toList();
    }

    /**
     * A "name" that is a word of the language: a capitalised function word, number word or lexicon
     * word opening a headline or a quote ("The", "Det", "Four", "Resultatene"), or a longer one
     * opening with a function or number word. The extractor keeps such words as possible names; a
     * conflict must not rest on one.
     */
    private static boolean isCommonWord(EntityMention e, String language) {
        String[] words = e.span().text().split("[\\s-]+");
        String text = words[0];
        LanguageData data = LanguageRegistry.forTag(language);
        if (data.language() != null && isNumberWord(text, data)) {
            return true; // "Four" opening a headline
        }
        if (data.language() != null && Stopwords.of(data.language()).contains(text.toLowerCase(Locale.ROOT))) {
            return true;
        }
        if (words.length > 1) {
            return false; // a first name may stem like a common word ("Lise" / "lisens")
        }
        List<Token> tokens = data.tokenizer().tokenize(text, 0, text.length());
        return Stream.of(data.vocabulary(), data.concepts(), data.counted(), data.predicates(), data.units(),
                data.speakers()).anyMatch(t -> t.matchAt(tokens, 0) != null);
    }

    private static boolean isNumberWord(String word, LanguageData data) {
        RuleBasedNumberFormat spellout = new RuleBasedNumberFormat(ULocale.forLocale(data.language().locale()),
                RuleBasedNumberFormat.SPELLOUT);
        ParsePosition at = new ParsePosition(0);
        String lower = word.toLowerCase(Locale.ROOT);
        return spellout.parse(lower, at) != null && at.getIndex() == lower.length();
    }

    /**
     * Whether two names may be one entity: similar keys, a shared word ("Newport police" / "Newport-
     * politiet"), unless they are two people who share only a first name ("Lise Dahl" / "Lise Berg").
     */
    static boolean related(String a, String b) {
        if (a.equals(b + "s") || b.equals(a + "s")) {
            return true; // a genitive ("EUs", "Tyrkias")
        }
        if (NameMatcher.similarity(a, b) >= UNRELATED) {
            return !differentSurnames(a, b);
        }
        return NameMatcher.shareAWord(a, b) && !differentSurnames(a, b);
    }

    /** Two names of as many words, two or more, with the same first word and unrelated last words. */
    private static boolean differentSurnames(String a, String b) {
        String[] wa = a.split(" ");
        String[] wb = b.split(" ");
        if (wa.length < 2 || wa.length != wb.length || !wa[0].equals(wb[0])) {
            return false;
        }
        String lastA = wa[wa.length - 1];
        String lastB = wb[wb.length - 1];
        return lastA.length() >= 3 && lastB.length() >= 3 && NameMatcher.similarity(lastA, lastB) < UNRELATED;
    }

    /**
     * Whether two names can fill one role: the same type, or one of unknown type with as many words
     * as the other ("Lise Dahl" / "Lise Kowalczyk", not "Security Council" / "FN").
     */
    private static boolean sameKind(EntityMention x, EntityMention y) {
        if (x.type() != EntityType.UNKNOWN && y.type() != EntityType.UNKNOWN) {
            return x.type() == y.type();
        }
        return words(x) == words(y);
    }

    private static int words(EntityMention e) {
        return e.span().text().split("[\\s-]+").length;
    }
}
