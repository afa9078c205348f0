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
@TestProfile(CorsTest.WithCors.class)
class CorsTest {

    static final String ALLOWED = "https://newsroom.example";

    public static class WithCors implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.cors.enabled", "true", "quarkus.http.cors.origins", ALLOWED);
        }
    }

    static Response preflight(String origin) {
        return given().header("Origin", origin).header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type")
                .options("/api/v1/comparisons");
    }

    @Test
    void anAllowedOriginGetsItsPreflightAnswered() {
        Response response = preflight(ALLOWED);

        assertThat(response.statusCode()).isBetween(200, 299);
        assertThat(response.header("Access-Control-Allow-Origin")).isEqualTo(ALLOWED);
        assertThat(response.header("Access-Control-Allow-Methods")).contains("POST");
    }

    @Test
    void anotherOriginIsNotAllowed() {
        assertThat(preflight("https://elsewhere.example").header("Access-Control-Allow-Origin")).isNull();
    }

    @Test
    void anAllowedOriginCanReadTheRequestId() {
        Response response = given().header("Origin", ALLOWED).contentType(ContentType.JSON)
                .body("{\"text\": \"Police said 12 houses were destroyed on 3 May 2024.\", \"language\": \"en\"}")
                .post("/api/v1/extractions");

        response.then().statusCode(200).header("Access-Control-Allow-Origin", ALLOWED);
        assertThat(response.header("Access-Control-Expose-Headers")).containsIgnoringCase("X-Request-Id");
    }
}
