package dev.parallax.api.web;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.Map;
import org.junit.jupiter.api.Test;

@QuarkusTest
@TestProfile(ApiKeyTest.WithKey.class)
class ApiKeyTest {

    static final String KEY = "s3cret-test-key";

    public static class WithKey implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("parallax.api.key", KEY);
        }
    }

    private static final String EXTRACTION = "{\"text\": \"Police said 12 houses were destroyed on 3 May 2024.\", \"language\": \"en\"}";

    private static Response extract(String key) {
        var request = given().contentType(ContentType.JSON).body(EXTRACTION);
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        return request.post("/api/v1/extractions");
    }

    @Test
    void aRequestWithoutTheKeyIsUnauthorized() {
        Response response = extract(null);

        response.then().statusCode(401).contentType("application/problem+json");
        assertThat(response.jsonPath().getInt("status")).isEqualTo(401);
        assertThat(response.jsonPath().getString("title")).isEqualTo("Unauthorized");
        assertThat(response.jsonPath().getString("detail")).contains("X-Api-Key");
        assertThat(response.jsonPath().getString("instance")).isEqualTo("urn:parallax:request:" + response.header("X-Request-Id"));
    }

    @Test
    void aWrongKeyIsUnauthorized() {
        extract("not-the-key").then().statusCode(401).contentType("application/problem+json");
        extract(KEY + "x").then().statusCode(401);
        extract("").then().statusCode(401);
    }

    @Test
    void theRightKeyIsServed() {
        extract(KEY).then().statusCode(200).contentType(ContentType.JSON);
    }

    @Test
    void everyApiPathIsGuardedButThePageAndQuarkusPathsStayOpen() {
        given().contentType(ContentType.JSON).body("{}").post("/api/v1/comparisons").then().statusCode(401);
        given().get("/api/v1/nothing-here").then().statusCode(401);
        given().get("/").then().statusCode(200);
        given().get("/q/health/live").then().statusCode(200);
        given().get("/q/openapi").then().statusCode(200);
    }
}
