package dev.parallax.translate;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The default aligner: no translation, only language-neutral features ({@link ClaimSimilarity}).
 * Every pair of sources is aligned one-to-one by the Hungarian method; a claim whose best match scores
 * below {@link #THRESHOLD} has no counterpart.
 */
public final class OfflineClaimAligner implements ClaimAligner {

    /** Score below which two claims are not taken to state the same thing. */
    public static final double THRESHOLD = 0.35;

    @Override
    public List<Alignment> align(List<Source> sources, List<Claim> claims) {
        Map<String, List<Claim>> bySource = claims.stream().collect(Collectors.groupingBy(Claim::sourceId));
        List<Alignment> alignments = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                alignments.addAll(alignPair(bySource.getOrDefault(sources.get(i).id(), List.of()),
                        bySource.getOrDefault(sources.get(j).id(), List.of())));
            }
        }
        return alignments;
    }

    private static List<Alignment> alignPair(List<Claim> left, List<Claim> right) {
        double[][] score = new double[left.size()][right.size()];
        for (int a = 0; a < left.size(); a++) {
            for (int b = 0; b < right.size(); b++) {
                score[a][b] = ClaimSimilarity.score(ClaimSimilarity.features(left.get(a), right.get(b)));
            }
        }
        int[] match = Assignment.maximise(score, THRESHOLD);
        List<Alignment> out = new ArrayList<>();
        for (int a = 0; a < match.length; a++) {
            if (match[a] >= 0) {
                Claim l = left.get(a);
                Claim r = right.get(match[a]);
                out.add(new Alignment(List.of(l, r), score[a][match[a]], ClaimSimilarity.features(l, r)));
            }
        }
        return out;
    }
}
