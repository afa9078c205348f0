package dev.parallax.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.Test;

@QuarkusTest
class RequestIdTest {

    private static final String UUID = "[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}";

    private static final String EXTRACTION = "{\"text\": \"Police said 12 houses were destroyed on 3 May 2024.\", \"language\": \"en\"}";

    @Test
    void aSuccessfulResponseCarriesAGeneratedRequestId() {
        Response response = given().contentType(ContentType.JSON).body(EXTRACTION).post("/api/v1/extractions");

        response.then().statusCode(200);
        assertThat(response.header("X-Request-Id")).matches(UUID);
    }

    @Test
    void anErrorCarriesTheRequestIdInItsHeaderAndItsProblem() {
        Response response = given().contentType(ContentType.JSON).body("{\"sources\": []}").post("/api/v1/comparisons");

        response.then().statusCode(400).contentType("application/problem+json");
        String id = response.header("X-Request-Id");
        assertThat(id).matches(UUID);
        assertThat(response.jsonPath().getString("instance")).isEqualTo("urn:parallax:request:" + id);
    }

    @Test
    void eachRequestGetsItsOwnId() {
        String first = given().get("/api/v1/nothing-here").header("X-Request-Id");
        String second = given().get("/api/v1/nothing-here").header("X-Request-Id");

        assertThat(first).matches(UUID);
        assertThat(second).matches(UUID).isNotEqualTo(first);
    }

    @Test
    void aSaneClientIdIsEchoed() {
        String id = "client-42_trace.7";
        Response response = given().header("X-Request-Id", id).contentType(ContentType.JSON).body("{}")
                .post("/api/v1/comparisons");

        response.then().statusCode(400).header("X-Request-Id", id);
        assertThat(response.jsonPath().getString("instance")).isEqualTo("urn:parallax:request:" + id);
        given().header("X-Request-Id", id).contentType(ContentType.JSON).body(EXTRACTION).post("/api/v1/extractions")
                .then().statusCode(200).header("X-Request-Id", id);
    }

    @Test
    void anInvalidClientIdIsReplaced() {
        for (String bad : new String[] {"has spaces in it", "semi;colon", "<script>", "x".repeat(65), ""}) {
            Response response = given().header("X-Request-Id", bad).get("/api/v1/nothing-here");

            response.then().statusCode(404);
            assertThat(response.header("X-Request-Id")).as("for %s", bad).matches(UUID);
        }
        String longest = "y".repeat(64);
        given().header("X-Request-Id", longest).get("/api/v1/nothing-here").then().header("X-Request-Id", longest);
    }

    @Test
    void theLogLineOfAnUnexpectedFailureNamesTheRequest() {
        List<String> logged = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                logged.add(record.getMessage());
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger log = Logger.getLogger("dev.parallax.api.web.problem.ProblemMappers");
        log.addHandler(capture);
        Response response;
        try {
            response = given().header("X-Request-Id", "failure-id-1").get("/test-only/failure");
        } finally {
            log.removeHandler(capture);
        }

        assertThat(logged).anyMatch(line -> line.contains("failure-id-1"));
        response.then().statusCode(500).header("X-Request-Id", "failure-id-1");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("urn:parallax:request:failure-id-1");
    }

    @Test
    void aBodyRefusedUnreadStillCarriesTheId() {
        Response response = given().header("X-Request-Id", "big-body").contentType(ContentType.JSON)
                .body("{\"text\": \"" + "a".repeat(26 * 1024 * 1024) + "\"}").post("/api/v1/extractions");

        response.then().statusCode(413).header("X-Request-Id", "big-body");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("urn:parallax:request:big-body");
    }
}
