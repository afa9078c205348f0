package dev.parallax.api.web;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;

/** The API key is off by default. */
@QuarkusTest
class NoApiKeyTest {

    @Test
    void withoutAConfiguredKeyNoKeyIsNeeded() {
        given().contentType(ContentType.JSON)
                .body("{\"text\": \"Police said 12 houses were destroyed on 3 May 2024.\", \"language\": \"en\"}")
                .post("/api/v1/extractions").then().statusCode(200);
    }

    @Test
    void withoutAConfiguredKeyAnyKeyIsIgnored() {
        given().header("X-Api-Key", "anything").contentType(ContentType.JSON)
                .body("{\"text\": \"Police said 12 houses were destroyed on 3 May 2024.\", \"language\": \"en\"}")
                .post("/api/v1/extractions").then().statusCode(200);
    }
}
