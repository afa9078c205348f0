package dev.parallax.verify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.budget.Deadline;
import dev.parallax.core.budget.DeadlineExceededException;
import dev.parallax.core.extract.ClaimExtractor;
import dev.parallax.core.ingest.IngestLimits;
import dev.parallax.core.ingest.Ingester;
import dev.parallax.core.ingest.LanguageIdentifier;
import dev.parallax.core.ingest.SourceInput;
import dev.parallax.translate.ClaimAligner;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ParallaxDeadlineTest {

    private final AtomicLong now = new AtomicLong();
    private final List<String> extracted = new ArrayList<>();
    private final AtomicInteger alignments = new AtomicInteger();
    private final AtomicInteger detections = new AtomicInteger();

    /** Extraction that takes a second of the test's clock per source. */
    private final ClaimExtractor slowExtractor = source -> {
        extracted.add(source.id());
        now.addAndGet(Duration.ofSeconds(1).toNanos());
        return List.of();
    };
    private final ClaimAligner countingAligner = (sources, claims) -> {
        alignments.incrementAndGet();
        return List.of();
    };
    private final DiscrepancyDetector countingDetector = (sources, claims, aligned) -> {
        detections.incrementAndGet();
        return List.of();
    };
    private final Parallax engine = new Parallax(new Ingester(IngestLimits.DEFAULT, LanguageIdentifier.shared()),
            slowExtractor, countingAligner, countingDetector);

    private static List<SourceInput> sources(int count, int sentences) {
        List<SourceInput> inputs = new ArrayList<>();
        for (int s = 0; s < count; s++) {
            StringBuilder text = new StringBuilder();
            for (int i = 1; i <= sentences; i++) {
                text.append("Police said ").append(i + s).append(" homes were damaged in Brekkvik on Thursday. ");
            }
            inputs.add(SourceInput.text("source" + s, text.toString())
                    .withMetadata("en", "Outlet " + s, LocalDate.of(2025, 11, 14), null));
        }
        return inputs;
    }

    @Test
    void aDeadlineThatPassesDuringExtractionStopsTheComparisonBeforeAlignment() {
        Deadline deadline = Deadline.after(Duration.ofMillis(1500), now::get);

        assertThatThrownBy(() -> engine.compare(sources(3, 1), deadline))
                .isInstanceOf(DeadlineExceededException.class)
                .satisfies(e -> assertThat(((DeadlineExceededException) e).budget()).isEqualTo(Duration.ofMillis(1500)));
        assertThat(extracted).containsExactly("A", "B");
        assertThat(alignments).hasValue(0);
        assertThat(detections).hasValue(0);
    }

    @Test
    void anExpiredDeadlineStopsAComparisonAndAnExtractionBeforeTheyStart() {
        Deadline deadline = Deadline.after(Duration.ofMillis(1), now::get);
        now.addAndGet(Duration.ofMillis(1).toNanos());

        assertThatThrownBy(() -> engine.compare(sources(2, 1), deadline)).isInstanceOf(DeadlineExceededException.class);
        assertThatThrownBy(() -> engine.extract(sources(1, 1).get(0), deadline)).isInstanceOf(DeadlineExceededException.class);
        assertThat(extracted).isEmpty();
        assertThat(alignments).hasValue(0);
    }

    @Test
    void withTimeToSpareTheStagesRunOnceEach() {
        Report report = engine.compare(sources(3, 1), Deadline.after(Duration.ofSeconds(10), now::get));

        assertThat(report.sources()).hasSize(3);
        assertThat(extracted).containsExactly("A", "B", "C");
        assertThat(alignments).hasValue(1);
        assertThat(detections).hasValue(1);
    }

    @Test
    void theStandardEngineStopsInsideAStageNotOnlyBetweenStages() {
        // Each look at this clock takes a millisecond and the budget allows 50 looks. Between the stages
        // there are fewer than ten checks; only the checks inside them (per sentence, per row of the
        // alignment) can use up the budget.
        AtomicLong ticks = new AtomicLong();
        Deadline deadline = Deadline.after(Duration.ofMillis(50), () -> ticks.addAndGet(1_000_000));
        Parallax standard = Parallax.standard();

        assertThatThrownBy(() -> standard.compare(sources(2, 150), deadline)).isInstanceOf(DeadlineExceededException.class);
        assertThat(standard.compare(sources(2, 150), Deadline.after(Duration.ofHours(1))).claims()).hasSize(300);
    }
}
