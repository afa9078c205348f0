package dev.parallax.translate.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.extract.RuleBasedClaimExtractor;
import dev.parallax.core.lang.Language;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class AlignmentEvaluationTest {

    private static Path corpus() throws URISyntaxException {
        return Path.of(AlignmentEvaluationTest.class.getResource("/parallel").toURI());
    }

    private final AlignmentEvaluation evaluation = new AlignmentEvaluation(new RuleBasedClaimExtractor(true), 7);

    @Test
    void findsBothCorpusLayouts() throws Exception {
        List<ParallelText> texts = ParallelCorpus.discover(corpus());
        assertThat(texts).extracting(ParallelText::language).containsExactly(Language.NORWEGIAN_BOKMAL, Language.GERMAN);
        assertThat(texts.get(0).hasDocuments()).isTrue();
        assertThat(texts.get(0).english()).hasSize(9);
        assertThat(texts.get(1).hasDocuments()).isFalse();
    }

    @Test
    void alignsShuffledTranslatedNewsBackToItsCounterparts() throws Exception {
        AlignmentScore score = evaluation.evaluate(ParallelCorpus.discover(corpus()).get(0), 0);
        assertThat(score.gold()).isEqualTo(9);
        assertThat(score.predicted()).isLessThanOrEqualTo(9);
        assertThat(score.precision()).isGreaterThanOrEqualTo(0.85);
        assertThat(score.recall()).isGreaterThanOrEqualTo(0.75);
        assertThat(score.anchoredGold()).isBetween(5, 9);
        assertThat(score.anchoredF1()).isGreaterThanOrEqualTo(score.f1() - 0.2);
    }

    @Test
    void retrievalFindsTheTranslationOfIndependentSentences() throws Exception {
        AlignmentScore score = evaluation.evaluate(ParallelCorpus.discover(corpus()).get(1), 0);
        assertThat(score.gold()).isEqualTo(5);
        assertThat(score.retrievalAccuracy()).isGreaterThanOrEqualTo(0.8);
    }

    @Test
    void theSameSeedGivesTheSameScoreAndALimitReadsFewerLines() throws Exception {
        ParallelText news = ParallelCorpus.discover(corpus()).get(0);
        assertThat(evaluation.evaluate(news, 0)).isEqualTo(new AlignmentEvaluation(new RuleBasedClaimExtractor(true), 7)
                .evaluate(news, 0));
        assertThat(evaluation.evaluate(news, 5).gold()).isEqualTo(5);
    }

    @Test
    void misalignedFilesAreRefused() {
        assertThatThrownBy(() -> new ParallelText("x", Language.GERMAN, List.of("a", "b"), List.of("a"), null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 English lines but 1");
        assertThatThrownBy(() -> ParallelCorpus.discover(Path.of("no-such-dir")))
                .hasMessageContaining("not a directory");
    }
}
