package dev.parallax.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.core.model.Attribution;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.DurationExpression;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.EntityType;
import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.Qualifier;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Source;
import dev.parallax.core.model.Span;
import dev.parallax.core.model.TimeExpression;
import dev.parallax.translate.Alignment;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.Finding;
import dev.parallax.verify.FindingType;
import dev.parallax.verify.Report;
import dev.parallax.verify.report.JsonReportWriter;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The published schema against the writer, with every field of the contract filled in (and every
 * nullable one left null), since the engine's current output does not yet exercise all of them.
 */
class ReportSchemaTest {

    private static final String EN = "Police said at least 14 people were hurt in Marsby in May 2024.";
    private static final String NB = "Elleve personer ble skadd i Marsby, ifølge brannvesenet.";

    @Test
    void aReportWithEverySlotFilledKeepsTheContract() {
        ReportContract.assertKeptBy(JsonReportWriter.write(fullReport()));
    }

    @Test
    void aReportWithEveryNullableFieldNullKeepsTheContract() {
        Source a = new Source("A", null, null, null, null, EN);
        Source b = new Source("B", null, "nb", null, null, NB);
        Claim claim = new Claim("A1", "A", a.span(0, EN.length()), null,
                List.of(new Quantity(a.span(12, 23), 14.0, null, Qualifier.AT_LEAST, 14, null, null, null)),
                List.of(new TimeExpression(a.span(54, 62), null, null, Granularity.MONTH, true)),
                List.of(), List.of(), null, List.of());
        Finding omission = new Finding(FindingType.OMISSION, 0.3, "Only A says when it happened.", List.of("A1"),
                List.of(new Evidence("A", a.span(54, 62))));
        String json = JsonReportWriter.write(new Report(List.of(a, b), List.of(claim), List.of(), List.of(omission), List.of()));

        ReportContract.assertKeptBy(json);
    }

    @Test
    void theSchemaRefusesWhatTheWriterNeverWrites() {
        JsonNode valid = ReportContract.parse(JsonReportWriter.write(fullReport()));

        ObjectNode extraField = valid.deepCopy();
        extraField.put("verdict", "B is right");
        ObjectNode unknownType = valid.deepCopy();
        ((ObjectNode) unknownType.path("findings").get(0)).put("type", "CONTRADICTION");
        ObjectNode badQualifier = valid.deepCopy();
        ((ObjectNode) badQualifier.path("claims").get(0).path("quantities").get(0)).put("qualifier", "ROUGHLY");
        ObjectNode severityOutOfRange = valid.deepCopy();
        ((ObjectNode) severityOutOfRange.path("findings").get(0)).put("severity", 1.5);
        ObjectNode badDate = valid.deepCopy();
        ((ObjectNode) badDate.path("sources").get(0)).put("published", "23.10.2017");
        ObjectNode wrongVersion = valid.deepCopy();
        wrongVersion.put("schema", "parallax-report/2");

        for (ObjectNode broken : List.of(extraField, unknownType, badQualifier, severityOutOfRange, badDate, wrongVersion)) {
            assertThat(ReportContract.schemaViolations(broken)).as(broken.toString()).isNotEmpty();
        }
    }

    @Test
    void aSpanWhoseTextIsNotItsSliceIsCaught() {
        ObjectNode report = ReportContract.parse(JsonReportWriter.write(fullReport())).deepCopy();
        ((ObjectNode) report.path("findings").get(0).path("evidence").get(0)).put("start", 0);

        assertThat(ReportContract.schemaViolations(report)).isEmpty();
        assertThat(ReportContract.referenceProblems(report)).singleElement().asString().contains("evidence");
    }

    private static Report fullReport() {
        Source a = new Source("A", "Marsby Tidende", "en", LocalDate.of(2024, 5, 5), "Footbridge collapses", EN);
        Source b = new Source("B", "Marsby Avis", "nb", LocalDate.of(2024, 5, 5), "Gangbru kollapset", NB);
        Span fourteen = a.span(12, 23);
        Span eleven = b.span(0, 6);
        Claim ca = new Claim("A1", "A", a.span(0, EN.length()), "INJURE",
                List.of(new Quantity(fourteen, 14.0, null, Qualifier.AT_LEAST, 14, "PERSON", null, "DIE")),
                List.of(new TimeExpression(a.span(54, 62), LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31),
                        Granularity.MONTH, false)),
                List.of(new DurationExpression(a.span(54, 62), 3.0, 3.0, Qualifier.EXACT, ChronoUnit.WEEKS)),
                List.of(new EntityMention(a.span(44, 50), "marsby", EntityType.PLACE)),
                new Attribution(a.span(0, 11), "Police", "POLICE"), List.of("INJURE", "PERSON"));
        Claim cb = new Claim("B1", "B", b.span(0, NB.length()), "INJURE",
                List.of(new Quantity(eleven, 11.0, 11.0, Qualifier.EXACT, 11, "PERSON", null, "INJURE")), List.of(),
                List.of(), List.of(new EntityMention(b.span(28, 34), "marsby", EntityType.PLACE)),
                new Attribution(b.span(36, 55), "brannvesenet", "FIRE_SERVICE"), List.of("INJURE", "PERSON"));
        Alignment alignment = new Alignment(List.of(ca, cb), 0.83, List.of());
        Finding conflict = new Finding(FindingType.NUMBER_CONFLICT, 0.6,
                "A says at least 14 were hurt (police); B says 11 (fire service).", List.of("A1", "B1"),
                List.of(new Evidence("A", fourteen), new Evidence("B", eleven)));
        return new Report(List.of(a, b), List.of(ca, cb), List.of(alignment), List.of(conflict),
                List.of("B: language guessed with low confidence"));
    }
}
