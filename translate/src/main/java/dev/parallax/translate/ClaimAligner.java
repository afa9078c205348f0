package dev.parallax.translate;

import dev.parallax.core.budget.Deadline;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import java.util.List;

/**
 * Finds which claims of different sources state the same thing. Each claim is in at most one
 * alignment per pair of sources; claims without a counterpart are left out.
 */
public interface ClaimAligner {

    /**
     * Aligns the claims of all sources.
     *
     * @param sources the sources, in report order
     * @param claims the claims of every source
     * @return the alignments, each naming claims of two or more distinct sources
     */
    List<Alignment> align(List<Source> sources, List<Claim> claims);

    /**
     * Aligns the claims of all sources, stopping when the deadline passes. Implementations that can
     * stop partway check it as they go; this default checks before and after.
     *
     * @throws dev.parallax.core.budget.DeadlineExceededException when the deadline passes
     */
    default List<Alignment> align(List<Source> sources, List<Claim> claims, Deadline deadline) {
        deadline.check();
        List<Alignment> alignments = align(sources, claims);
        deadline.check();
        return alignments;
    }
}
