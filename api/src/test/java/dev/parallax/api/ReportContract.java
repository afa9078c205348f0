package dev.parallax.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a report against the parallax-report/1 contract: the JSON Schema the project publishes, and
 * what a schema cannot say (every span's text is the slice of its source it claims to be; every id
 * referred to exists).
 */
public final class ReportContract {

    public static final String SCHEMA_RESOURCE = "/META-INF/resources/schema/parallax-report-1.schema.json";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonSchema SCHEMA = loadSchema();

    private ReportContract() {
    }

    /** Asserts that the text is one report that keeps the contract, and returns it parsed. */
    public static JsonNode assertKeptBy(String json) {
        JsonNode report = parse(json);
        assertThat(schemaViolations(report)).as("schema violations").isEmpty();
        assertThat(referenceProblems(report)).as("spans and references").isEmpty();
        return report;
    }

    public static JsonNode parse(String json) {
        try {
            return JSON.readTree(json);
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + e.getMessage() + "\n" + json, e);
        }
    }

    public static Set<ValidationMessage> schemaViolations(JsonNode report) {
        return SCHEMA.validate(report);
    }

    /** Spans whose text is not their slice of the source, and ids that name nothing in the report. */
    public static List<String> referenceProblems(JsonNode report) {
        List<String> problems = new ArrayList<>();
        Map<String, String> texts = new HashMap<>();
        report.path("sources").forEach(s -> texts.put(s.path("id").asText(), s.path("text").asText()));
        Set<String> claimIds = new HashSet<>();
        report.path("claims").forEach(c -> claimIds.add(c.path("id").asText()));
        for (JsonNode claim : report.path("claims")) {
            String source = claim.path("source").asText();
            String where = "claim " + claim.path("id").asText();
            checkSpan(texts, source, claim, where, problems);
            for (String slot : List.of("quantities", "times", "entities")) {
                claim.path(slot).forEach(span -> checkSpan(texts, source, span, where + " " + slot, problems));
            }
            if (claim.path("attribution").isObject()) {
                checkSpan(texts, source, claim.path("attribution"), where + " attribution", problems);
            }
        }
        report.path("alignments").forEach(a -> a.path("claims").forEach(id -> {
            if (!claimIds.contains(id.asText())) {
                problems.add("alignment names unknown claim " + id.asText());
            }
        }));
        for (JsonNode shared : report.path("sharedClaims")) {
            Set<String> sourcesOfClaims = new HashSet<>();
            shared.path("claims").forEach(id -> {
                if (!claimIds.contains(id.asText())) {
                    problems.add("shared claim names unknown claim " + id.asText());
                }
                sourcesOfClaims.add(id.asText().replaceAll("[0-9]+$", ""));
            });
            Set<String> sources = new HashSet<>();
            shared.path("sources").forEach(id -> sources.add(id.asText()));
            if (!sources.equals(sourcesOfClaims)) {
                problems.add("shared claim lists sources " + sources + " but its claims come from " + sourcesOfClaims);
            }
        }
        for (JsonNode finding : report.path("findings")) {
            finding.path("claims").forEach(id -> {
                if (!claimIds.contains(id.asText())) {
                    problems.add("finding names unknown claim " + id.asText());
                }
            });
            finding.path("evidence").forEach(e ->
                    checkSpan(texts, e.path("source").asText(), e, "evidence of " + finding.path("type").asText(), problems));
        }
        return problems;
    }

    private static void checkSpan(Map<String, String> texts, String sourceId, JsonNode span, String where,
                                  List<String> problems) {
        String text = texts.get(sourceId);
        if (text == null) {
            problems.add(where + ": unknown source " + sourceId);
            return;
        }
        int start = span.path("start").asInt(-1);
        int end = span.path("end").asInt(-1);
        if (start < 0 || end < start || end > text.length()) {
            problems.add(where + ": offsets [" + start + "," + end + ") outside source " + sourceId);
        } else if (!text.substring(start, end).equals(span.path("text").asText())) {
            problems.add(where + ": text '" + span.path("text").asText() + "' is not the slice [" + start + "," + end
                    + ") of source " + sourceId + ", which is '" + text.substring(start, end) + "'");
        }
    }

    private static JsonSchema loadSchema() {
        try (InputStream in = ReportContract.class.getResourceAsStream(SCHEMA_RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(SCHEMA_RESOURCE + " is not on the classpath");
            }
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
