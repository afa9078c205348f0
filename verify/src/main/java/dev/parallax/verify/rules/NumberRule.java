package dev.parallax.verify.rules;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Quantity;
import dev.parallax.translate.Alignment;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Compares the numbers of aligned claims as intervals. Two numbers are the same slot only when they
 * count the same concept in the same unit. Disjoint intervals are a {@code NUMBER_CONFLICT} whose
 * severity grows with the relative gap; an interval inside a different one ("over 100" against
 * "128") is {@code LESS_SPECIFIC}.
 */
public final class NumberRule implements DiscrepancyRule {

    @Override
    public List<Draft> apply(Comparison c) {
        List<Draft> drafts = new ArrayList<>();
        for (Alignment al : c.alignments()) {
            Claim a = al.claims().get(0);
            Claim b = al.claims().get(1);
            for (Quantity qa : a.quantities()) {
                Quantity qb = counterpart(qa, b.quantities());
                if (qb == null) {
                    continue;
                }
                Draft d = compare(c, al, a, qa, b, qb);
                if (d != null) {
                    drafts.add(d);
                }
            }
        }
        return drafts;
    }

    /** The quantity of the other claim that counts the same thing, preferring one that agrees. */
    private static Quantity counterpart(Quantity q, List<Quantity> others) {
        if (q.counted() == null && q.unit() == null) {
            return null; // a bare figure could be anything
        }
        Quantity best = null;
        for (Quantity o : others) {
            if (Objects.equals(q.counted(), o.counted()) && Objects.equals(q.unit(), o.unit())) {
                if (o.overlaps(q)) {
                    return o;
                }
                best = best == null ? o : best;
            }
        }
        return best;
    }

    private static Draft compare(Comparison c, Alignment al, Claim a, Quantity qa, Claim b, Quantity qb) {
        String what = qa.counted() == null ? "the amount in " + qa.unit()
                : "the number of " + qa.counted().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + (qa.unit() == null ? "" : " (" + qa.unit() + ")");
        List<Evidence> ev = List.of(new Evidence(a.sourceId(), qa.span()), new Evidence(b.sourceId(), qb.span()));
        List<String> notes = List.of(Comparison.credit(a), Comparison.credit(b));
        if (qa.overlaps(qb)) {
            boolean aInB = qa.within(qb);
            boolean bInA = qb.within(qa);
            if (aInB && bInA) {
                return null; // the same interval
            }
            if (aInB || bInA) {
                return new Draft(FindingType.LESS_SPECIFIC, what, 0.15 * Comparison.confidence(al),
                        List.of(a.id(), b.id()), ev, notes, "compatible, one is vaguer");
            }
            return null; // overlapping hedges ("about 100", "over 95") do not contradict each other
        }
        double gap = gap(qa, qb);
        double scale = Math.max(Math.abs(qa.value()), Math.abs(qb.value()));
        double relative = scale == 0 ? 1 : Math.min(1, gap / scale);
        double severity = (0.45 + 0.55 * Math.min(1, relative * 3)) * Comparison.confidence(al);
        return new Draft(FindingType.NUMBER_CONFLICT, what, Math.min(1, severity), List.of(a.id(), b.id()), ev,
                notes, String.format(java.util.Locale.ROOT, "the figures differ by %.0f%%", relative * 100));
    }

    /** The distance between two disjoint intervals. */
    private static double gap(Quantity a, Quantity b) {
        double aLow = a.low() == null ? Double.NEGATIVE_INFINITY : a.low();
        double aHigh = a.high() == null ? Double.POSITIVE_INFINITY : a.high();
        double bLow = b.low() == null ? Double.NEGATIVE_INFINITY : b.low();
        double bHigh = b.high() == null ? Double.POSITIVE_INFINITY : b.high();
        return aHigh < bLow ? bLow - aHigh : aLow - bHigh;
    }
}
