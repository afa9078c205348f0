package dev.parallax.verify.rules;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.core.model.Span;
import dev.parallax.translate.Alignment;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.FindingType;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checkable claims (with a figure or a name) that another source has no counterpart for, one finding
 * per claim naming every source that lacks it. Ranked by how checkable they are (figures first, then
 * names and times) and capped at {@link #MAX_PER_PAIR} per pair of sources so
 * that a long article does not flood the report.
 */
public final class OmissionRule implements DiscrepancyRule {

    static final int MAX_PER_PAIR = 8;

    /**
     * Alignment score from which a claim counts as reported by the other source. Lower than this, the
     * aligner's pairing is a best guess among weak candidates, not evidence that the fact is there.
     */
    static final double COUNTERPART = 0.35;

    @Override
    public List<Draft> apply(Comparison c) {
        Set<String> aligned = new HashSet<>();
        for (Alignment al : c.alignments()) {
            if (al.score() < COUNTERPART) {
                continue;
            }
            String first = al.claims().get(0).sourceId();
            String second = al.claims().get(1).sourceId();
            aligned.add(al.claims().get(0).id() + ">" + second);
            aligned.add(al.claims().get(1).id() + ">" + first);
        }
        // Per pair of sources, the most checkable claims one has and the other lacks; a claim lacking
        // in several sources becomes one finding naming all of them.
        Map<Claim, List<String>> lackingIn = new LinkedHashMap<>();
        for (Source has : c.sources()) {
            for (Source lacks : c.sources()) {
                if (has == lacks) {
                    continue;
                }
                List<Claim> missing = new ArrayList<>();
                for (Claim claim : c.claims()) {
                    if (claim.sourceId().equals(has.id()) && isCheckable(claim)
                            && !aligned.contains(claim.id() + ">" + lacks.id())) {
                        missing.add(claim);
                    }
                }
                missing.sort(Comparator.comparingDouble(OmissionRule::weight).reversed());
                for (Claim claim : missing.subList(0, Math.min(MAX_PER_PAIR, missing.size()))) {
                    lackingIn.computeIfAbsent(claim, k -> new ArrayList<>()).add(c.label(lacks.id()));
                }
            }
        }
        List<Draft> drafts = new ArrayList<>();
        lackingIn.forEach((claim, lacking) -> drafts.add(new Draft(FindingType.OMISSION,
                "a fact only " + c.label(claim.sourceId()) + " reports", weight(claim), List.of(claim.id()),
                List.of(new Evidence(claim.sourceId(), evidence(claim))),
                List.of(" (not in " + String.join("; ", lacking) + ")"), "no counterpart found")));
        return drafts;
    }

    /** A claim a fact-checker can check: it has a figure or names someone or something. */
    private static boolean isCheckable(Claim c) {
        return !c.quantities().isEmpty() || !c.entities().isEmpty();
    }

    /** What to point at: the first figure, else the first name. */
    private static Span evidence(Claim c) {
        return c.quantities().isEmpty() ? c.entities().get(0).span() : c.quantities().get(0).span();
    }

    /**
     * 0.2..0.4: more figures, names and times make a claim more checkable and more central; a claim
     * without a figure ranks below every claim with one.
     */
    static double weight(Claim c) {
        if (c.quantities().isEmpty()) {
            double slots = 0.5 * c.entities().size() + 0.5 * c.times().size() + (c.attribution() == null ? 0 : 0.5);
            return 0.2 + 0.05 * Math.min(1, slots / 2);
        }
        double slots = c.quantities().size() + 0.5 * c.entities().size() + 0.5 * c.times().size()
                + (c.attribution() == null ? 0 : 0.5);
        return 0.25 + 0.15 * Math.min(1, slots / 4);
    }
}
