package dev.parallax.verify;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.Alignment;
import java.util.List;

/** Applies the discrepancy rules. */
public final class RuleBasedDetector implements DiscrepancyDetector {

    @Override
    public List<Finding> detect(List<Source> sources, List<Claim> claims, List<Alignment> alignments) {
        return List.of();
    }
}
