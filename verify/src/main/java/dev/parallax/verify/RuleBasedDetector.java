package dev.parallax.verify;

import dev.parallax.core.budget.Deadline;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.Alignment;
import dev.parallax.verify.rules.AttributionRule;
import dev.parallax.verify.rules.Comparison;
import dev.parallax.verify.rules.DiscrepancyRule;
import dev.parallax.verify.rules.Draft;
import dev.parallax.verify.rules.DurationRule;
import dev.parallax.verify.rules.EntityRule;
import dev.parallax.verify.rules.ImpossibilityRule;
import dev.parallax.verify.rules.NameVariantRule;
import dev.parallax.verify.rules.NumberRule;
import dev.parallax.verify.rules.OmissionRule;
import dev.parallax.verify.rules.TimeRule;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The default detector: runs every rule, merges what several source pairs found about the same words
 * into one finding naming every source involved, writes the summaries, and sorts by severity.
 */
public final class RuleBasedDetector implements DiscrepancyDetector {

    private final List<DiscrepancyRule> rules = List.of(new NumberRule(), new ImpossibilityRule(), new DurationRule(), new TimeRule(),
            new AttributionRule(), new EntityRule(), new NameVariantRule(), new OmissionRule());

    @Override
    public List<Finding> detect(List<Source> sources, List<Claim> claims, List<Alignment> alignments) {
        return detect(sources, claims, alignments, Deadline.none());
    }

    /** As {@link #detect(List, List, List)}, checking the deadline before every rule and while merging. */
    @Override
    public List<Finding> detect(List<Source> sources, List<Claim> claims, List<Alignment> alignments,
                                Deadline deadline) {
        deadline.check();
        Comparison comparison = new Comparison(sources, claims, alignments);
        List<Draft> drafts = new ArrayList<>();
        for (DiscrepancyRule rule : rules) {
            deadline.check();
            drafts.addAll(rule.apply(comparison));
        }
        List<Finding> findings = new ArrayList<>();
        for (Draft d : merge(drafts, deadline)) {
            findings.add(new Finding(d.type(), d.severity(), summary(comparison, d), d.claimIds(), d.evidence()));
        }
        findings.sort(Comparator.comparingDouble(Finding::severity).reversed()
                .thenComparing(f -> f.type().ordinal())
                .thenComparing(f -> f.evidence().get(0).sourceId())
                .thenComparingInt(f -> f.evidence().get(0).span().start()));
        return findings;
    }

    /**
     * Merges drafts of one type that share a piece of evidence (A=12/C=14 and B=12/C=14 share C's
     * "14"), so that with N sources one finding names all of them. Quadratic in the drafts, so the
     * deadline is checked per draft.
     */
    private static List<Draft> merge(List<Draft> drafts, Deadline deadline) {
        List<Draft> merged = new ArrayList<>();
        for (Draft d : drafts) {
            deadline.check();
            int into = -1;
            for (int i = 0; i < merged.size() && into < 0; i++) {
                if (merged.get(i).type() == d.type() && shareEvidence(merged.get(i), d)) {
                    into = i;
                }
            }
            if (into < 0) {
                merged.add(d);
            } else {
                merged.set(into, union(merged.get(into), d));
            }
        }
        return merged;
    }

    private static boolean shareEvidence(Draft a, Draft b) {
        for (Evidence x : a.evidence()) {
            if (b.evidence().contains(x)) {
                return true;
            }
        }
        return false;
    }

    private static Draft union(Draft a, Draft b) {
        Set<String> claims = new LinkedHashSet<>(a.claimIds());
        claims.addAll(b.claimIds());
        List<Evidence> evidence = new ArrayList<>(a.evidence());
        List<String> notes = new ArrayList<>(a.notes());
        for (int i = 0; i < b.evidence().size(); i++) {
            if (!evidence.contains(b.evidence().get(i))) {
                evidence.add(b.evidence().get(i));
                notes.add(b.notes().get(i));
            }
        }
        return new Draft(a.type(), a.what(), Math.max(a.severity(), b.severity()), List.copyOf(claims), evidence,
                notes, a.explanation());
    }

    /** "Sources disagree on the number of houses: A (Wire) says “17”, credited to “Police”; B says “15”." */
    private static String summary(Comparison c, Draft d) {
        StringBuilder s = new StringBuilder();
        switch (d.type()) {
            case NUMBER_CONFLICT, DATE_CONFLICT -> s.append("Sources disagree on ").append(d.what()).append(": ");
            case ATTRIBUTION_CONFLICT -> s.append("The same figure is credited to different speakers: ");
            case ENTITY_CONFLICT -> s.append("Different entities in the same role: ");
            case NAME_VARIANT -> s.append("Probably one name spelled differently: ");
            case LESS_SPECIFIC -> s.append("Compatible, but one source is less specific about ").append(d.what()).append(": ");
            case OMISSION -> s.append("Only one source reports this: ");
        }
        for (int i = 0; i < d.evidence().size(); i++) {
            Evidence e = d.evidence().get(i);
            if (i > 0) {
                s.append("; ");
            }
            s.append(c.label(e.sourceId())).append(" says \u201C").append(e.span().text()).append('\u201D')
                    .append(d.notes().get(i));
        }
        s.append(" (").append(d.explanation()).append(").");
        return s.toString();
    }
}
