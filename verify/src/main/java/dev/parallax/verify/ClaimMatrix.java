package dev.parallax.verify;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.ClaimClusters;
import dev.parallax.translate.SharedClaim;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The claims several sources share, one row per shared claim and one cell per source: what each
 * source says about it, so that with three or more sources a reader sees the whole picture, not
 * pairs. Rows are the report's shared claims ({@link ClaimClusters}).
 */
public final class ClaimMatrix {

    /**
     * One shared claim.
     *
     * @param cells per source id, the claims of that source in this row (empty when it has none)
     */
    public record Row(Map<String, List<Claim>> cells) {
    }

    private ClaimMatrix() {
    }

    /** The rows of a report, in the order of each shared claim's first claim. */
    public static List<Row> of(Report report) {
        List<Row> rows = new ArrayList<>();
        for (SharedClaim shared : report.sharedClaims()) {
            Map<String, List<Claim>> cells = new LinkedHashMap<>();
            for (Source s : report.sources()) {
                cells.put(s.id(), shared.claims().stream().filter(c -> c.sourceId().equals(s.id())).toList());
            }
            rows.add(new Row(cells));
        }
        return rows;
    }
}
