package dev.parallax.verify.rules;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.TimeExpression;
import dev.parallax.translate.Alignment;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.FindingType;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares the resolved times of aligned claims as intervals of days. A time of one claim that
 * overlaps no time of the other, where both state one, is a {@code DATE_CONFLICT}; a time inside a
 * coarser one ("August 2015" in "2015") is {@code LESS_SPECIFIC}. Unresolved relative times (no
 * publication date) are never compared.
 */
public final class TimeRule implements DiscrepancyRule {

    @Override
    public List<Draft> apply(Comparison c) {
        List<Draft> drafts = new ArrayList<>();
        for (Alignment al : c.alignments()) {
            Claim a = al.claims().get(0);
            Claim b = al.claims().get(1);
            for (TimeExpression ta : a.times()) {
                if (!ta.isResolved()) {
                    continue;
                }
                TimeExpression overlapping = null;
                TimeExpression nearest = null;
                long nearestGap = Long.MAX_VALUE;
                for (TimeExpression tb : b.times()) {
                    if (!tb.isResolved()) {
                        continue;
                    }
                    if (ta.overlaps(tb)) {
                        overlapping = tb;
                        break;
                    }
                    long g = gapDays(ta, tb);
                    if (g < nearestGap && tb.granularity() == ta.granularity()) {
                        nearest = tb;
                        nearestGap = g;
                    }
                }
                List<String> ids = List.of(a.id(), b.id());
                if (overlapping != null) {
                    boolean aIn = ta.within(overlapping);
                    boolean bIn = overlapping.within(ta);
                    if (aIn != bIn && ta.granularity() != overlapping.granularity()) {
                        drafts.add(new Draft(FindingType.LESS_SPECIFIC, "the date", 0.12 * Comparison.confidence(al), ids,
                                evidence(a, ta, b, overlapping), notes(a, ta, b, overlapping),
                                "compatible, one is stated less precisely"));
                    }
                } else if (nearest != null && isOnlyTimeOfItsGranularity(a, ta) && isOnlyTimeOfItsGranularity(b, nearest)) {
                    double severity = (0.5 + 0.4 * Math.min(1, nearestGap / 365.0)) * Comparison.confidence(al);
                    drafts.add(new Draft(FindingType.DATE_CONFLICT, "the date", Math.min(1, severity), ids,
                            evidence(a, ta, b, nearest), notes(a, ta, b, nearest),
                            "the dates are " + nearestGap + " days apart"));
                }
            }
        }
        return drafts;
    }

    /**
     * A claim naming two days ("on Thursday ... since Saturday") may speak of two events; a conflict is
     * only reported when each side states one time of that precision.
     */
    private static boolean isOnlyTimeOfItsGranularity(Claim c, TimeExpression t) {
        return c.times().stream().filter(o -> o.isResolved() && o.granularity() == t.granularity()).count() == 1;
    }

    private static List<Evidence> evidence(Claim a, TimeExpression ta, Claim b, TimeExpression tb) {
        return List.of(new Evidence(a.sourceId(), ta.span()), new Evidence(b.sourceId(), tb.span()));
    }

    private static List<String> notes(Claim a, TimeExpression ta, Claim b, TimeExpression tb) {
        return List.of(resolved(ta) + Comparison.credit(a), resolved(tb) + Comparison.credit(b));
    }

    /** " (= 2026-03-12)" for a relative time, so the reader sees how it was resolved. */
    static String resolved(TimeExpression t) {
        if (!t.relative()) {
            return "";
        }
        return t.from().equals(t.to()) ? " (= " + t.from() + ")" : " (= " + t.from() + " to " + t.to() + ")";
    }

    private static long gapDays(TimeExpression a, TimeExpression b) {
        return a.to().isBefore(b.from()) ? ChronoUnit.DAYS.between(a.to(), b.from())
                : ChronoUnit.DAYS.between(b.to(), a.from());
    }
}
