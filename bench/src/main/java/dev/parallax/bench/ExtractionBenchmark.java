package dev.parallax.bench;

import dev.parallax.core.extract.RuleBasedClaimExtractor;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Claim extraction alone (issue 4's target: a 5,000-word article under 50 ms warm), English and
 * Norwegian: sentence splitting, tokenising, stemming, times, quantities, names, attributions.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ExtractionBenchmark {

    @Param({"en", "nb"})
    public String language;

    private RuleBasedClaimExtractor extractor;
    private Source article;

    @Setup
    public void setUp() {
        extractor = new RuleBasedClaimExtractor();
        String text = language.equals("en") ? Articles.english(5000, 7) : Articles.norwegian(5000, 7);
        article = new Source("A", "Wire", language, LocalDate.of(2026, 3, 14), null, text);
        extractor.extract(article); // loads the language data outside the measurement
    }

    @Benchmark
    public List<Claim> extractFiveThousandWords() {
        return extractor.extract(article);
    }
}
