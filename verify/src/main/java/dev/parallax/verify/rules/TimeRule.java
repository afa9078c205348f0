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
            List<TimeExpression> ta = a.times().stream().filter(TimeExpression::isResolved).toList();
            List<TimeExpression> tb = b.times().stream().filter(TimeExpression::isResolved).toList();
            List<String> ids = List.of(a.id(), b.id());
            for (TimeExpression x : ta) {
                for (TimeExpression y : tb) {
                    if (x.overlaps(y) && x.granularity() != y.granularity() && x.within(y) != y.within(x)) {
                        drafts.add(new Draft(FindingType.LESS_SPECIFIC, "the date", 0.12 * Comparison.confidence(al), ids,
                                evidence(a, x, b, y), notes(a, x, b, y), "compatible, one is stated less precisely"));
                    }
                }
            }
            // A time of one side that overlaps nothing on the other, against the nearest such time of
            // the same precision there: one conflict per pair of claims, since a claim naming two
            // years ("inspected last year, after a fire in 2019") speaks of two events.
            TimeExpression bestA = null;
            TimeExpression bestB = null;
            long bestGap = Long.MAX_VALUE;
            for (TimeExpression x : unmatched(ta, tb)) {
                for (TimeExpression y : unmatched(tb, ta)) {
                    long gap = gapDays(x, y);
                    if (x.granularity() == y.granularity() && gap < bestGap) {
                        bestA = x;
                        bestB = y;
                        bestGap = gap;
                    }
                }
            }
            if (bestA != null) {
                double severity = (0.5 + 0.4 * Math.min(1, bestGap / 365.0)) * Comparison.confidence(al);
                drafts.add(new Draft(FindingType.DATE_CONFLICT, "the date", Math.min(1, severity), ids,
                        evidence(a, bestA, b, bestB), notes(a, bestA, b, bestB),
                        apart(bestA, bestB)));
            }
        }
        return drafts;
    }

    /** "2 years apart", "3 months apart", "5 days apart", in the precision the dates were stated with. */
    static String apart(TimeExpression a, TimeExpression b) {
        long n;
        String unit;
        switch (a.granularity()) {
            case YEAR, DECADE -> {
                n = Math.abs(a.from().getYear() - b.from().getYear());
                unit = "year";
            }
            case MONTH -> {
                n = Math.abs(ChronoUnit.MONTHS.between(a.from().withDayOfMonth(1), b.from().withDayOfMonth(1)));
                unit = "month";
            }
            default -> {
                n = Math.abs(ChronoUnit.DAYS.between(a.from(), b.from()));
                unit = "day";
            }
        }
        return "the dates are " + n + " " + unit + (n == 1 ? "" : "s") + " apart";
    }

    /** The times of {@code mine} that overlap none of {@code theirs}. */
    private static List<TimeExpression> unmatched(List<TimeExpression> mine, List<TimeExpression> theirs) {
        return mine.stream().filter(x -> theirs.stream().noneMatch(x::overlaps)).toList();
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
