package dev.parallax.verify;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.Alignment;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims several sources share, one row per shared claim and one cell per source: what each
 * source says about it, so that with three or more sources a reader sees the whole picture, not
 * pairs. Rows are the groups of claims joined by confident alignments.
 */
public final class ClaimMatrix {

    /** Alignment score from which two claims are shown in one row. */
    public static final double SAME_ROW = 0.35;

    /**
     * One shared claim.
     *
     * @param cells per source id, the claims of that source in this row (empty when it has none)
     */
    public record Row(Map<String, List<Claim>> cells) {
    }

    private ClaimMatrix() {
    }

    /** The rows of a report, in the order of the first source's claims. */
    public static List<Row> of(Report report) {
        Map<String, String> parent = new HashMap<>();
        for (Claim c : report.claims()) {
            parent.put(c.id(), c.id());
        }
        for (Alignment a : report.alignments()) {
            if (a.score() >= SAME_ROW) {
                union(parent, a.claims().get(0).id(), a.claims().get(1).id());
            }
        }
        Map<String, List<Claim>> groups = new LinkedHashMap<>();
        for (Claim c : report.claims()) {
            groups.computeIfAbsent(find(parent, c.id()), k -> new ArrayList<>()).add(c);
        }
        List<Row> rows = new ArrayList<>();
        for (List<Claim> group : groups.values()) {
            if (group.stream().map(Claim::sourceId).distinct().count() < 2) {
                continue;
            }
            Map<String, List<Claim>> cells = new LinkedHashMap<>();
            for (Source s : report.sources()) {
                cells.put(s.id(), group.stream().filter(c -> c.sourceId().equals(s.id())).toList());
            }
            rows.add(new Row(cells));
        }
        return rows;
    }

    private static String find(Map<String, String> parent, String id) {
        String root = id;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        parent.put(id, root);
        return root;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        String ra = find(parent, a);
        String rb = find(parent, b);
        if (!ra.equals(rb)) {
            parent.put(rb, ra);
        }
    }
}
