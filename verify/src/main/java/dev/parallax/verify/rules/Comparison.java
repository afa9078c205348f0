package dev.parallax.verify.rules;

import dev.parallax.core.model.Attribution;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.Alignment;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The sources, claims and alignments being checked, with the lookups the rules share. */
public record Comparison(List<Source> sources, List<Claim> claims, List<Alignment> alignments) {

    public Source source(String id) {
        return sourcesById().get(id);
    }

    private Map<String, Source> sourcesById() {
        return sources.stream().collect(Collectors.toMap(Source::id, Function.identity()));
    }

    /** "A (Meridian Wire)" or "A" when the outlet is unknown. */
    public String label(String sourceId) {
        Source s = source(sourceId);
        return s.outlet() == null ? s.id() : s.id() + " (" + s.outlet() + ")";
    }

    /** ", credited to police" or "" when the claim has no attribution. */
    static String credit(Claim c) {
        Attribution a = c.attribution();
        return a == null ? "" : ", credited to \u201C" + a.speaker() + "\u201D";
    }

    /** How much to trust that two claims state the same thing, from their alignment score: 0.6..1. */
    static double confidence(Alignment a) {
        return 0.6 + 0.4 * Math.min(1, a.score());
    }
}
