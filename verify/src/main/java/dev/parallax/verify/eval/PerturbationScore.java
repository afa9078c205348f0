package dev.parallax.verify.eval;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What the perturbation evaluation measured on a set of document pairs: conflicts reported on the
 * unmodified pairs (false alarms) and, per kind of change, how often exactly that change was found.
 */
public final class PerturbationScore {

    /**
     * A change that was not handled right, with what a person needs to see why: the changed
     * sentence, the sentence the report aligned it with (null: none), and the findings on it.
     */
    public record Miss(Perturbation kind, String changed, String counterpart, List<String> findings) {

        public Miss {
            findings = List.copyOf(findings);
        }
    }

    private final List<Miss> misses = new ArrayList<>();
    private final List<String> falseAlarmSummaries = new ArrayList<>();
    private int pairs;
    private int falseAlarms;
    private final Map<Perturbation, int[]> outcomes = new EnumMap<>(Perturbation.class);

    void addPair(List<String> conflicts) {
        pairs++;
        falseAlarms += conflicts.size();
        falseAlarmSummaries.addAll(conflicts);
    }

    /** What each false alarm said, in the order they were found. */
    public List<String> falseAlarms() {
        return List.copyOf(falseAlarmSummaries);
    }

    void add(Perturbation kind, boolean success) {
        int[] c = outcomes.computeIfAbsent(kind, k -> new int[2]);
        c[0] += success ? 1 : 0;
        c[1]++;
    }

    void miss(Miss miss) {
        misses.add(miss);
    }

    /** The changes not handled right, in the order they were made. */
    public List<Miss> misses() {
        return List.copyOf(misses);
    }

    public int pairs() {
        return pairs;
    }

    /** Conflict findings per unmodified document pair. */
    public double falseAlarmsPerPair() {
        return pairs == 0 ? 0 : (double) falseAlarms / pairs;
    }

    /** Changes of this kind made. */
    public int trials(Perturbation kind) {
        return outcomes.getOrDefault(kind, new int[2])[1];
    }

    /**
     * Share of changes handled right: found with the right type and span, or for {@link
     * Perturbation#VARIANT}, not reported as a conflict.
     */
    public double successRate(Perturbation kind) {
        int[] c = outcomes.getOrDefault(kind, new int[2]);
        return c[1] == 0 ? 0 : (double) c[0] / c[1];
    }

    public void addAll(PerturbationScore other) {
        misses.addAll(other.misses);
        falseAlarmSummaries.addAll(other.falseAlarmSummaries);
        pairs += other.pairs;
        falseAlarms += other.falseAlarms;
        other.outcomes.forEach((k, v) -> {
            int[] c = outcomes.computeIfAbsent(k, x -> new int[2]);
            c[0] += v[0];
            c[1] += v[1];
        });
    }
}
