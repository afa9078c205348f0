package dev.parallax.verify.rules;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Quantity;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.FindingType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A figure another source makes impossible, across the whole claim matrix rather than inside aligned
 * pairs: more members of a group are said to have gone through something ("thousands of the town's
 * Christians fled") than another source says the group had at all ("about 900 of its 30,000
 * inhabitants were Christian"). The two statements are usually different claims that do not align,
 * which is why the pairwise number comparison cannot see them; when they do align, this rule reports
 * them instead of it, since "how many fled" and "how many there were" are not one slot.
 */
public final class ImpossibilityRule implements DiscrepancyRule {

    static final double SEVERITY = 0.6;

    @Override
    public List<Draft> apply(Comparison c) {
        List<Draft> drafts = new ArrayList<>();
        for (Claim part : c.claims()) {
            for (Claim whole : c.claims()) {
                if (part.sourceId().equals(whole.sourceId())) {
                    continue;
                }
                if (whole.predicate() != null) {
                    continue; // a head count is a statement of how many there are, not of an event
                }
                for (Quantity subset : part.quantities()) {
                    for (Quantity total : whole.quantities()) {
                        if (exceeds(subset, total)) {
                            drafts.add(finding(c, part, subset, whole, total));
                        }
                    }
                }
            }
        }
        return drafts;
    }

    /**
     * Whether a figure of people something happened to is above what another figure says the same
     * group counts at all: both name one particular group, the first with an event, the second
     * without one (a head count), and the first's lowest reading is above the second's highest.
     */
    static boolean exceeds(Quantity subset, Quantity total) {
        return partOf(subset, total) && subset.low() != null && total.high() != null && subset.low() > total.high();
    }

    /**
     * Whether a figure counts the members of a group something happened to, and the other the whole
     * group ("300 Christians fled" / "900 were Christians"): not one slot, so only impossible when the
     * part is larger than the whole.
     */
    static boolean partOf(Quantity subset, Quantity total) {
        return subset.counted() != null && subset.counted().equals(total.counted()) && isGroup(subset.counted())
                && subset.event() != null && total.event() == null && subset.unit() == null && total.unit() == null;
    }

    /** A named group of people (not "people" in general, nor a unit of time or a thing). */
    private static boolean isGroup(String counted) {
        return NumberRule.PEOPLE.contains(counted) && !"BODY".equals(counted);
    }

    private static Draft finding(Comparison c, Claim part, Quantity subset, Claim whole, Quantity total) {
        String explanation = String.format(Locale.ROOT,
                "%s says more of them %s than %s says there were at all", c.label(part.sourceId()),
                PAST.getOrDefault(subset.event(), "were affected"), c.label(whole.sourceId()));
        return new Draft(FindingType.NUMBER_CONFLICT, Labels.slot(subset.counted(), null), SEVERITY,
                List.of(part.id(), whole.id()),
                List.of(new Evidence(part.sourceId(), subset.span()), new Evidence(whole.sourceId(), total.span())),
                List.of(Comparison.credit(part), Comparison.credit(whole)), explanation);
    }

    private static final Map<String, String> PAST = Map.of("FLEE", "fled", "KILL", "were killed", "DIE", "died",
            "EVACUATE", "were evacuated", "INJURE", "were injured", "RESCUE", "were rescued", "ARREST", "were arrested",
            "CAPTURE", "were captured", "MISSING", "are missing");
}
