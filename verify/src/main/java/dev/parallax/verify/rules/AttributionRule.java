package dev.parallax.verify.rules;

import dev.parallax.core.model.Attribution;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Quantity;
import dev.parallax.translate.Alignment;
import dev.parallax.translate.NameMatcher;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.FindingType;
import java.util.ArrayList;
import java.util.List;

/**
 * The same statement credited to different speakers: aligned claims that agree on a figure, each
 * with an attribution, whose speakers are neither the same concept nor the same name.
 */
public final class AttributionRule implements DiscrepancyRule {

    @Override
    public List<Draft> apply(Comparison c) {
        List<Draft> drafts = new ArrayList<>();
        for (Alignment al : c.alignments()) {
            Claim a = al.claims().get(0);
            Claim b = al.claims().get(1);
            Attribution x = a.attribution();
            Attribution y = b.attribution();
            if (x == null || y == null || sameSpeaker(x.key(), y.key())
                    || !shareAFigure(a, b) || mentions(b, x.key()) || mentions(a, y.key())) {
                continue;
            }
            drafts.add(new Draft(FindingType.ATTRIBUTION_CONFLICT, "who the statement is credited to",
                    0.45 * Comparison.confidence(al), List.of(a.id(), b.id()),
                    List.of(new Evidence(a.sourceId(), x.span()), new Evidence(b.sourceId(), y.span())),
                    List.of("", ""), "the same figure is credited to different speakers"));
        }
        return drafts;
    }

    /** Public bodies that "the authorities" or "officials" may stand for. */
    private static final java.util.Set<String> AUTHORITIES = java.util.Set.of("GOVERNMENT", "MINISTRY", "MAYOR",
            "POLICE", "ARMY", "FIRE_SERVICE", "RESCUERS");

    /**
     * The same speaker, or a generic one that covers the other: "the authorities" (GOVERNMENT) may be
     * the ministry or the police, but not the company.
     */
    static boolean sameSpeaker(String x, String y) {
        if (x.equals(y) || NameMatcher.same(x, y) || NameMatcher.shareAWord(x, y)) {
            return true;
        }
        return x.equals("GOVERNMENT") && AUTHORITIES.contains(y) || y.equals("GOVERNMENT") && AUTHORITIES.contains(x);
    }

    /**
     * Whether the claim names the speaker anywhere ("Kari Solheim i politiet sier": the police and
     * Solheim are one speaker), so a different attribution is a different level of detail, not a
     * different speaker.
     */
    private static boolean mentions(Claim c, String speakerKey) {
        return c.concepts().contains(speakerKey)
                || c.entities().stream().anyMatch(e -> NameMatcher.same(e.key(), speakerKey));
    }

    private static boolean shareAFigure(Claim a, Claim b) {
        for (Quantity qa : a.quantities()) {
            for (Quantity qb : b.quantities()) {
                if (qa.value() == qb.value() && qa.overlaps(qb)) {
                    return true;
                }
            }
        }
        return false;
    }
}
