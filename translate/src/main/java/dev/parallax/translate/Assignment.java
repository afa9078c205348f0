package dev.parallax.translate;

import dev.parallax.core.budget.Deadline;
import java.util.Arrays;

/**
 * One-to-one assignment maximising total score (the Hungarian method, O(n³)). Written here because
 * none of the project's libraries (Commons Text, ICU, Lucene) offers it, and it is forty lines.
 */
final class Assignment {

    private Assignment() {
    }

    /**
     * For each row, the column assigned to it, or -1. Pairs scoring below {@code threshold} are left
     * unassigned: "no counterpart" is a valid answer.
     */
    static int[] maximise(double[][] score, double threshold) {
        return maximise(score, threshold, Deadline.none());
    }

    /** As {@link #maximise(double[][], double)}, checking the deadline once per row (O(n²) work each). */
    static int[] maximise(double[][] score, double threshold, Deadline deadline) {
        int rows = score.length;
        int cols = rows == 0 ? 0 : score[0].length;
        int n = Math.max(rows, cols);
        int[] result = new int[rows];
        Arrays.fill(result, -1);
        if (rows == 0 || cols == 0) {
            return result;
        }
        // Minimise cost = -score on a square matrix padded with zeros (a padded cell is "no partner").
        double[][] cost = new double[n + 1][n + 1];
        for (int i = 0; i < rows; i++) {
            for (int j = 0; j < cols; j++) {
                cost[i + 1][j + 1] = score[i][j] >= threshold ? -score[i][j] : 0;
            }
        }
        double[] u = new double[n + 1];
        double[] v = new double[n + 1];
        int[] p = new int[n + 1];
        int[] way = new int[n + 1];
        for (int i = 1; i <= n; i++) {
            deadline.check();
            p[0] = i;
            int j0 = 0;
            double[] minv = new double[n + 1];
            Arrays.fill(minv, Double.POSITIVE_INFINITY);
            boolean[] used = new boolean[n + 1];
            do {
                used[j0] = true;
                int i0 = p[j0];
                int j1 = 0;
                double delta = Double.POSITIVE_INFINITY;
                for (int j = 1; j <= n; j++) {
                    if (!used[j]) {
                        double cur = cost[i0][j] - u[i0] - v[j];
                        if (cur < minv[j]) {
                            minv[j] = cur;
                            way[j] = j0;
                        }
                        if (minv[j] < delta) {
                            delta = minv[j];
                            j1 = j;
                        }
                    }
                }
                for (int j = 0; j <= n; j++) {
                    if (used[j]) {
                        u[p[j]] += delta;
                        v[j] -= delta;
                    } else {
                        minv[j] -= delta;
                    }
                }
                j0 = j1;
            } while (p[j0] != 0);
            do {
                int j1 = way[j0];
                p[j0] = p[j1];
                j0 = j1;
            } while (j0 != 0);
        }
        for (int j = 1; j <= n; j++) {
            int i = p[j] - 1;
            if (i >= 0 && i < rows && j - 1 < cols && score[i][j - 1] >= threshold) {
                result[i] = j - 1;
            }
        }
        return result;
    }
}
