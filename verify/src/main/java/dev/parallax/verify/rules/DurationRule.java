package dev.parallax.verify.rules;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.DurationExpression;
import dev.parallax.translate.Alignment;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Compares lengths of time in days, whatever unit they were stated in: "three weeks" and "20 days"
 * agree within {@link DurationExpression#TOLERANCE}; lengths further apart than that are a {@code NUMBER_CONFLICT} whose
 * summary states both in days and the tolerance.
 */
public final class DurationRule implements DiscrepancyRule {

    @Override
    public List<Draft> apply(Comparison c) {
        List<Draft> drafts = new ArrayList<>();
        for (Alignment al : c.alignments()) {
            Claim a = al.claims().get(0);
            Claim b = al.claims().get(1);
            if (a.durations().size() != 1 || b.durations().size() != 1) {
                continue; // two lengths in one sentence may measure two things; pairing them is a guess
            }
            DurationExpression x = a.durations().get(0);
            DurationExpression y = b.durations().get(0);
            double relative = x.relativeGap(y);
            if (relative <= DurationExpression.TOLERANCE) {
                continue;
            }
            String why = String.format(Locale.ROOT, "%s and %s, more than the %.0f%% tolerance for lengths apart",
                    inDays(x), inDays(y), DurationExpression.TOLERANCE * 100);
            double severity = (0.45 + 0.55 * Math.min(1, relative * 3)) * Comparison.confidence(al);
            drafts.add(new Draft(FindingType.NUMBER_CONFLICT, "how long it lasted", Math.min(1, severity),
                    List.of(a.id(), b.id()), List.of(new Evidence(a.sourceId(), x.span()), new Evidence(b.sourceId(), y.span())),
                    List.of(Comparison.credit(a), Comparison.credit(b)), why));
        }
        return drafts;
    }

    private static String inDays(DurationExpression d) {
        return String.format(Locale.ROOT, "\u201C%s\u201D (%.0f days)", d.span().text(), d.representativeDays());
    }
}
