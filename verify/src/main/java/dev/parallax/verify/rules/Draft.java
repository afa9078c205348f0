package dev.parallax.verify.rules;

import dev.parallax.verify.Evidence;
import dev.parallax.verify.FindingType;
import java.util.List;

/**
 * A finding before its summary is written: findings of several source pairs about the same words are
 * merged into one naming every source, and the summary is written from the merged evidence.
 *
 * @param what what the sources disagree on, as a noun phrase ("the number of houses (HOUSE)")
 * @param notes per evidence, what to add after it in the summary (who it is credited to)
 */
public record Draft(FindingType type, String what, double severity, List<String> claimIds,
                    List<Evidence> evidence, List<String> notes, String explanation) {

    public Draft {
        claimIds = List.copyOf(claimIds);
        evidence = List.copyOf(evidence);
        notes = List.copyOf(notes);
    }
}
