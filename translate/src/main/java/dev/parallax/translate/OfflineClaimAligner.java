package dev.parallax.translate;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import java.util.List;

/** Aligns claims without translation. */
public final class OfflineClaimAligner implements ClaimAligner {

    @Override
    public List<Alignment> align(List<Source> sources, List<Claim> claims) {
        return List.of();
    }
}
