package dev.parallax.translate;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Claims shared across N sources, built from the pairwise alignments: the strongest alignments
 * join their claims first, and a join that would put two claims of one source together is refused
 * unless it attaches a lone claim by a split-sentence alignment. Plain transitive closure would let
 * one loose alignment chain two different claims into one row ("A1~B1, B1~C1, C1~A2").
 */
public final class ClaimClusters {

    /** Alignment score from which two claims are taken as one shared claim. */
    public static final double MIN_SCORE = 0.35;

    private ClaimClusters() {
    }

    /** The claims shared by two or more sources, in the order of each group's first claim. */
    public static List<SharedClaim> of(List<Source> sources, List<Claim> claims, List<Alignment> alignments) {
        Map<String, Integer> order = new HashMap<>();
        for (Claim c : claims) {
            order.put(c.id(), order.size());
        }
        Map<String, Set<Claim>> groupOf = new HashMap<>();
        for (Claim c : claims) {
            Set<Claim> alone = new HashSet<>();
            alone.add(c);
            groupOf.put(c.id(), alone);
        }
        List<Alignment> strongestFirst = alignments.stream()
                .filter(a -> a.score() >= MIN_SCORE && a.claims().stream().allMatch(c -> groupOf.containsKey(c.id())))
                .sorted(Comparator.comparingDouble(Alignment::score).reversed())
                .toList();
        for (Alignment a : strongestFirst) {
            for (int i = 1; i < a.claims().size(); i++) {
                join(groupOf, a.claims().get(0), a.claims().get(i), a.score());
            }
        }
        Set<Set<Claim>> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<SharedClaim> shared = new ArrayList<>();
        for (Claim c : claims) {
            Set<Claim> group = groupOf.get(c.id());
            if (!seen.add(group)) {
                continue;
            }
            List<String> ids = sources.stream().map(Source::id)
                    .filter(id -> group.stream().anyMatch(g -> g.sourceId().equals(id))).toList();
            if (ids.size() >= 2) {
                shared.add(new SharedClaim(group.stream().sorted(Comparator.comparing(g -> order.get(g.id()))).toList(), ids));
            }
        }
        return shared;
    }

    private static void join(Map<String, Set<Claim>> groupOf, Claim a, Claim b, double score) {
        Set<Claim> ga = groupOf.get(a.id());
        Set<Claim> gb = groupOf.get(b.id());
        if (ga == gb) {
            return;
        }
        boolean splitSentence = (ga.size() == 1 || gb.size() == 1) && score >= OfflineClaimAligner.SPLIT_THRESHOLD;
        if (!splitSentence && sharesASource(ga, gb)) {
            return;
        }
        Set<Claim> into = ga.size() >= gb.size() ? ga : gb;
        Set<Claim> from = into == ga ? gb : ga;
        into.addAll(from);
        for (Claim c : from) {
            groupOf.put(c.id(), into);
        }
    }

    private static boolean sharesASource(Set<Claim> a, Set<Claim> b) {
        Set<String> sources = new HashSet<>();
        a.forEach(c -> sources.add(c.sourceId()));
        return b.stream().anyMatch(c -> sources.contains(c.sourceId()));
    }
}
