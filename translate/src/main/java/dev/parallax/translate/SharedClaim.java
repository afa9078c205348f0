package dev.parallax.translate;

import dev.parallax.core.model.Claim;
import java.util.List;

/**
 * One claim as several sources state it: the claims of two or more sources joined by alignments.
 * A source usually has one claim here, two when it splits into two sentences what another says in
 * one.
 *
 * @param claims the claims, in the order of the report's claims
 * @param sources the ids of the sources that state it, in source order
 */
public record SharedClaim(List<Claim> claims, List<String> sources) {

    public SharedClaim {
        claims = List.copyOf(claims);
        sources = List.copyOf(sources);
    }
}
