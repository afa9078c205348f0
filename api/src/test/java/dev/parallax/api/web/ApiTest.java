package dev.parallax.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.api.ReportContract;
import dev.parallax.core.ingest.SourceInput;
import dev.parallax.verify.Parallax;
import dev.parallax.verify.report.JsonReportWriter;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PROBLEM = "application/problem+json";

    @Inject
    Parallax engine;

    @TestHTTPResource("/api/v1/comparisons")
    URI comparisons;

    private static String article(String name) {
        try (InputStream in = ApiTest.class.getResourceAsStream("/articles/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static ObjectNode source(String text) {
        return JSON.createObjectNode().put("text", text);
    }

    private static ObjectNode comparison(ObjectNode... sources) {
        ObjectNode body = JSON.createObjectNode();
        body.putArray("sources").addAll(List.of(sources));
        return body;
    }

    private static ObjectNode bridgeComparison() {
        return comparison(
                source(article("bridge-en.txt")).put("language", "en").put("outlet", "Marsby Tidende")
                        .put("published", "2024-05-05"),
                source(article("bridge-nb.txt")).put("language", "nb").put("published", "2024-05-05"));
    }

    private static Response post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body.toString()).when().post(path);
    }

    /** The problem in a response, after checking that it is one: problem+json with the status it states. */
    private static JsonNode problem(Response response, int status) {
        response.then().statusCode(status).contentType(PROBLEM);
        JsonNode problem = ReportContract.parse(response.asString());
        assertThat(problem.path("status").asInt()).isEqualTo(status);
        assertThat(problem.path("type").asText()).isNotBlank();
        assertThat(problem.path("title").asText()).isNotBlank();
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(response.asString()).doesNotContain("Exception", "java.", "dev.parallax", "\tat ");
        return problem;
    }

    private static List<String> fields(JsonNode problem) {
        return problem.path("errors").findValuesAsText("field");
    }

    @Test
    void aComparisonReturnsAReportThatKeepsTheContract() {
        Response response = post("/api/v1/comparisons", bridgeComparison());

        response.then().statusCode(200).contentType(ContentType.JSON);
        JsonNode report = ReportContract.assertKeptBy(response.asString());
        assertThat(report.path("sources").findValuesAsText("id")).containsExactly("A", "B");
        assertThat(report.path("sources").get(0).path("outlet").asText()).isEqualTo("Marsby Tidende");
        assertThat(report.path("sources").findValuesAsText("language")).containsExactly("en", "nb");
        assertThat(report.path("sources").findValuesAsText("published")).containsOnly("2024-05-05");
    }

    @Test
    void theApiReturnsExactlyWhatTheEngineAndTheJsonWriterGive() {
        String api = post("/api/v1/comparisons", bridgeComparison()).then().statusCode(200).extract().asString();

        LocalDate published = LocalDate.of(2024, 5, 5);
        String direct = JsonReportWriter.write(engine.compare(List.of(
                SourceInput.text("sources[0]", article("bridge-en.txt")).withMetadata("en", "Marsby Tidende", published, null),
                SourceInput.text("sources[1]", article("bridge-nb.txt")).withMetadata("nb", null, published, null))));
        assertThat(api).isEqualTo(direct);
    }

    @Test
    void htmlSourcesAreComparedByTheirArticleText() {
        ObjectNode body = comparison(source(article("bridge-en.txt")),
                JSON.createObjectNode().put("html", article("bridge-nb.html")));

        String json = post("/api/v1/comparisons", body).then().statusCode(200).extract().asString();

        String text = ReportContract.assertKeptBy(json).path("sources").get(1).path("text").asText();
        assertThat(text).contains("Elleve personer").doesNotContain("<p>", "Forsiden");
    }

    @Test
    void anExtractionReturnsTheSingleSourceReport() {
        ObjectNode body = source(article("bridge-en.txt")).put("language", "en").put("published", "2024-05-05");

        Response response = post("/api/v1/extractions", body);

        response.then().statusCode(200).contentType(ContentType.JSON);
        JsonNode report = ReportContract.assertKeptBy(response.asString());
        assertThat(report.path("sources")).hasSize(1);
        assertThat(report.path("findings")).isEmpty();
        assertThat(report.path("alignments")).isEmpty();
    }

    @Test
    void otherReportFormatsAreAvailableWithTheirMediaTypes() {
        Map<String, String> types = Map.of("markdown", "text/markdown", "html", "text/html", "text", "text/plain");
        types.forEach((format, type) -> {
            String body = given().contentType(ContentType.JSON).body(bridgeComparison().toString())
                    .queryParam("format", format).when().post("/api/v1/comparisons")
                    .then().statusCode(200).contentType(containsString(type)).extract().asString();
            assertThat(body).as(format).contains("Marsby Tidende");
        });
    }

    @Test
    void anUnknownFormatNamesTheFormatParameter() {
        Response response = given().contentType(ContentType.JSON).body(bridgeComparison().toString())
                .queryParam("format", "pdf").when().post("/api/v1/comparisons");

        assertThat(fields(problem(response, 400))).containsExactly("format");
    }

    @Test
    void oneSourceIsNotAComparison() {
        JsonNode problem = problem(post("/api/v1/comparisons", comparison(source("Eleven people were hurt."))), 400);

        assertThat(fields(problem)).containsExactly("sources");
        assertThat(problem.path("errors").get(0).path("message").asText()).contains("at least 2");
    }

    @Test
    void missingSourcesAreNamed() {
        assertThat(fields(problem(post("/api/v1/comparisons", JSON.createObjectNode()), 400))).containsExactly("sources");
    }

    @Test
    void anEmptyTextIsNamedByItsIndex() {
        JsonNode problem = problem(post("/api/v1/comparisons", comparison(source("Eleven hurt."), source("  "))), 400);

        assertThat(fields(problem)).containsExactly("sources[1].text");
    }

    @Test
    void aSourceNeedsTextOrHtmlButNotBoth() {
        ObjectNode both = source("Eleven hurt.").put("html", "<p>Elleve skadd.</p>");
        ObjectNode neither = JSON.createObjectNode().put("language", "nb");

        JsonNode problem = problem(post("/api/v1/comparisons", comparison(source("Eleven hurt."), both, neither)), 400);

        assertThat(fields(problem)).containsExactlyInAnyOrder("sources[1].html", "sources[2].text");
    }

    @Test
    void aNullSourceIsNamed() {
        ObjectNode body = comparison(source("Eleven hurt."));
        ((ArrayNode) body.path("sources")).addNull();

        assertThat(fields(problem(post("/api/v1/comparisons", body), 400))).containsExactly("sources[1]");
    }

    @Test
    void valuesOfTheWrongTypeAreNamed() {
        assertThat(fields(problem(post("/api/v1/comparisons", "{\"sources\": \"x\"}"), 400))).containsExactly("sources");

        ObjectNode numericDate = comparison(source("Eleven hurt."), source("Elleve skadd."));
        ((ObjectNode) numericDate.path("sources").get(1)).put("published", 5);
        assertThat(fields(problem(post("/api/v1/comparisons", numericDate), 400))).containsExactly("sources[1].published");

        assertThat(fields(problem(post("/api/v1/comparisons", "{\"sources\": [1, 2]}"), 400))).containsExactly("sources[0]");
    }

    @Test
    void badMetadataIsNamedByField() {
        ObjectNode body = comparison(source("Eleven hurt.").put("published", "23.10.2017"),
                source("Elleve skadd.").put("language", "Norwegian"));

        JsonNode problem = problem(post("/api/v1/comparisons", body), 400);

        assertThat(fields(problem)).containsExactly("sources[0].published", "sources[1].language");
    }

    @Test
    void aDateThatDoesNotExistIsNamed() {
        ObjectNode body = comparison(source("Eleven hurt."), source("Elleve skadd.").put("published", "2024-02-30"));

        assertThat(fields(problem(post("/api/v1/comparisons", body), 400))).containsExactly("sources[1].published");
    }

    @Test
    void aMisspeltFieldIsNamedRatherThanIgnored() {
        ObjectNode body = comparison(source("Eleven hurt."), source("Elleve skadd.").put("publshed", "2024-05-04"));

        assertThat(fields(problem(post("/api/v1/comparisons", body), 400))).containsExactly("sources[1].publshed");
    }

    @Test
    void malformedJsonIsABadRequestWithWhereItBroke() {
        JsonNode problem = problem(post("/api/v1/comparisons", "{\"sources\": [{\"text\": \"Eleven hurt.\""), 400);

        assertThat(problem.path("detail").asText()).contains("not valid JSON", "line 1");
        assertThat(problem(post("/api/v1/comparisons", "{\"sources\": []} trailing"), 400).path("detail").asText())
                .contains("not valid JSON");
    }

    @Test
    void anEmptyBodyIsABadRequest() {
        problem(given().contentType(ContentType.JSON).when().post("/api/v1/comparisons"), 400);
    }

    @Test
    void aBodyThatIsNotJsonIsUnsupported() {
        Response response = given().contentType(ContentType.TEXT).body("Eleven hurt.").when().post("/api/v1/comparisons");

        assertThat(problem(response, 415).path("detail").asText()).contains("application/json");
    }

    @Test
    void aSourceOverTheCharacterLimitIsTooLarge() {
        ObjectNode body = comparison(source("Eleven hurt."), source("x".repeat(1_000_001)));

        JsonNode problem = problem(post("/api/v1/comparisons", body), 413);

        assertThat(fields(problem)).containsExactly("sources[1].text");
    }

    @Test
    void moreSourcesThanTheLimitIsTooLarge() {
        ObjectNode body = comparison();
        for (int i = 0; i < 21; i++) {
            ((ArrayNode) body.path("sources")).add(source("Source number " + i + " says eleven were hurt."));
        }

        assertThat(fields(problem(post("/api/v1/comparisons", body), 413))).containsExactly("sources");
    }

    @Test
    void aBodyOverTheSizeLimitIsRefusedBeforeItIsRead() throws IOException {
        // Only the headers are sent: the server must answer from the declared length alone, as it
        // does for a careful client that waits for "100 Continue".
        String response;
        try (Socket socket = new Socket(comparisons.getHost(), comparisons.getPort())) {
            socket.setSoTimeout(10_000);
            String head = "POST /api/v1/comparisons HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + 26L * 1024 * 1024 + "\r\n\r\n";
            socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
            socket.getOutputStream().flush();
            response = readResponse(socket.getInputStream());
        }

        assertThat(response).startsWith("HTTP/1.1 413").containsIgnoringCase("content-type: " + PROBLEM);
        JsonNode problem = ReportContract.parse(response.substring(response.indexOf("\r\n\r\n") + 4));
        assertThat(problem.path("status").asInt()).isEqualTo(413);
        assertThat(problem.path("detail").asText()).contains("larger than the limit");
    }

    /** Head and body of one HTTP/1.1 response; the connection may stay open after it, so EOF cannot end it. */
    private static String readResponse(InputStream in) throws IOException {
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        while (!head.toString(StandardCharsets.ISO_8859_1).endsWith("\r\n\r\n")) {
            int b = in.read();
            if (b < 0) {
                break;
            }
            head.write(b);
        }
        String headers = head.toString(StandardCharsets.ISO_8859_1);
        Matcher length = Pattern.compile("(?i)content-length:\\s*(\\d+)").matcher(headers);
        byte[] body = length.find() ? in.readNBytes(Integer.parseInt(length.group(1))) : new byte[0];
        return headers + new String(body, StandardCharsets.UTF_8);
    }

    @Test
    void extractionErrorsNameTopLevelFields() {
        assertThat(fields(problem(post("/api/v1/extractions", JSON.createObjectNode().put("text", "")), 400)))
                .containsExactly("text");
        assertThat(fields(problem(post("/api/v1/extractions", source("Eleven hurt.").put("published", "2024-13-01")), 400)))
                .containsExactly("published");
    }

    @Test
    void unknownRoutesAndWrongMethodsAreProblemsToo() {
        problem(given().when().get("/api/v1/nothing-here"), 404);
        problem(given().when().get("/no-such-page"), 404);
        problem(given().when().get("/api/v1/comparisons"), 405);
    }

    @Test
    void anUnexpectedFailureIsA500ProblemWithoutInternals() {
        Response response = given().when().get("/test-only/failure");

        JsonNode problem = problem(response, 500);
        assertThat(response.asString()).doesNotContain(FailingResource.INTERNAL, "IllegalStateException", "index 7");
        assertThat(problem.path("errors")).isEmpty();
    }

    @Test
    void healthIsUpWithTheEngineReady() {
        given().when().get("/q/health").then().statusCode(200).body("status", equalTo("UP"))
                .body("checks.name", hasItem("engine"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void openApiDescribesBothEndpointsAndTheReportSchema() {
        String openapi = given().when().get("/q/openapi").then().statusCode(200).extract().asString();

        assertThat(openapi).contains("/api/v1/comparisons", "/api/v1/extractions", "/schema/parallax-report-1.schema.json",
                "application/problem+json");
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }

    @Test
    void theReportSchemaIsServed() throws IOException {
        String served = given().when().get("/schema/parallax-report-1.schema.json").then().statusCode(200).extract().asString();

        try (InputStream in = ApiTest.class.getResourceAsStream(ReportContract.SCHEMA_RESOURCE)) {
            assertThat(served).isEqualTo(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void theWebPageIsServedWithItsScriptAndStyle() {
        String page = given().when().get("/").then().statusCode(200).contentType(containsString("text/html"))
                .extract().asString();

        assertThat(page).contains("<textarea", "Compare", "Add source", "app.js", "app.css");
        given().when().get("/app.js").then().statusCode(200).body(containsString("/comparisons"));
        given().when().get("/app.css").then().statusCode(200);
    }
}
