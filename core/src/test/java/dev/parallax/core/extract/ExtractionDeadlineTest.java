package dev.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.budget.Deadline;
import dev.parallax.core.budget.DeadlineExceededException;
import dev.parallax.core.model.Source;
import java.time.Duration;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ExtractionDeadlineTest {

    private static final int SENTENCES = 200;

    private final RuleBasedClaimExtractor extractor = new RuleBasedClaimExtractor();

    private static Source longArticle() {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= SENTENCES; i++) {
            text.append("Police said ").append(i).append(" homes were damaged in Brekkvik on Thursday. ");
        }
        return new Source("A", null, "en", LocalDate.of(2025, 11, 14), null, text.toString());
    }

    @Test
    void aDeadlineThatPassesHalfwayStopsTheExtractionAtTheNextSentence() {
        // Every look at this clock takes a millisecond: the budget runs out after 50 of the sentences.
        AtomicLong now = new AtomicLong();
        Deadline deadline = Deadline.after(Duration.ofMillis(50), () -> now.addAndGet(1_000_000));

        assertThatThrownBy(() -> extractor.extract(longArticle(), deadline)).isInstanceOf(DeadlineExceededException.class);
        assertThat(now.get()).isLessThan(Duration.ofMillis(SENTENCES).toNanos());
    }

    @Test
    void withTimeToSpareTheClaimsAreThoseOfThePlainExtraction() {
        Source article = longArticle();

        assertThat(extractor.extract(article, Deadline.after(Duration.ofHours(1))))
                .hasSize(SENTENCES)
                .isEqualTo(extractor.extract(article));
    }
}
