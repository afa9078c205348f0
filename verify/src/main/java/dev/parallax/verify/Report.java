package dev.parallax.verify;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.Alignment;
import dev.parallax.translate.ClaimClusters;
import dev.parallax.translate.SharedClaim;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Everything Parallax found about a set of sources: their claims, which claims correspond, and the
 * findings sorted by severity, highest first.
 *
 * @param warnings things the user should know about the analysis itself (an unsupported language)
 */
public record Report(List<Source> sources, List<Claim> claims, List<Alignment> alignments,
                     List<Finding> findings, List<String> warnings) {

    public Report {
        sources = List.copyOf(sources);
        claims = List.copyOf(claims);
        alignments = List.copyOf(alignments);
        findings = List.copyOf(findings);
        warnings = List.copyOf(warnings);
    }

    /** The claims two or more sources share, clustered from the pairwise alignments. */
    public List<SharedClaim> sharedClaims() {
        return ClaimClusters.of(sources, claims, alignments);
    }

    /** Number of findings of each type that occurs. */
    public Map<FindingType, Integer> counts() {
        Map<FindingType, Integer> counts = new EnumMap<>(FindingType.class);
        for (Finding f : findings) {
            counts.merge(f.type(), 1, Integer::sum);
        }
        return counts;
    }

    /**
     * 0..1, how far the sources' accounts diverge: the share of checkable claims caught in a conflict
     * or omission, weighted by severity.
     */
    public double divergence() {
        long checkable = claims.stream().filter(Claim::isCheckable).count();
        if (checkable == 0) {
            return 0;
        }
        double weight = 0;
        for (Finding f : findings) {
            if (f.type().isConflict() || f.type() == FindingType.OMISSION) {
                weight += f.severity() * f.claimIds().size();
            }
        }
        return Math.min(1.0, weight / checkable);
    }

    /** The highest severity of any finding, 0 when there is none. */
    public double maxSeverity() {
        return findings.stream().mapToDouble(Finding::severity).max().orElse(0);
    }
}
