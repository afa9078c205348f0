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
@TestProfile(ConcurrencyLimitTest.OneSlot.class)
class ConcurrencyLimitTest {

    public static class OneSlot implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.api.max-concurrent", "1", "parallax.api.queue-timeout", "0.1s");
        }
    }

    private static final String TEXT = "Police said 12 houses were destroyed on 3 May 2024.";

    @Inject
    EngineSlots slots;

    private static Response extract() {
        return given().contentType(ContentType.JSON).body("{\"text\": \"" + TEXT + "\", \"language\": \"en\"}")
                .post("/api/v1/extractions");
    }

    private static Response compare() {
        return given().contentType(ContentType.JSON)
                .body("{\"sources\": [{\"text\": \"" + TEXT + "\"}, {\"text\": \"" + TEXT + "\"}]}")
                .post("/api/v1/comparisons");
    }

    @Test
    void whenNoSlotFreesInTimeTheAnswerIs503WithRetryAfterThen200AfterRelease() throws InterruptedException {
        assertThat(slots.semaphore().availablePermits()).isEqualTo(1);
        slots.semaphore().acquire();
        try {
            for (Response busy : new Response[] {compare(), extract()}) {
                busy.then().statusCode(503).contentType("application/problem+json").header("Retry-After", "1");
                assertThat(busy.jsonPath().getString("type")).isEqualTo("urn:parallax:problem:busy");
                assertThat(busy.jsonPath().getInt("status")).isEqualTo(503);
                assertThat(busy.jsonPath().getString("instance")).isEqualTo("urn:parallax:request:" + busy.header("X-Request-Id"));
            }
        } finally {
            slots.semaphore().release();
        }
        compare().then().statusCode(200);
        extract().then().statusCode(200);
        assertThat(slots.semaphore().availablePermits()).isEqualTo(1);
    }

    @Test
    void aFailedRequestGivesItsSlotBack() {
        given().contentType(ContentType.JSON).body("{\"text\": \"x\", \"published\": \"2024-02-30\"}")
                .post("/api/v1/extractions").then().statusCode(400);

        assertThat(slots.semaphore().availablePermits()).isEqualTo(1);
        extract().then().statusCode(200);
    }
}
