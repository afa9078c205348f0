package dev.parallax.api.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.model.Source;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.Finding;
import dev.parallax.verify.FindingType;
import dev.parallax.verify.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

class FailOnTest {

    private static final Source A = new Source("A", null, "en", null, null, "Eleven people were hurt.");

    private static Report withSeverities(double... severities) {
        List<Finding> findings = java.util.Arrays.stream(severities).mapToObj(s -> new Finding(FindingType.NUMBER_CONFLICT,
                s, "differs", List.of(), List.of(new Evidence("A", A.span(0, 6))))).toList();
        return new Report(List.of(A), List.of(), List.of(), findings, List.of());
    }

    @Test
    void withoutAThresholdAReportIsSuccess() {
        assertThat(CompareCommand.exitCode(withSeverities(0.9), null)).isZero();
    }

    @Test
    void aFindingAtOrAboveTheThresholdExits3() {
        assertThat(CompareCommand.exitCode(withSeverities(0.2, 0.7), 0.7)).isEqualTo(3);
        assertThat(CompareCommand.exitCode(withSeverities(0.0), 0.0)).isEqualTo(3);
    }

    @Test
    void findingsBelowTheThresholdOrNoFindingsExit0() {
        assertThat(CompareCommand.exitCode(withSeverities(0.2, 0.69), 0.7)).isZero();
        assertThat(CompareCommand.exitCode(withSeverities(), 0.0)).isZero();
    }
}
