package dev.parallax.translate;

import dev.parallax.core.budget.Deadline;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The default aligner: no translation, only language-neutral features ({@link ClaimSimilarity}).
 * Every pair of sources is aligned one-to-one by the Hungarian method; a claim whose best match scores
 * below {@link #THRESHOLD} has no counterpart.
 */
public final class OfflineClaimAligner implements ClaimAligner {

    /** Score below which two claims are not taken to state the same thing. */
    public static final double THRESHOLD = 0.2;

    /**
     * Score from which a claim left without a counterpart is aligned with a claim that already has
     * one: a sentence split in two on one side ("17 died ... 15 are missing" against two sentences).
     */
    public static final double SPLIT_THRESHOLD = 0.5;

    @Override
    public List<Alignment> align(List<Source> sources, List<Claim> claims) {
        return align(sources, claims, Deadline.none());
    }

    /** As {@link #align(List, List)}, checking the deadline for every row of every source pair. */
    @Override
    public List<Alignment> align(List<Source> sources, List<Claim> claims, Deadline deadline) {
        Map<String, List<Claim>> bySource = claims.stream().collect(Collectors.groupingBy(Claim::sourceId));
        List<Alignment> alignments = new ArrayList<>();
        for (int i = 0; i < sources.size(); i++) {
            for (int j = i + 1; j < sources.size(); j++) {
                alignments.addAll(alignPair(bySource.getOrDefault(sources.get(i).id(), List.of()), sources.get(i).language(),
                        bySource.getOrDefault(sources.get(j).id(), List.of()), sources.get(j).language(), deadline));
            }
        }
        return alignments;
    }

    /**
     * Aligns the claims of two sources, written in the given languages (BCP 47 tags): one to one by
     * the Hungarian method, then a claim left without a counterpart joins the claim it matches best
     * when that scores at least {@link #SPLIT_THRESHOLD}. Concepts are compared within the scope both
     * languages can express ({@link ConceptScope}).
     */
    public static List<Alignment> alignPair(List<Claim> left, String leftLanguage, List<Claim> right,
                                            String rightLanguage) {
        return alignPair(left, leftLanguage, right, rightLanguage, Deadline.none());
    }

    // Both steps grow with the product of the claim counts (the assignment with its cube), so two
    // long articles can take long: the deadline is checked per row, not only per pair.
    private static List<Alignment> alignPair(List<Claim> left, String leftLanguage, List<Claim> right,
                                             String rightLanguage, Deadline deadline) {
        Set<String> scope = ConceptScope.shared(leftLanguage, rightLanguage);
        List<Claim> l = left.stream().map(c -> ConceptScope.within(c, scope)).toList();
        List<Claim> r = right.stream().map(c -> ConceptScope.within(c, scope)).toList();
        double[][] score = new double[left.size()][right.size()];
        for (int a = 0; a < left.size(); a++) {
            deadline.check();
            for (int b = 0; b < right.size(); b++) {
                score[a][b] = ClaimSimilarity.score(ClaimSimilarity.features(l.get(a), r.get(b)));
            }
        }
        int[] match = Assignment.maximise(score, THRESHOLD, deadline);
        boolean[] rightMatched = new boolean[right.size()];
        List<Alignment> out = new ArrayList<>();
        for (int a = 0; a < match.length; a++) {
            if (match[a] >= 0) {
                rightMatched[match[a]] = true;
                out.add(alignment(left.get(a), right.get(match[a]), score[a][match[a]], scope));
            }
        }
        for (int a = 0; a < match.length; a++) {
            if (match[a] < 0) {
                int best = bestIn(score[a]);
                if (best >= 0 && score[a][best] >= SPLIT_THRESHOLD) {
                    out.add(alignment(left.get(a), right.get(best), score[a][best], scope));
                }
            }
        }
        for (int b = 0; b < right.size(); b++) {
            if (!rightMatched[b]) {
                int best = -1;
                for (int a = 0; a < left.size(); a++) {
                    if (best < 0 || score[a][b] > score[best][b]) {
                        best = a;
                    }
                }
                if (best >= 0 && score[best][b] >= SPLIT_THRESHOLD) {
                    out.add(alignment(left.get(best), right.get(b), score[best][b], scope));
                }
            }
        }
        return out;
    }

    /** The alignment of the original claims, explained by the features of their in-scope concepts. */
    private static Alignment alignment(Claim l, Claim r, double score, Set<String> scope) {
        return new Alignment(List.of(l, r), score,
                ClaimSimilarity.features(ConceptScope.within(l, scope), ConceptScope.within(r, scope)));
    }

    private static int bestIn(double[] row) {
        int best = -1;
        for (int i = 0; i < row.length; i++) {
            if (best < 0 || row[i] > row[best]) {
                best = i;
            }
        }
        return best;
    }
}
