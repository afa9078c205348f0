package dev.parallax.bench;

import dev.parallax.core.extract.RuleBasedClaimExtractor;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Source;
import dev.parallax.translate.Alignment;
import dev.parallax.translate.OfflineClaimAligner;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Alignment alone (issue 5's target: the claims of two 1,000-word articles under 20 ms warm):
 * claim similarity for every claim pair and the one-to-one assignment, on claims extracted
 * beforehand from an English and a Norwegian article.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class AlignmentBenchmark {

    private OfflineClaimAligner aligner;
    private List<Source> sources;
    private List<Claim> claims;

    @Setup
    public void setUp() {
        LocalDate day = LocalDate.of(2026, 3, 14);
        sources = List.of(
                new Source("A", "Wire", "en", day, null, Articles.english(1000, 1)),
                new Source("B", "Avis", "nb", day, null, Articles.norwegian(1000, 2)));
        RuleBasedClaimExtractor extractor = new RuleBasedClaimExtractor();
        claims = new ArrayList<>();
        sources.forEach(s -> claims.addAll(extractor.extract(s)));
        aligner = new OfflineClaimAligner();
    }

    @Benchmark
    public List<Alignment> alignTwoThousandWordArticles() {
        return aligner.align(sources, claims);
    }
}
