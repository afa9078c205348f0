package dev.parallax.translate;

import dev.parallax.core.model.Claim;
import java.util.List;

/**
 * Claims of different sources found to state the same thing.
 *
 * @param claims one claim per source involved, in source order
 * @param score 0..1, how strongly they were matched
 * @param features the named features behind the score, for explaining it
 */
public record Alignment(List<Claim> claims, double score, List<SimilarityFeature> features) {

    public Alignment {
        claims = List.copyOf(claims);
        features = List.copyOf(features);
    }
}
