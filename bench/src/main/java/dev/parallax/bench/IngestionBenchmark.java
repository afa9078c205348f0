package dev.parallax.bench;

import dev.parallax.core.ingest.IngestLimits;
import dev.parallax.core.ingest.IngestedSource;
import dev.parallax.core.ingest.Ingester;
import dev.parallax.core.ingest.LanguageIdentifier;
import dev.parallax.core.ingest.SentenceSegmenter;
import dev.parallax.core.ingest.SourceInput;
import dev.parallax.core.model.Span;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
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
 * Ingestion at the size limit: a saved news page of 1 MB (navigation, the article, an ad block every
 * ten paragraphs, related links every 25) from HTML to a clean, language-tagged source; the same
 * text pasted as plain text; and sentence segmentation of the result. Target: the page under 200 ms
 * warm (docs/ingestion.md records the result). {@link Memory} measures the language identifier's
 * footprint.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgs = {"-Xmx512m"})
public class IngestionBenchmark {

    private Ingester ingester;
    private SourceInput page;
    private SourceInput pasted;
    private String text;
    private SentenceSegmenter segmenter;

    @Setup
    public void setUp() {
        ingester = Ingester.standard();
        page = SourceInput.html("page.html", newsPage(IngestLimits.DEFAULT.maxCharsPerSource()));
        text = ingester.ingest(page, "A").source().text(); // loads the language model outside the measurement
        pasted = SourceInput.text("pasted.txt", text);
        segmenter = new SentenceSegmenter("en", Set.of());
    }

    @Benchmark
    public IngestedSource ingestMegabyteHtmlPage() {
        return ingester.ingest(page, "A");
    }

    @Benchmark
    public IngestedSource ingestPastedTextOfThatPage() {
        return ingester.ingest(pasted, "A");
    }

    @Benchmark
    public List<Span> segmentTextOfThatPage() {
        return segmenter.sentences(text);
    }

    /** A news page of just under {@code size} characters. */
    static String newsPage(int size) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">"
                + "<title>Floods across the valley | Meridian Post</title>"
                + "<meta property=\"og:site_name\" content=\"Meridian Post\">"
                + "<meta property=\"article:published_time\" content=\"2026-03-14T08:00:00+01:00\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":\"Floods across the valley\"}"
                + "</script></head><body><div class=\"cookie-banner\">We use cookies. <button>Accept</button></div>"
                + "<header class=\"site-header\"><nav><ul>");
        for (int i = 0; i < 40; i++) {
            page.append("<li><a href=\"/section/").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        page.append("</ul></nav></header><main><article><h1>Floods across the valley</h1>")
                .append("<p class=\"byline\">By Sam Carter</p>");
        String end = "</article><section class=\"comments\"><p>A reader wrote: terrible.</p></section></main>"
                + "<footer><p>© Meridian Post. All rights reserved.</p></footer></body></html>";
        String[] sentences = Articles.english(400, 7).split("(?<=\\.) ");
        for (int i = 0; page.length() < size - end.length() - 600; i++) {
            page.append("<p>").append(sentences[i % sentences.length]).append(' ')
                    .append(sentences[(i + 1) % sentences.length]).append("</p>");
            if (i % 10 == 0) {
                page.append("<div class=\"ad-slot\"><span>Advertisement</span><p>Cheap flights to the sun!</p></div>");
            }
            if (i % 25 == 0) {
                page.append("<aside class=\"related\"><h3>Read more</h3><ul><li><a href=\"/1\">Storm warning</a></li>")
                        .append("<li><a href=\"/2\">Rail fares rise</a></li><li><a href=\"/3\">New mayor</a></li></ul></aside>");
            }
        }
        return page.append(end).toString();
    }

    /**
     * Heap and resident memory of the language identifier: run as
     * {@code java -Xmx512m -cp ... 'dev.parallax.bench.IngestionBenchmark$Memory'}.
     */
    public static final class Memory {

        private Memory() {
        }

        public static void main(String[] args) throws Exception {
            long heapBefore = usedHeapAfterGc();
            long rssBefore = residentKb();
            long t = System.nanoTime();
            LanguageIdentifier identifier = LanguageIdentifier.shared();
            identifier.identify("Politiet fant restene av minst 35 personer i en gruvesjakt.");
            long loadMs = (System.nanoTime() - t) / 1_000_000;
            long heapAfter = usedHeapAfterGc();
            long rssAfter = residentKb();
            Ingester ingester = Ingester.standard();
            SourceInput page = SourceInput.html("page.html", newsPage(IngestLimits.DEFAULT.maxCharsPerSource()));
            for (int i = 0; i < 50; i++) {
                ingester.ingest(page, "A");
            }
            System.out.printf("language model: load %d ms, retained heap %.1f MB, RSS growth %.1f MB%n", loadMs,
                    (heapAfter - heapBefore) / 1e6, (rssAfter - rssBefore) / 1e3);
            System.out.printf("after 50 ingestions of a 1 MB page: heap in use %.1f MB, RSS %.1f MB, peak RSS %.1f MB%n",
                    usedHeapAfterGc() / 1e6, residentKb() / 1e3, peakResidentKb() / 1e3);
        }

        private static long usedHeapAfterGc() throws InterruptedException {
            for (int i = 0; i < 3; i++) {
                System.gc();
                Thread.sleep(100);
            }
            return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
        }

        private static long residentKb() throws java.io.IOException {
            return status("VmRSS:");
        }

        private static long peakResidentKb() throws java.io.IOException {
            return status("VmHWM:");
        }

        private static long status(String key) throws java.io.IOException {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith(key)) {
                    return Long.parseLong(line.replaceAll("[^0-9]", ""));
                }
            }
            return -1;
        }
    }
}
