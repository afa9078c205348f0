package dev.parallax.translate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.budget.Deadline;
import dev.parallax.core.budget.DeadlineExceededException;
import dev.parallax.core.extract.RuleBasedClaimExtractor;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class AlignmentDeadlineTest {

    private static final int CLAIMS = 60;
    private static final LocalDate DAY = LocalDate.of(2025, 11, 14);

    private final RuleBasedClaimExtractor extractor = new RuleBasedClaimExtractor();

    private static Source source(String id, String language, String sentence) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= CLAIMS; i++) {
            text.append(sentence.formatted(i)).append(' ');
        }
        return new Source(id, null, language, DAY, null, text.toString());
    }

    private final List<Source> sources = List.of(
            source("A", "en", "Police said %d homes were damaged in Brekkvik."),
            source("B", "nb", "Politiet sier at %d boliger ble skadet i Brekkvik."));

    private List<Claim> claims() {
        List<Claim> claims = new ArrayList<>();
        sources.forEach(s -> claims.addAll(extractor.extract(s)));
        return claims;
    }

    @Test
    void aDeadlineThatPassesWhileOnePairIsAlignedStopsTheAlignment() {
        List<Claim> claims = claims();
        // One pair of sources, so only checks inside the pair can stop it: each look at the clock takes
        // a millisecond, and the budget runs out after 20 of the 60 rows.
        AtomicLong now = new AtomicLong();
        Deadline deadline = Deadline.after(Duration.ofMillis(20), () -> now.addAndGet(1_000_000));

        assertThatThrownBy(() -> new OfflineClaimAligner().align(sources, claims, deadline))
                .isInstanceOf(DeadlineExceededException.class);
    }

    @Test
    void theAssignmentStopsWhenTheDeadlinePassesMidway() {
        double[][] score = new double[CLAIMS][CLAIMS];
        AtomicLong now = new AtomicLong();
        Deadline deadline = Deadline.after(Duration.ofMillis(CLAIMS / 2), () -> now.addAndGet(1_000_000));

        assertThatThrownBy(() -> Assignment.maximise(score, 0.2, deadline)).isInstanceOf(DeadlineExceededException.class);
    }

    @Test
    void withTimeToSpareTheAlignmentsAreThoseOfThePlainAlignment() {
        List<Claim> claims = claims();
        OfflineClaimAligner aligner = new OfflineClaimAligner();

        List<Alignment> plain = aligner.align(sources, claims);
        assertThat(plain).hasSize(CLAIMS);
        assertThat(aligner.align(sources, claims, Deadline.after(Duration.ofHours(1)))).isEqualTo(plain);
    }
}
