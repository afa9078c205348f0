package dev.parallax.verify.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.ingest.SourceInput;
import dev.parallax.verify.Parallax;
import dev.parallax.verify.Report;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    private static Report report;

    @BeforeAll
    static void compare() {
        LocalDate day = LocalDate.of(2026, 3, 14);
        report = Parallax.standard().compare(List.of(
                SourceInput.text("en.txt", """
                        Police said 17 homes were destroyed in Ovre Fossli on Thursday.

                        Mayor Arne Tveita said <b>230</b> residents & their pets were evacuated.
                        About 40 soldiers were sent to help.""").withMetadata("en", "Wire", day, "Slide"),
                SourceInput.text("nb.txt", """
                        Ifølge politiet ble 15 hus ødelagt i Øvre Fossli i går.
                        Ordfører Arne Tveitå sier at 230 innbyggere er evakuert.""")
                        .withMetadata("nb", "Avis", day.minusDays(1), null)));
        assertThat(report.findings()).isNotEmpty();
    }

    @Test
    void jsonFollowsTheContractAndEverySpanSelectsItsText() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonReportWriter.write(report));
        assertThat(json.get("schema").asText()).isEqualTo("parallax-report/1");
        Map<String, String> texts = new HashMap<>();
        for (JsonNode s : json.get("sources")) {
            texts.put(s.get("id").asText(), s.get("text").asText());
        }
        assertThat(texts).containsOnlyKeys("A", "B");
        assertThat(json.get("sources").get(0).get("published").asText()).isEqualTo("2026-03-14");
        assertThat(json.get("sources").get(1).get("title").isNull()).isTrue();

        List<JsonNode> spans = new ArrayList<>();
        for (JsonNode claim : json.get("claims")) {
            String text = texts.get(claim.get("source").asText());
            assertSpan(text, claim);
            for (String slot : List.of("quantities", "times", "entities")) {
                claim.get(slot).forEach(span -> assertSpan(text, span));
                claim.get(slot).forEach(spans::add);
            }
            if (!claim.get("attribution").isNull()) {
                assertSpan(text, claim.get("attribution"));
            }
        }
        assertThat(spans).isNotEmpty();
        for (JsonNode finding : json.get("findings")) {
            assertThat(finding.get("severity").asDouble()).isBetween(0.0, 1.0);
            for (JsonNode e : finding.get("evidence")) {
                assertSpan(texts.get(e.get("source").asText()), e);
            }
        }
        int counted = 0;
        for (JsonNode n : json.get("summary").get("counts")) {
            counted += n.asInt();
        }
        assertThat(counted).isEqualTo(json.get("findings").size());
    }

    private static void assertSpan(String text, JsonNode span) {
        int start = span.get("start").asInt();
        int end = span.get("end").asInt();
        assertThat(text.substring(start, end)).isEqualTo(span.get("text").asText());
    }

    @Test
    void textHasNoEscapeCodesUnlessColourIsAsked() {
        String plain = ReportFormat.TEXT.render(report, false);
        assertThat(plain).doesNotContain("\u001B[").contains("NUMBER_CONFLICT", "Wire", "Avis");
        assertThat(ReportFormat.TEXT.render(report, true)).contains("\u001B[");
    }

    @Test
    void htmlEscapesTheSourcesAndLinksEveryHighlight() {
        String html = ReportFormat.HTML.render(report, false);
        assertThat(html).startsWith("<!DOCTYPE html>").contains("&lt;b&gt;230&lt;/b&gt;", "&amp;")
                .doesNotContain("<b>230</b>");
        int marks = html.split("<mark ", -1).length - 1;
        long evidence = report.findings().stream().mapToLong(f -> f.evidence().size()).sum();
        assertThat(marks).isPositive().isLessThanOrEqualTo((int) evidence);
        assertThat(html).contains("href=\"#finding-1\"", "id=\"finding-1\"");
    }

    @Test
    void markdownIsATableWithEscapedCells() {
        String md = ReportFormat.MARKDOWN.render(report, false);
        assertThat(md).startsWith("# Parallax report").contains("| # | severity | type |")
                .contains("\\<b\\>230\\</b\\>");
    }

    @Test
    void withThreeSourcesEveryFormatShowsWhatEachSourceSaysPerSharedClaim() {
        LocalDate day = LocalDate.of(2026, 3, 12);
        Report three = Parallax.standard().compare(List.of(
                SourceInput.text("en", "Twelve people were treated in hospital, the fire service said.")
                        .withMetadata("en", "Wire", day.plusDays(1), null),
                SourceInput.text("de", "Laut Feuerwehr wurden 12 Menschen im Krankenhaus behandelt.")
                        .withMetadata("de", "Kurier", day, null),
                SourceInput.text("fr", "Selon les pompiers, 14 personnes ont été soignées à l'hôpital.")
                        .withMetadata("fr", "Courrier", day, null)));
        String text = ReportFormat.TEXT.render(three, false);
        assertThat(text).contains("Shared claims", "A (2026-03-13): Twelve (fire service)",
                "B (2026-03-12): 12 (Feuerwehr)", "C (2026-03-12): 14 (pompiers)");
        assertThat(ReportFormat.MARKDOWN.render(three, false)).contains("## Shared claims", "| A (2026-03-13) |");
        assertThat(ReportFormat.HTML.render(three, false)).contains("<table class=\"matrix\">", "<td>14 (pompiers)</td>");
        assertThat(ReportFormat.TEXT.render(report, false)).doesNotContain("Shared claims");
    }

    @Test
    void formatsAreNamedCaseInsensitively() {
        assertThat(ReportFormat.named("JSON")).contains(ReportFormat.JSON);
        assertThat(ReportFormat.named("md")).contains(ReportFormat.MARKDOWN);
        assertThat(ReportFormat.named("pdf")).isEmpty();
    }
}
