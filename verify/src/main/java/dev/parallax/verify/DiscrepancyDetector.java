package dev.parallax.verify;

import dev.parallax.core.budget.Deadline;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.Alignment;
import java.util.List;

/** Turns aligned claims into findings. */
public interface DiscrepancyDetector {

    /** The findings about these sources, sorted by severity, highest first. */
    List<Finding> detect(List<Source> sources, List<Claim> claims, List<Alignment> alignments);

    /**
     * The findings about these sources, stopping when the deadline passes. Implementations that can
     * stop partway check it as they go; this default checks before and after.
     *
     * @throws dev.parallax.core.budget.DeadlineExceededException when the deadline passes
     */
    default List<Finding> detect(List<Source> sources, List<Claim> claims, List<Alignment> alignments,
                                 Deadline deadline) {
        deadline.check();
        List<Finding> findings = detect(sources, claims, alignments);
        deadline.check();
        return findings;
    }
}
