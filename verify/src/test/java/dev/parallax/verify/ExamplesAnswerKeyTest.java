package dev.parallax.verify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.core.ingest.IngestLimits;
import dev.parallax.core.ingest.SourceInput;
import dev.parallax.core.ingest.SourceReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The examples in {@code examples/} with their answer key ({@code examples/answer-key.json}, written
 * with the articles): every documented number conflict is reported, no conflict is reported that the
 * key does not document, and nothing the key says agrees is reported as a conflict. The recall of
 * the other finding types is printed (docs/quality.md tracks it).
 */
class ExamplesAnswerKeyTest {

    private static final Path EXAMPLES = Path.of("..", "examples");

    @TestFactory
    Stream<DynamicTest> everyExampleEvent() throws Exception {
        JsonNode key = new ObjectMapper().readTree(Files.readString(EXAMPLES.resolve("answer-key.json")));
        List<DynamicTest> tests = new ArrayList<>();
        for (JsonNode event : key.get("events")) {
            tests.add(DynamicTest.dynamicTest(event.get("event").asText(), () -> check(event)));
        }
        return tests.stream();
    }

    private static void check(JsonNode event) {
        List<String> files = new ArrayList<>();
        event.get("sources").forEach(f -> files.add(f.asText()));
        SourceReader reader = new SourceReader(IngestLimits.DEFAULT);
        List<SourceInput> inputs = files.stream().map(f -> reader.read(EXAMPLES.resolve(f))).toList();
        Report report = Parallax.standard().compare(inputs);
        Map<String, String> idOfFile = new HashMap<>();
        for (int i = 0; i < files.size(); i++) {
            idOfFile.put(files.get(i), report.sources().get(i).id());
        }

        Map<FindingType, int[]> recall = new EnumMap<>(FindingType.class);
        List<String> missedNumberConflicts = new ArrayList<>();
        for (JsonNode expected : event.get("findings")) {
            FindingType type = FindingType.valueOf(expected.get("type").asText());
            Map<String, String> evidence = evidence(expected, idOfFile);
            boolean found = report.findings().stream().anyMatch(f -> f.type() == type && covers(f, evidence));
            int[] counts = recall.computeIfAbsent(type, t -> new int[2]);
            counts[0] += found ? 1 : 0;
            counts[1]++;
            if (!found && type == FindingType.NUMBER_CONFLICT) {
                missedNumberConflicts.add(evidence.toString());
            }
        }
        StringBuilder table = new StringBuilder("answer key recall, " + event.get("event").asText() + ":");
        recall.forEach((t, c) -> table.append(String.format(Locale.ROOT, " %s %d/%d", t, c[0], c[1])));
        System.out.println(table);

        List<String> undocumented = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (!f.type().isConflict()) {
                continue;
            }
            boolean documented = false;
            for (JsonNode expected : event.get("findings")) {
                if (expected.get("type").asText().equals(f.type().name())
                        && sharesEvidence(f, evidence(expected, idOfFile))) {
                    documented = true;
                }
            }
            if (!documented) {
                undocumented.add(f.summary());
            }
        }
        List<String> agreementsFlagged = new ArrayList<>();
        for (JsonNode agreement : event.get("mustNotConflict")) {
            Map<String, String> evidence = evidence(agreement, idOfFile);
            for (Finding f : report.findings()) {
                if (f.type().isConflict() && coversAtLeastTwo(f, evidence) && onlySources(f, evidence)) {
                    agreementsFlagged.add(f.summary() + " <- " + agreement.get("why").asText());
                }
            }
        }
        assertThat(missedNumberConflicts).as("documented number conflicts not reported").isEmpty();
        assertThat(undocumented).as("conflicts the answer key does not document").isEmpty();
        assertThat(agreementsFlagged).as("agreements reported as conflicts").isEmpty();
    }

    private static Map<String, String> evidence(JsonNode entry, Map<String, String> idOfFile) {
        Map<String, String> evidence = new HashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = entry.get("evidence").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> e = it.next();
            evidence.put(idOfFile.get(e.getKey()), e.getValue().asText());
        }
        return evidence;
    }

    /** Every documented piece of evidence lies within a piece of the finding's evidence in that source. */
    private static boolean covers(Finding f, Map<String, String> evidence) {
        return evidence.entrySet().stream().allMatch(e -> f.evidence().stream()
                .anyMatch(x -> x.sourceId().equals(e.getKey()) && contains(x.span().text(), e.getValue())));
    }

    private static boolean sharesEvidence(Finding f, Map<String, String> evidence) {
        return f.evidence().stream().anyMatch(x -> evidence.containsKey(x.sourceId())
                && contains(x.span().text(), evidence.get(x.sourceId())));
    }

    private static boolean coversAtLeastTwo(Finding f, Map<String, String> evidence) {
        long hits = evidence.entrySet().stream().filter(e -> f.evidence().stream()
                .anyMatch(x -> x.sourceId().equals(e.getKey()) && contains(x.span().text(), e.getValue()))).count();
        return hits >= 2;
    }

    /**
     * Whether the finding involves no source beyond the agreeing ones: A=12, B=12, C=14 is a conflict
     * with C, not a flagged agreement of A and B.
     */
    private static boolean onlySources(Finding f, Map<String, String> evidence) {
        return f.evidence().stream().allMatch(x -> evidence.containsKey(x.sourceId()));
    }

    /** Evidence "14" matches a highlighted "at least 14" and the other way round. */
    private static boolean contains(String reported, String documented) {
        return reported.contains(documented) || documented.contains(reported);
    }
}
