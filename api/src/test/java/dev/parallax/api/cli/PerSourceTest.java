package dev.parallax.api.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class PerSourceTest {

    @Test
    void noValueLeavesEverySourceUnstated() {
        assertThat(PerSource.spread("--lang", List.of(), 3)).isEqualTo(Arrays.asList(null, null, null));
    }

    @Test
    void oneValueAppliesToEverySource() {
        assertThat(PerSource.spread("--lang", List.of("nb"), 3)).containsExactly("nb", "nb", "nb");
    }

    @Test
    void oneValuePerSourceAppliesInFileOrder() {
        assertThat(PerSource.spread("--lang", List.of("en", "nb", "de"), 3)).containsExactly("en", "nb", "de");
    }

    @Test
    void anyOtherCountIsRefusedNamingTheOptionAndTheCounts() {
        assertThatThrownBy(() -> PerSource.spread("--outlet", List.of("a", "b"), 3))
                .isInstanceOf(UsageException.class)
                .hasMessageContaining("--outlet was given 2 times for 3 files");
        assertThatThrownBy(() -> PerSource.spread("--lang", List.of("en", "nb", "de"), 2))
                .hasMessageContaining("--lang was given 3 times for 2 files");
    }
}
