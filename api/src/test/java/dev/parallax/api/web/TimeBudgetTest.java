package dev.parallax.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(TimeBudgetTest.TinyBudget.class)
class TimeBudgetTest {

    public static class TinyBudget implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.api.time-budget", "1ms", "parallax.api.max-concurrent", "2");
        }
    }

    /** About 24,000 words: tens of milliseconds of work even on a warm engine, so far over a budget of 1 ms. */
    private static String longArticle(String language, String sentence) {
        StringBuilder text = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            text.append(sentence.formatted(i % 97 + 2, i % 28 + 1)).append(' ');
        }
        return "{\"text\": \"" + text + "\", \"language\": \"" + language + "\", \"published\": \"2025-11-14\"}";
    }

    private static final String EN = longArticle("en", "Police said %d homes in Brekkvik were damaged on %d November.");
    private static final String NB = longArticle("nb", "Politiet sier at %d boliger i Brekkvik ble skadet %d. november.");

    @Inject
    EngineSlots slots;

    @Test
    void aComparisonOverTheBudgetIsStoppedAndAnswered503WithRetryAfter() {
        Response response = given().contentType(ContentType.JSON).body("{\"sources\": [" + EN + ", " + NB + "]}")
                .post("/api/v1/comparisons");

        response.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:parallax:problem:time-budget-exceeded");
        assertThat(response.jsonPath().getString("title")).isEqualTo("Time budget exceeded");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(503);
        assertThat(response.jsonPath().getString("detail")).contains("time budget of 1ms").doesNotContain("Exception");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("urn:parallax:request:" + response.header("X-Request-Id"));
        // The work stopped: its slot is free again rather than held by a computation running on.
        assertThat(slots.semaphore().availablePermits()).isEqualTo(2);
    }

    @Test
    void anExtractionOverTheBudgetIsStoppedToo() {
        Response response = given().contentType(ContentType.JSON).body(EN).post("/api/v1/extractions");

        response.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1");
        assertThat(response.jsonPath().getString("type")).isEqualTo("urn:parallax:problem:time-budget-exceeded");
        assertThat(slots.semaphore().availablePermits()).isEqualTo(2);
    }

    @Test
    void aMalformedRequestIsStill400NotABudgetProblem() {
        given().contentType(ContentType.JSON).body("{\"sources\": [" + EN + "]}").post("/api/v1/comparisons")
                .then().statusCode(400);
    }
}
