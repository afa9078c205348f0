package dev.parallax.verify;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.Alignment;
import java.util.List;

/** Turns aligned claims into findings. */
public interface DiscrepancyDetector {

    /** The findings about these sources, sorted by severity, highest first. */
    List<Finding> detect(List<Source> sources, List<Claim> claims, List<Alignment> alignments);
}
