package dev.parallax.translate;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AssignmentTest {

    @Test
    void findsTheBestOneToOneAssignmentNotTheGreedyOne() {
        // Greedy would give row 0 column 0 (0.9) and leave row 1 with 0.1; the optimum is 0.8 + 0.8.
        double[][] score = {{0.9, 0.8}, {0.8, 0.1}};
        assertThat(Assignment.maximise(score, 0.0)).containsExactly(1, 0);
    }

    @Test
    void leavesRowsWithoutAGoodEnoughPartnerUnassigned() {
        double[][] score = {{0.9, 0.0, 0.0}, {0.0, 0.2, 0.1}};
        assertThat(Assignment.maximise(score, 0.35)).containsExactly(0, -1);
    }

    @Test
    void handlesRectangularAndEmptyMatrices() {
        assertThat(Assignment.maximise(new double[][] {{0.1}, {0.7}, {0.5}}, 0.3)).containsExactly(-1, 0, -1);
        assertThat(Assignment.maximise(new double[0][0], 0.3)).isEmpty();
        assertThat(Assignment.maximise(new double[][] {{}}, 0.3)).containsExactly(-1);
    }
}
