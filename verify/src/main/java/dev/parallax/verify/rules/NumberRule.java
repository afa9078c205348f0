package dev.parallax.verify.rules;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Qualifier;
import dev.parallax.core.model.Quantity;
import dev.parallax.translate.Alignment;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.FindingType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Compares the numbers of aligned claims as intervals. Two numbers are the same slot when they count
 * the same thing (people counted generically match any group of people), in the same unit, with
 * outcomes that do not exclude each other (the dead are not the missing); agreeing pairs are taken
 * first, and the last unexplained figure of two closely aligned claims is paired too. Disjoint
 * intervals are a {@code NUMBER_CONFLICT} whose severity grows with the relative gap, as are two
 * different minimums (or maximums) not credited to different counters ("at least 128" / "at least
 * 116"); an interval inside a
 * different one ("over 100" against "128"), or one figure hedged differently, is {@code LESS_SPECIFIC}.
 */
public final class NumberRule implements DiscrepancyRule {

    @Override
    public List<Draft> apply(Comparison c) {
        List<Draft> drafts = new ArrayList<>();
        Map<Evidence, Set<Evidence>> agreeing = new HashMap<>();
        for (Alignment al : c.alignments()) {
            Claim a = al.claims().get(0);
            Claim b = al.claims().get(1);
            Set<Quantity> usedA = new HashSet<>();
            Set<Quantity> usedB = new HashSet<>();
            // Agreements first, so that a figure both sides share is not also set against another one.
            for (Quantity qa : a.quantities()) {
                for (Quantity qb : b.quantities()) {
                    if (!usedB.contains(qb) && comparable(qa, qb) && qa.overlaps(qb)) {
                        usedA.add(qa);
                        usedB.add(qb);
                        Draft d = compare(c, al, a, qa, b, qb);
                        if (d != null) {
                            drafts.add(d);
                        } else {
                            agree(agreeing, new Evidence(a.sourceId(), qa.span()), new Evidence(b.sourceId(), qb.span()));
                        }
                        break;
                    }
                }
            }
            for (Quantity qa : a.quantities()) {
                if (usedA.contains(qa)) {
                    continue;
                }
                for (Quantity qb : b.quantities()) {
                    if (!usedB.contains(qb) && comparable(qa, qb)) {
                        usedA.add(qa);
                        usedB.add(qb);
                        Draft d = compare(c, al, a, qa, b, qb);
                        if (d != null) {
                            drafts.add(d);
                        }
                        break;
                    }
                }
            }
            residual(c, al, a, b, usedA, usedB).ifPresent(drafts::add);
        }
        return drafts.stream().map(d -> withAgreeingSources(d, agreeing)).toList();
    }

    /** Alignment score from which the last unpaired figures of two claims are taken as one slot. */
    static final double RESIDUAL_ALIGNMENT = 0.6;

    /**
     * Two claims that clearly state the same thing, each left with exactly one figure that nothing
     * else explains: they are one slot even when the lexicon does not know what they count ("3,000
     * jobs" / "3 000 arbeidsplasser"), unless they count known, different things or have different
     * units or outcomes.
     */
    private static Optional<Draft> residual(Comparison c, Alignment al, Claim a, Claim b,
                                                      Set<Quantity> usedA, Set<Quantity> usedB) {
        List<Quantity> restA = a.quantities().stream().filter(q -> !usedA.contains(q)).toList();
        List<Quantity> restB = b.quantities().stream().filter(q -> !usedB.contains(q)).toList();
        if (al.score() < RESIDUAL_ALIGNMENT || restA.size() != 1 || restB.size() != 1) {
            return Optional.empty();
        }
        Quantity qa = restA.get(0);
        Quantity qb = restB.get(0);
        // Both count something and not the same thing: not one slot. Words outside the lexicon can only
        // be told apart in one language ("inches" / "centimetres"); across languages they are unknown.
        boolean bothKnown = isConcept(qa) && isConcept(qb)
                || Objects.equals(c.source(a.sourceId()).language(), c.source(b.sourceId()).language());
        boolean countDifferentThings = qa.counted() != null && qb.counted() != null && bothKnown
                && !sameCounted(countedOf(qa), countedOf(qb));
        if (countDifferentThings || !Objects.equals(qa.unit(), qb.unit()) || !sameEvent(outcome(qa), outcome(qb))
                || "AGE".equals(qa.counted()) != "AGE".equals(qb.counted())) {
            return Optional.empty();
        }
        return Optional.ofNullable(compare(c, al, a, qa, b, qb));
    }

    private static void agree(Map<Evidence, Set<Evidence>> agreeing, Evidence x, Evidence y) {
        Set<Evidence> group = new HashSet<>(agreeing.getOrDefault(x, Set.of(x)));
        group.addAll(agreeing.getOrDefault(y, Set.of(y)));
        for (Evidence e : group) {
            agreeing.put(e, group);
        }
    }

    /**
     * A conflict between B's "17" and C's "20" also names A when A's "17" agrees with B's, so that with
     * N sources the finding shows what every source says.
     */
    private static Draft withAgreeingSources(Draft d, Map<Evidence, Set<Evidence>> agreeing) {
        if (d.type() != FindingType.NUMBER_CONFLICT) {
            return d;
        }
        List<Evidence> evidence = new ArrayList<>(d.evidence());
        List<String> notes = new ArrayList<>(d.notes());
        for (Evidence e : d.evidence()) {
            for (Evidence other : agreeing.getOrDefault(e, Set.of())) {
                if (evidence.stream().noneMatch(x -> x.sourceId().equals(other.sourceId()))) {
                    evidence.add(other);
                    notes.add("");
                }
            }
        }
        return new Draft(d.type(), d.what(), d.severity(), d.claimIds(), evidence, notes, d.explanation());
    }

    /**
     * Whether two numbers are the same slot: the same thing counted, in the same unit, of the same
     * outcome. A figure with a unit need not say what it measures on both sides ("10 percent" / "14 %
     * of residents").
     */
    private static boolean comparable(Quantity q, Quantity o) {
        if (countedOf(q) == null && q.unit() == null) {
            return false; // a bare figure could be anything
        }
        if (ImpossibilityRule.exceeds(q, o) || ImpossibilityRule.exceeds(o, q)) {
            return false; // more of a group went through an event than there were: ImpossibilityRule's finding
        }
        boolean sameThing = sameCounted(countedOf(q), countedOf(o))
                || q.unit() != null && (countedOf(q) == null || countedOf(o) == null);
        return sameThing && Objects.equals(q.unit(), o.unit()) && sameEvent(outcome(q), outcome(o));
    }

    private static boolean isConcept(Quantity q) {
        return q.counted() != null && q.counted().equals(q.counted().toUpperCase(Locale.ROOT));
    }

    /**
     * The counted concept, or "PERSON" when no concept is named (nothing, or a word outside the lexicon)
     * but the outcome is one only people have: "killing 17 of their colleagues".
     */
    private static String countedOf(Quantity q) {
        boolean concept = q.counted() != null && q.counted().equals(q.counted().toUpperCase(Locale.ROOT));
        if (!concept && q.unit() == null && PEOPLE_OUTCOMES.contains(String.valueOf(outcome(q)))) {
            return "PERSON";
        }
        return q.counted();
    }

    private static final Set<String> PEOPLE_OUTCOMES = Set.of("DEATH", "MISSING", "INJURY");

    /**
     * Outcomes a count of people can have that exclude each other: the dead are not the missing, the
     * missing not the injured. Other events ("destroyed", "damaged", "deployed") say too little to
     * keep two numbers apart.
     */
    private static final Map<String, String> OUTCOME = Map.of(
            "KILL", "DEATH", "DIE", "DEATH",
            "MISSING", "MISSING", "TRAP", "MISSING",
            "INJURE", "INJURY", "HOSPITALISE", "INJURY",
            "RESCUE", "SURVIVAL", "EVACUATE", "SURVIVAL", "FLEE", "SURVIVAL");

    /** Concepts that count people without saying which people: they stand for any group of people. */
    private static final Set<String> ANY_PEOPLE = Set.of("PERSON", "VICTIM", "DEAD", "MISSING",
            "INJURED");

    /** Concepts that count a particular group of people. */
    static final Set<String> PEOPLE = Set.of("CIVILIAN", "BODY", "FIGHTER", "SOLDIER",
            "POLICE_OFFICER", "FIREFIGHTER", "RESCUER", "CHILD", "WOMAN", "MAN", "RESIDENT", "CHRISTIAN", "WORKER",
            "REFUGEE", "PRISONER");

    /**
     * Whether two counted concepts are one slot: the same concept, or people counted generically on one
     * side and as a group on the other ("128 people" and "116 civilians", "15 missing" and "15 miners").
     */
    static boolean sameCounted(String a, String b) {
        if (Objects.equals(a, b)) {
            return true;
        }
        if (a == null || b == null) {
            return false;
        }
        return ANY_PEOPLE.contains(a) && (PEOPLE.contains(b) || ANY_PEOPLE.contains(b))
                || ANY_PEOPLE.contains(b) && PEOPLE.contains(a);
    }

    /** What happened to what is counted: said by the counted word itself ("the missing") or its event. */
    private static String outcome(Quantity q) {
        if (q.counted() != null) {
            switch (q.counted()) {
                case "DEAD", "BODY" -> {
                    return "DEATH";
                }
                case "MISSING" -> {
                    return "MISSING";
                }
                case "INJURED" -> {
                    return "INJURY";
                }
                default -> {
                    // the event decides
                }
            }
        }
        return q.event() == null ? null : OUTCOME.get(q.event());
    }

    /** Whether two outcomes can be the same: unknown on either side is not ruled out. */
    static boolean sameEvent(String x, String y) {
        return x == null || y == null || x.equals(y);
    }

    private static Draft compare(Comparison c, Alignment al, Claim a, Quantity qa, Claim b, Quantity qb) {
        Draft d = compareSlots(al, a, qa, b, qb);
        if (d == null || d.type() != FindingType.NUMBER_CONFLICT) {
            return d;
        }
        return Trend.mayBeUpdate(c.source(a.sourceId()), qa, c.source(b.sourceId()), qb)
                .map(why -> new Draft(d.type(), d.what(), d.severity() * Trend.UPDATE_FACTOR, d.claimIds(), d.evidence(),
                        d.notes(), d.explanation() + "; " + why))
                .orElse(d);
    }

    private static Draft compareSlots(Alignment al, Claim a, Quantity qa, Claim b, Quantity qb) {
        String what = Labels.slot(qa.counted(), qa.unit());
        List<Evidence> ev = List.of(new Evidence(a.sourceId(), qa.span()), new Evidence(b.sourceId(), qb.span()));
        List<String> notes = List.of(Comparison.credit(a), Comparison.credit(b));
        if (bound(qa) != 0 && bound(qa) == bound(qb) && qa.value() != qb.value() && sameOrNoCredit(a, b)
                && !roundedHedge(qa, qb)) {
            // "at least 128" and "at least 116", "more than 500" and "more than 700": both intervals
            // hold, but the tally is one figure in one report and another in the other. Different
            // counters may well have different minimums, so only one counter, or none named, counts.
            return conflict(al, a, b, what, ev, notes, Math.abs(qa.value() - qb.value()),
                    Math.max(Math.abs(qa.value()), Math.abs(qb.value())),
                    sameSpeaker(a, b) ? "the same source's tally differs"
                            : bound(qa) > 0 ? "both give a minimum, and the minimums differ"
                            : "both give a maximum, and the maximums differ",
                    Math.abs(qa.value() - qb.value()));
        }
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
        if (qa.value() == qb.value()) {
            // "more than 40" / "40": the same figure hedged differently (often rounding or a dropped
            // qualifier) is a difference of precision, not of fact.
            return new Draft(FindingType.LESS_SPECIFIC, what, 0.15 * Comparison.confidence(al),
                    List.of(a.id(), b.id()), ev, notes, "the same figure, hedged differently");
        }
        return conflict(al, a, b, what, ev, notes, gap(qa, qb), Math.max(Math.abs(qa.value()), Math.abs(qb.value())),
                null, Math.abs(qa.value() - qb.value()));
    }

    /**
     * A conflict whose severity grows with the gap between the intervals (what no hedge explains),
     * and whose explanation gives the difference between the figures as stated: "about 60" and
     * "about 40" differ by a third, though their hedged intervals are closer.
     */
    private static Draft conflict(Alignment al, Claim a, Claim b, String what, List<Evidence> ev, List<String> notes,
                                  double gap, double scale, String reason, double statedDifference) {
        double relative = scale == 0 ? 1 : Math.min(1, gap / scale);
        double severity = (0.45 + 0.55 * Math.min(1, relative * 3)) * Comparison.confidence(al);
        double stated = scale == 0 ? 1 : statedDifference / scale;
        String explanation = String.format(Locale.ROOT, "the figures differ by %.0f%%", stated * 100);
        return new Draft(FindingType.NUMBER_CONFLICT, what, Math.min(1, severity), List.of(a.id(), b.id()), ev, notes,
                reason == null ? explanation : reason + "; " + explanation);
    }

    /** 1 for a lower bound ("at least", "more than"), -1 for an upper bound ("up to", "almost"), else 0. */
    private static int bound(Quantity q) {
        return switch (q.qualifier()) {
            case AT_LEAST, MORE_THAN -> 1;
            case AT_MOST, FEWER_THAN -> -1;
            default -> 0;
        };
    }

    /** Whether both claims credit one speaker, or neither credits anyone. */
    private static boolean sameOrNoCredit(Claim a, Claim b) {
        return a.attribution() == null && b.attribution() == null || sameSpeaker(a, b);
    }

    /**
     * Whether one bound is a round figure hedging the other ("over 100" against "at least 128"): the
     * looser of the two is round, the other is not and lies within {@link #ROUNDING} of it, so it
     * reads as the same count rounded, which is less specific, not different.
     */
    private static boolean roundedHedge(Quantity qa, Quantity qb) {
        Quantity looser = bound(qa) > 0 == qa.value() < qb.value() ? qa : qb;
        Quantity tighter = looser == qa ? qb : qa;
        return isRound(looser.value()) && !isRound(tighter.value())
                && Math.abs(tighter.value() - looser.value()) <= ROUNDING * looser.value();
    }

    /** How far from a round bound a precise one may be and still read as that bound rounded. */
    static final double ROUNDING = 0.3;

    /** 100, 500, 2,000, 150, 1,400: one significant digit, or a multiple of 50 from 100 on. */
    static boolean isRound(double v) {
        if (v < 10 || v != Math.rint(v)) {
            return false;
        }
        double magnitude = Math.pow(10, Math.floor(Math.log10(v)));
        return v % magnitude == 0 || v >= 100 && v % 50 == 0;
    }

    /** Whether both claims are credited to one speaker. */
    private static boolean sameSpeaker(Claim a, Claim b) {
        return a.attribution() != null && b.attribution() != null
                && AttributionRule.sameSpeaker(a.attribution().key(), b.attribution().key());
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
