package dev.parallax.verify.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.translate.eval.ParallelCorpus;
import dev.parallax.translate.eval.ParallelText;
import dev.parallax.verify.Parallax;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PerturbationEvaluationTest {

    private static ParallelText news() throws Exception {
        return ParallelCorpus.discover(Path.of(PerturbationEvaluationTest.class.getResource("/parallel").toURI())).get(0);
    }

    @Test
    void aCleanTranslationRaisesNoAlarmAndChangesAreFound() throws Exception {
        PerturbationScore score = new PerturbationEvaluation(Parallax.standard(), 3).evaluate(news(), 0);
        assertThat(score.pairs()).isEqualTo(2);
        assertThat(score.falseAlarmsPerPair()).isZero();
        assertThat(score.trials(Perturbation.NUMBER)).isEqualTo(2);
        assertThat(score.successRate(Perturbation.NUMBER)).isEqualTo(1.0);
        assertThat(score.trials(Perturbation.DATE)).isEqualTo(2);
        assertThat(score.successRate(Perturbation.DATE)).isEqualTo(1.0);
        assertThat(score.successRate(Perturbation.VARIANT)).isEqualTo(1.0);
        assertThat(score.trials(Perturbation.DELETE)).isEqualTo(2);
    }

    @Test
    void respellingChangesOneLetterGroup() {
        assertThat(PerturbationEvaluation.respell("Lise Dahl")).isEqualTo("Lyse Dahl");
        assertThat(PerturbationEvaluation.respell("Brekke")).isEqualTo("Brecke");
    }

    @Test
    void theSameSeedGivesTheSameResult() throws Exception {
        PerturbationScore a = new PerturbationEvaluation(Parallax.standard(), 9).evaluate(news(), 1);
        PerturbationScore b = new PerturbationEvaluation(Parallax.standard(), 9).evaluate(news(), 1);
        assertThat(a.pairs()).isEqualTo(1);
        for (Perturbation p : Perturbation.values()) {
            assertThat(a.successRate(p)).isEqualTo(b.successRate(p));
            assertThat(a.trials(p)).isEqualTo(b.trials(p));
        }
    }
}
