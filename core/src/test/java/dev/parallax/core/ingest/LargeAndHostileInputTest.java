package dev.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.model.Source;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Input at the size limit and input built to hurt: a megabyte news page, deep nesting, a megabyte
 * without a space, a wall of fake datelines. Each must end quickly in a source or a clear refusal,
 * never in a stack overflow or a regular expression that runs for minutes.
 */
class LargeAndHostileInputTest {

    private final Ingester ingester = Ingester.standard();

    /** A news page of about {@code size} characters: navigation, the article, ads and related links every few paragraphs. */
    static String newsPage(int size) {
        StringBuilder page = new StringBuilder("<!DOCTYPE html><html lang=\"en\"><head><title>Flood | Meridian Post</title>"
                + "<meta property=\"og:site_name\" content=\"Meridian Post\"></head><body><nav><ul>");
        for (int i = 0; i < 40; i++) {
            page.append("<li><a href=\"/s/").append(i).append("\">Section ").append(i).append("</a></li>");
        }
        page.append("</ul></nav><main><article><h1>Flood</h1>");
        String end = "</article></main><footer>Meridian Post</footer></body></html>";
        for (int i = 0; page.length() < size - end.length() - 400; i++) {
            page.append("<p>Update ").append(i).append(": Floodwaters forced about 2,300 residents of Carrow Bridge to ")
                    .append("leave their homes, the fire service said. Dr. Helen Marsh said 14 people were treated.</p>");
            if (i % 10 == 0) {
                page.append("<div class=\"ad-slot\"><span>Advertisement</span><p>Cheap flights now!</p></div>");
            }
            if (i % 25 == 0) {
                page.append("<ul class=\"related\"><li><a href=\"/1\">One</a></li><li><a href=\"/2\">Two</a></li>")
                        .append("<li><a href=\"/3\">Three</a></li></ul>");
            }
        }
        return page.append(end).toString();
    }

    @Test
    @Timeout(20)
    void aMegabytePageIsIngestedWholeAndCleaned() {
        String html = newsPage(IngestLimits.DEFAULT.maxCharsPerSource());
        assertThat(html.length()).isLessThanOrEqualTo(IngestLimits.DEFAULT.maxCharsPerSource()).isGreaterThan(990_000);
        Source source = ingester.ingest(SourceInput.html("big.html", html), "A").source();
        assertThat(source.text()).startsWith("Flood\n\nUpdate 0: Floodwaters").doesNotContain("Cheap flights")
                .doesNotContain("Section 3").contains("Update 4000:");
        assertThat(source.language()).isEqualTo("en");
    }

    @Test
    @Timeout(20)
    void deepNestingDoesNotOverflowTheStack() {
        int depth = 20_000;
        String html = "<html><body>" + "<div>".repeat(depth) + "<p>Politiet fant 35 personer i gruvesjakten i natt.</p>"
                + "</div>".repeat(depth) + "</body></html>";
        Source source = ingester.ingest(SourceInput.html("deep.html", html), "A").source();
        assertThat(source.text()).contains("Politiet fant 35 personer");
    }

    @Test
    @Timeout(20)
    void aMegabyteWithoutSpacesOrPunctuation() {
        String text = "a".repeat(IngestLimits.DEFAULT.maxCharsPerSource());
        IngestedSource s = ingester.ingest(SourceInput.text("flat.txt", text), "A");
        assertThat(s.source().text()).hasSize(text.length());
        assertThat(new SentenceSegmenter("en", java.util.Set.of()).sentences(s.source().text())).hasSize(1);
    }

    @Test
    @Timeout(20)
    void aWallOfDatelineLookalikesEndsQuickly() {
        String text = ("OSLO (NTB) – BEIRUT, Oct 23 (Reuters) - ((( ").repeat(20_000) + "\n" + "ANNONSE ".repeat(10_000);
        long start = System.nanoTime();
        IngestedSource s = ingester.ingest(SourceInput.text("wall.txt", text), "A");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
        assertThat(s.dateline()).hasValueSatisfying(d -> assertThat(d.place()).isEqualTo("OSLO"));
    }

    @Test
    @Timeout(20)
    void aMegabyteOfTagsWithoutText() {
        String html = "<html><body>" + "<div class=\"ad\"><span></span></div>".repeat(25_000) + "</body></html>";
        try {
            ingester.ingest(SourceInput.html("tags.html", html), "A");
            throw new AssertionError("a page without text was accepted");
        } catch (InvalidSourceException e) {
            assertThat(e.problem()).isEqualTo(InputProblem.NO_ARTICLE_TEXT);
        }
    }
}
