package dev.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sources written as JSON, as the web API takes them, and files that hold many. */
class JsonSourcesTest {

    private final SourceReader reader = new SourceReader(IngestLimits.DEFAULT);

    private List<SourceInput> decodeAll(String json, String name) {
        return reader.decodeAll(json.getBytes(StandardCharsets.UTF_8), name);
    }

    private static InvalidSourceException problem(Runnable r) {
        try {
            r.run();
        } catch (InvalidSourceException e) {
            return e;
        }
        throw new AssertionError("no InvalidSourceException");
    }

    @Test
    void aSourceObjectsFieldsAreStatedMetadata() {
        SourceInput input = reader.read(Fixtures.path("json/single.json"));
        assertThat(input.format()).isEqualTo(SourceFormat.TEXT);
        assertThat(input.language()).isEqualTo("nb");
        assertThat(input.outlet()).isEqualTo("Fjordavisa");
        assertThat(input.published()).isEqualTo(LocalDate.of(2017, 10, 21));
        assertThat(input.title()).isEqualTo("Jordskred i Sørvik");
        assertThat(input.name()).endsWith("single.json (report-nb)");
        assertThat(input.content()).startsWith("Rundt 40 personer");
    }

    @Test
    void jsonLinesHoldManySourcesNamedByTheirLine() {
        List<SourceInput> inputs = reader.readAll(Fixtures.path("json/many.jsonl"));
        assertThat(inputs).hasSize(3);
        assertThat(inputs).extracting(i -> i.name().substring(i.name().lastIndexOf(':') + 1))
                .containsExactly("1", "2", "4");
        assertThat(inputs.get(1).format()).isEqualTo(SourceFormat.HTML);
        assertThat(inputs.get(2).published()).isEqualTo(LocalDate.of(2023, 10, 24));

        Ingester ingester = Ingester.standard();
        assertThat(ingester.ingest(inputs.get(0), "A").source().language()).isEqualTo("en");
        IngestedSource german = ingester.ingest(inputs.get(1), "B");
        assertThat(german.source().language()).isEqualTo("de");
        assertThat(german.source().title()).isEqualTo("Hochwasser an der Mosel");
        assertThat(german.source().text()).contains("7,4 Meter");
    }

    @Test
    void anApiRequestBodyAndAnArrayAreListsOfSources() {
        List<SourceInput> request = reader.readAll(Fixtures.path("json/request.json"));
        assertThat(request).extracting(SourceInput::name).allSatisfy(n -> assertThat(n).matches(".*request\\.json\\[[01]\\]"));
        assertThat(request.get(1).language()).isEqualTo("uk");

        List<SourceInput> array = decodeAll("[{\"text\": \"Ein Text.\"}, {\"html\": \"<p>Zwei</p>\"}]", "sources");
        assertThat(array).extracting(SourceInput::name).containsExactly("sources[0]", "sources[1]");
        assertThat(array).extracting(SourceInput::format).containsExactly(SourceFormat.TEXT, SourceFormat.HTML);
    }

    @Test
    void aJsonObjectIsRecognisedByItsContentWithoutAFileName() {
        List<SourceInput> inputs = decodeAll("  {\"text\": \"Vann i kjelleren.\", \"language\": \"nb\"}", "stdin");
        assertThat(inputs).singleElement().satisfies(i -> assertThat(i.language()).isEqualTo("nb"));
        assertThat(decodeAll("[Oppdatert] Vann i kjelleren etter storm.", "stdin")).singleElement()
                .satisfies(i -> assertThat(i.content()).startsWith("[Oppdatert]"));
    }

    @Test
    void readingOneSourceFromAFileOfManySaysSo() {
        InvalidSourceException e = problem(() -> reader.read(Fixtures.path("json/many.jsonl")));
        assertThat(e.problem()).isEqualTo(InputProblem.MULTIPLE_SOURCES);
        assertThat(e.getMessage()).contains("holds 3 sources");
    }

    @Test
    void syntaxErrorsNameTheLineAndColumn() {
        InvalidSourceException e = problem(() -> decodeAll("{\"text\": \"a\"}\n{\"text\": \"b\",}\n", "batch.jsonl"));
        assertThat(e.problem()).isEqualTo(InputProblem.MALFORMED_JSON);
        assertThat(e.sourceName()).isEqualTo("batch.jsonl");
        assertThat(e.getMessage()).contains("not valid JSON").contains("line 2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "{\"text\": 42} | MALFORMED_JSON | \"text\" must be a string",
        "{\"text\": \"a\", \"html\": \"<p>b</p>\"} | MALFORMED_JSON | both \"text\" and \"html\"",
        "{\"body\": \"a\", \"lang\": \"en\"} | EMPTY | fields found: body, lang",
        "{\"text\": \"   \"} | EMPTY | empty \"text\"",
        "{\"text\": \"a\", \"published\": \"yesterday\"} | BAD_METADATA | is not a date",
        "{\"text\": \"a\", \"language\": \"en_US_x!\"} | BAD_METADATA | not a language code",
        "{\"text\": \"a\", \"text\": \"b\"} | MALFORMED_JSON | Duplicate field",
        "[1, 2] | MALFORMED_JSON | not a source object",
        "[] | EMPTY | empty list",
        "{\"sources\": []} | EMPTY | empty list"})
    void badSourceObjectsGetTheirOwnMessage(String json, InputProblem expected, String message) {
        InvalidSourceException e = problem(() -> decodeAll(json, "request.json"));
        assertThat(e.problem()).isEqualTo(expected);
        assertThat(e.getMessage()).contains(message).startsWith("request.json");
    }

    @Test
    void tooManySourcesAreRefusedBeforeAnyIsRead() {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < 21; i++) {
            lines.append("{\"text\": \"Kilde ").append(i).append(".\"}\n");
        }
        InvalidSourceException e = problem(() -> decodeAll(lines.toString(), "many.jsonl"));
        assertThat(e.problem()).isEqualTo(InputProblem.TOO_MANY_SOURCES);
        assertThat(e.getMessage()).contains("21 sources").contains("at most 20");
    }

    @Test
    void aTextLongerThanTheLimitIsRefusedNamingTheSource() {
        SourceReader small = new SourceReader(new IngestLimits(50, 20));
        String json = "[{\"text\": \"short\"}, {\"text\": \"" + "x".repeat(60) + "\"}]";
        InvalidSourceException e = problem(() -> small.decodeAll(json.getBytes(StandardCharsets.UTF_8), "big.json"));
        assertThat(e.problem()).isEqualTo(InputProblem.TOO_LARGE);
        assertThat(e.sourceName()).isEqualTo("big.json[1]");
        assertThat(e.getMessage()).contains("60 characters").contains("limit is 50");
    }

    @Test
    void deeplyNestedJsonIsRefusedNotFollowed() {
        String nested = "[".repeat(5000) + "]".repeat(5000);
        InvalidSourceException e = problem(() -> decodeAll(nested, "deep.json"));
        assertThat(e.problem()).isEqualTo(InputProblem.MALFORMED_JSON);
    }

    @Test
    void aMalformedFileNamedJsonIsNotTakenForText() {
        assertThatThrownBy(() -> decodeAll("Dette er ikke JSON.", "notes.json"))
                .isInstanceOfSatisfying(InvalidSourceException.class,
                        e -> assertThat(e.problem()).isEqualTo(InputProblem.MALFORMED_JSON));
    }
}
