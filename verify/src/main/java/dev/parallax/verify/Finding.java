package dev.parallax.verify;

import java.util.List;

/**
 * One discrepancy (or notable agreement detail) between sources, explained.
 *
 * @param type what kind of finding it is
 * @param severity 0..1: how much a fact-checker should care, from the kind, the size of the difference
 *                 and the confidence of the match
 * @param summary one sentence a person can read, showing both sides and who said them
 * @param claimIds the claims involved
 * @param evidence the exact words in every source involved
 */
public record Finding(FindingType type, double severity, String summary, List<String> claimIds,
                      List<Evidence> evidence) {

    public Finding {
        if (severity < 0 || severity > 1 || Double.isNaN(severity)) {
            throw new IllegalArgumentException("severity must be within 0..1: " + severity);
        }
        claimIds = List.copyOf(claimIds);
        evidence = List.copyOf(evidence);
    }
}
