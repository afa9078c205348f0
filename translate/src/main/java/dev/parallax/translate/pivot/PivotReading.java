package dev.parallax.translate.pivot;

import dev.parallax.core.extract.ClaimExtractor;
import dev.parallax.core.extract.RuleBasedClaimExtractor;
import dev.parallax.core.lang.Language;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Source;
import dev.parallax.core.model.Span;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A claim as read from its translation into the pivot language. What the claim is about (its event,
 * its lexicon concepts, the words compared as cognates, what its figures count) is read from the
 * translation with the pivot language's data, so that both sides of a pair are read with one
 * lexicon. What it states (figures, times, lengths of time, names, speaker) stays as read from the
 * original: those slots are exact there and a translation can only blur them.
 */
final class PivotReading {

    private final Language pivot;
    // Every sentence, checkable or not: a translation may word a figure so that it is not read as one.
    private final ClaimExtractor extractor = new RuleBasedClaimExtractor(true);

    PivotReading(Language pivot) {
        this.pivot = pivot;
    }

    /**
     * The claim as the aligner should see it: the original's id and slots, the translation's reading.
     * Its span holds the translation (starting where the original does, so claims keep their order);
     * it points into no source text and is never shown to a user.
     */
    Claim of(Claim original, Source source, String translation) {
        Source translated = new Source(source.id(), source.outlet(), pivot.code(), source.published(), source.title(),
                translation);
        List<Claim> read = extractor.extract(translated);
        String predicate = read.stream().map(Claim::predicate).filter(Objects::nonNull).findFirst().orElse(null);
        Set<String> concepts = new LinkedHashSet<>();
        read.forEach(c -> concepts.addAll(c.concepts()));
        List<Quantity> pivotQuantities = read.stream().flatMap(c -> c.quantities().stream()).toList();
        List<Quantity> quantities = original.quantities().stream().map(q -> countedAsTranslated(q, pivotQuantities)).toList();
        Span span = new Span(original.span().start(), original.span().start() + translation.length(), translation);
        return new Claim(original.id(), original.sourceId(), span, predicate, quantities, original.times(),
                original.durations(), original.entities(), original.attribution(), List.copyOf(concepts));
    }

    /** The original figure, counting what the translation says the same figure counts. */
    private static Quantity countedAsTranslated(Quantity q, List<Quantity> translated) {
        for (Quantity t : translated) {
            if (t.value() == q.value() && t.counted() != null) {
                return new Quantity(q.span(), q.low(), q.high(), q.qualifier(), q.value(), t.counted(), q.unit(), q.event());
            }
        }
        return q;
    }
}
