package dev.parallax.translate;

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
}
