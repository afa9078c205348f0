package dev.parallax.translate.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.lang.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class LexiconCoverageTest {

    @Test
    void countsContentWordsAndThoseTheLexiconKnows() {
        // Known news words: killed, people, village, police, said. Not known: violin, playing.
        // Function words (in, the, of, a), the figure and the name Brekke are not content words.
        LexiconCoverage.Coverage c = LexiconCoverage.of(
                List.of("Gunmen killed 12 people in the village of Brekke, police said, playing a violin."), Language.ENGLISH);
        assertThat(c.contentWords()).isGreaterThanOrEqualTo(6);
        assertThat(c.covered()).isLessThan(c.contentWords());
        assertThat(c.covered()).isGreaterThanOrEqualTo(5);
        assertThat(c.share()).isBetween(0.0, 1.0);
    }

    @Test
    void namesAndNumbersAreNotContentWords() {
        LexiconCoverage.Coverage c = LexiconCoverage.of(List.of("Hello Brekke 12 Oslo"), Language.ENGLISH);
        assertThat(c.contentWords()).isEqualTo(1); // "Hello" opens the sentence, Brekke and Oslo are names
        assertThat(new LexiconCoverage.Coverage(0, 0).share()).isZero();
    }
}
