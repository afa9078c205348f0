package dev.parallax.bench;

import dev.parallax.core.ingest.SourceInput;
import dev.parallax.verify.Parallax;
import dev.parallax.verify.Report;
import java.time.LocalDate;
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
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * End to end: two 1,000-word articles, English and Norwegian, from text to report (issue 6's target:
 * under 50 ms warm, and at least 200 pairs per second on two cores).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ComparisonBenchmark {

    private Parallax engine;
    private List<SourceInput> pair;

    @Setup
    public void setUp() {
        engine = Parallax.standard();
        LocalDate day = LocalDate.of(2026, 3, 14);
        pair = List.of(
                SourceInput.text("en", Articles.english(1000, 1)).withMetadata("en", "Wire", day, null),
                SourceInput.text("nb", Articles.norwegian(1000, 2)).withMetadata("nb", "Avis", day, null));
        engine.compare(pair); // loads language data outside the measurement
    }

    @Benchmark
    public Report compareTwoThousandWordArticles() {
        return engine.compare(pair);
    }

    /** Issue 6's throughput target: pairs compared per second with two threads on two cores. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Threads(2)
    public Report pairsPerSecondOnTwoThreads() {
        return engine.compare(pair);
    }
}
