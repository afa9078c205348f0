package dev.parallax.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** CORS is off by default: no origin, not even one another profile allows, gets access. */
@QuarkusTest
class NoCorsTest {

    @Test
    void byDefaultAPreflightGetsNoAllowOrigin() {
        Response response = CorsTest.preflight(CorsTest.ALLOWED);

        assertThat(response.header("Access-Control-Allow-Origin")).isNull();
    }
}
