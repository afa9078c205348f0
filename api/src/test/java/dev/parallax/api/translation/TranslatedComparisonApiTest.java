package dev.parallax.api.translation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.parallax.api.translation.FakeTranslationService.Reply;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The web API with a LibreTranslate back-end: translated to align, compared on the original texts. */
@QuarkusTest
@WithTestResource(LibreTranslateResource.class)
class TranslatedComparisonApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String EN = "Police said 17 homes were destroyed in Øvre Fossli on Thursday.\n"
            + "The municipality said 230 residents were evacuated.";
    private static final String NB_EVACUATED = "Kommunen opplyser at 230 innbyggere er evakuert.";
    private static final String NB_HOMES = "Ifølge politiet er 15 hus ødelagt i Øvre Fossli torsdag.";

    FakeTranslationService service;

    @BeforeEach
    void forget() {
        service.reset();
    }

    private static Response compare() {
        String body = JSON.createObjectNode().set("sources", JSON.createArrayNode()
                .add(JSON.createObjectNode().put("text", EN).put("language", "en").put("published", "2026-03-14"))
                .add(JSON.createObjectNode().put("text", NB_EVACUATED + "\n" + NB_HOMES).put("language", "nb")
                        .put("published", "2026-03-14"))).toString();
        return given().contentType(ContentType.JSON).body(body).post("/api/v1/comparisons");
    }

    private static JsonNode json(Response response) throws IOException {
        return JSON.readTree(response.asString());
    }

    @Test
    void eachNonEnglishSourceIsTranslatedInOneRequestAndFindingsQuoteTheOriginalWords() throws IOException {
        Response response = compare();

        response.then().statusCode(200);
        assertThat(service.requests()).singleElement().satisfies(r -> {
            assertThat(r.texts()).containsExactly(NB_EVACUATED, NB_HOMES);
            assertThat(r.body().path("source").asText()).isEqualTo("nb");
            assertThat(r.body().path("target").asText()).isEqualTo("en");
            assertThat(r.body().path("api_key").asText()).isEqualTo(LibreTranslateResource.KEY);
        });
        JsonNode report = json(response);
        List<String> aligned = new ArrayList<>();
        report.path("alignments").forEach(a -> aligned.add(a.path("claims").get(0).asText() + "=" + a.path("claims").get(1).asText()));
        assertThat(aligned).containsExactlyInAnyOrder("A1=B2", "A2=B1");
        JsonNode conflict = null;
        for (JsonNode f : report.path("findings")) {
            if (f.path("type").asText().equals("NUMBER_CONFLICT")) {
                conflict = f;
            }
        }
        assertThat(conflict).as("a number conflict in %s", report.path("findings")).isNotNull();
        String nbText = report.path("sources").get(1).path("text").asText();
        List<String> quoted = new ArrayList<>();
        for (JsonNode e : conflict.path("evidence")) {
            String text = report.path("sources").get(e.path("source").asText().equals("A") ? 0 : 1).path("text").asText();
            assertThat(text.substring(e.path("start").asInt(), e.path("end").asInt())).isEqualTo(e.path("text").asText());
            quoted.add(e.path("source").asText() + ":" + e.path("text").asText());
        }
        assertThat(quoted).containsExactlyInAnyOrder("A:17", "B:15");
        List<String> nbClaims = new ArrayList<>();
        for (JsonNode c : report.path("claims")) {
            if (c.path("source").asText().equals("B")) {
                assertThat(nbText.substring(c.path("start").asInt(), c.path("end").asInt())).isEqualTo(c.path("text").asText());
                nbClaims.add(c.path("text").asText());
            }
        }
        assertThat(nbClaims).containsExactly(NB_EVACUATED, NB_HOMES);
    }

    @Test
    void aRefusedKeyIsA502ProblemNamingTheServiceWithoutTheKey() throws IOException {
        service.alwaysAnswer(Reply.json(403, "{\"error\": \"Invalid API key\"}"));

        Response response = compare();

        response.then().statusCode(502).contentType("application/problem+json");
        JsonNode problem = json(response);
        assertThat(problem.path("type").asText()).isEqualTo("urn:parallax:problem:translation-failed");
        assertThat(problem.path("detail").asText())
                .isEqualTo("LibreTranslate refused the request (HTTP 403: Invalid API key); check parallax.translation.api-key");
        assertThat(problem.path("instance").asText()).isEqualTo("urn:parallax:request:" + response.header("X-Request-Id"));
        assertThat(response.asString()).doesNotContain(LibreTranslateResource.KEY, "Exception", "at dev.");
    }

    @Test
    void aServiceThatDoesNotAnswerInTimeIsA504() throws IOException {
        service.alwaysAnswer(Reply.json(200, "{\"translatedText\": [\"a\", \"b\"]}").after(3000));

        Response response = compare();

        response.then().statusCode(504).contentType("application/problem+json");
        assertThat(json(response).path("detail").asText()).startsWith("LibreTranslate at http://127.0.0.1:")
                .endsWith(" did not answer within 1 s (parallax.translation.timeout)");
    }

    @Test
    void anExtractionNeedsNoTranslation() {
        service.alwaysAnswer(Reply.json(500, "{\"error\": \"down\"}"));

        given().contentType(ContentType.JSON).body("{\"text\": \"" + NB_HOMES + "\", \"language\": \"nb\"}")
                .post("/api/v1/extractions").then().statusCode(200);
        assertThat(service.requests()).isEmpty();
    }
}
