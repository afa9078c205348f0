package dev.parallax.translate;

/**
 * One named reason two claims were judged alike ("same counted concept", "shared name key"), with
 * its contribution to the score.
 */
public record SimilarityFeature(String name, double value) {
}
