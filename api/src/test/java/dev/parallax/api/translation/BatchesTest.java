package dev.parallax.api.translation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class BatchesTest {

    @Test
    void aBatchEndsAtTheTextLimitOrTheByteLimitWhicheverComesFirst() {
        assertThat(Batches.of(List.of("a", "b", "c"), 2, 100)).containsExactly(List.of("a", "b"), List.of("c"));
        // "ø" is two bytes in UTF-8: two of them fill a 4-byte batch.
        assertThat(Batches.of(List.of("øø", "ø", "a"), 10, 4)).containsExactly(List.of("øø"), List.of("ø", "a"));
    }

    @Test
    void aTextLargerThanTheByteLimitIsSentAloneRatherThanDropped() {
        assertThat(Batches.of(List.of("a", "abcdef", "b"), 10, 3)).containsExactly(List.of("a"), List.of("abcdef"), List.of("b"));
        assertThat(Batches.of(List.of(), 10, 3)).isEmpty();
    }
}
