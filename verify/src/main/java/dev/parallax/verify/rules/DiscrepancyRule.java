package dev.parallax.verify.rules;

import java.util.List;

/**
 * One kind of check over compared sources. The set is closed: each rule owns the finding types it
 * reports, and the detector runs them all.
 */
public sealed interface DiscrepancyRule
        permits NumberRule, ImpossibilityRule, DurationRule, TimeRule, AttributionRule, EntityRule, NameVariantRule, OmissionRule {

    /** The drafts of findings this rule sees in the comparison. */
    List<Draft> apply(Comparison comparison);
}
