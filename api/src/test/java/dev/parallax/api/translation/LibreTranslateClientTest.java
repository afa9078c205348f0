package dev.parallax.api.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.api.translation.FakeTranslationService.Reply;
import dev.parallax.translate.pivot.TranslationException;
import dev.parallax.translate.pivot.TranslationFailure;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LibreTranslateClientTest {

    private static final Map<String, String> NB_EN = Map.of("hus", "houses", "ble", "were", "ødelagt", "destroyed",
            "innbyggere", "residents", "evakuert", "evacuated", "politiet", "police", "sier", "says");
    private static final String KEY = "lt-secret-key";

    private final FakeTranslationService service = FakeTranslationService.libreTranslate(KEY, NB_EN);
    private final List<Duration> waits = new ArrayList<>();

    @AfterEach
    void stop() {
        service.close();
    }

    private LibreTranslateClient client(Optional<String> key, int batchSize, Duration timeout) {
        return client(service.url(), key, batchSize, timeout);
    }

    private LibreTranslateClient client(URI url, Optional<String> key, int batchSize, Duration timeout) {
        return new LibreTranslateClient(new TranslationEndpoint(url, key, Duration.ofSeconds(2), timeout, batchSize),
                waits::add, Clock.systemUTC());
    }

    private LibreTranslateClient client() {
        return client(Optional.of(KEY), 50, Duration.ofSeconds(5));
    }

    private static TranslationFailure failureOf(Runnable call) {
        try {
            call.run();
        } catch (TranslationException e) {
            return e.failure();
        }
        throw new AssertionError("no TranslationException");
    }

    @Test
    void sendsTheSentencesOfOneSourceAsOneBatchInLibreTranslatesFormatAndKeepsTheirOrder() {
        List<String> out = client().translate(List.of("12 hus ble ødelagt.", "230 innbyggere ble evakuert."), "nb", "en");

        assertThat(out).containsExactly("12 houses were destroyed.", "230 residents were evacuated.");
        assertThat(service.requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/translate");
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.texts()).containsExactly("12 hus ble ødelagt.", "230 innbyggere ble evakuert.");
            assertThat(r.body().path("source").asText()).isEqualTo("nb");
            assertThat(r.body().path("target").asText()).isEqualTo("en");
            assertThat(r.body().path("format").asText()).isEqualTo("text");
            assertThat(r.body().path("api_key").asText()).isEqualTo(KEY);
        });
    }

    @Test
    void anUnknownLanguageIsLeftToTheServerToDetectAndNoKeyIsSentWhenNoneIsConfigured() {
        FakeTranslationService open = FakeTranslationService.libreTranslate(null, NB_EN);
        try {
            client(open.url(), Optional.empty(), 50, Duration.ofSeconds(5)).translate(List.of("12 hus"), "und", "en");
            assertThat(open.requests()).singleElement().satisfies(r -> {
                assertThat(r.body().path("source").asText()).isEqualTo("auto");
                assertThat(r.body().has("api_key")).isFalse();
            });
        } finally {
            open.close();
        }
    }

    @Test
    void moreSentencesThanTheBatchSizeGoInSeveralRequestsInOrder() {
        List<String> out = client(Optional.of(KEY), 2, Duration.ofSeconds(5))
                .translate(List.of("1 hus", "2 hus", "3 hus", "4 hus", "5 hus"), "nb", "en");

        assertThat(out).containsExactly("1 houses", "2 houses", "3 houses", "4 houses", "5 houses");
        assertThat(service.requests()).extracting(FakeTranslationService.Request::texts)
                .containsExactly(List.of("1 hus", "2 hus"), List.of("3 hus", "4 hus"), List.of("5 hus"));
    }

    @Test
    void aRefusedKeyNamesTheServiceAndTheSettingButNeverTheKey() {
        assertThatThrownBy(() -> client(Optional.of("wrong-key"), 50, Duration.ofSeconds(5)).translate(List.of("hus"), "nb", "en"))
                .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.failure()).isEqualTo(TranslationFailure.BAD_KEY))
                .hasMessage("LibreTranslate refused the request (HTTP 403: Invalid API key); check parallax.translation.api-key")
                .message().doesNotContain("wrong-key");
    }

    @Test
    void aLanguageTheServerDoesNotTranslateIsARejectedRequestQuotingTheServer() {
        service.thenAnswer(Reply.json(400, "{\"error\": \"nn is not supported\"}"));

        assertThatThrownBy(() -> client().translate(List.of("hus"), "nn", "en"))
                .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.failure()).isEqualTo(TranslationFailure.REJECTED))
                .hasMessage("LibreTranslate refused the request (HTTP 400: nn is not supported)");
    }

    @Test
    void aBusyServerIsAskedAgainAfterTheWaitItAsksFor() {
        service.thenAnswer(Reply.json(429, "{\"error\": \"Slowdown: 30 per 1 minute\"}").withHeader("Retry-After", "2"));

        assertThat(client().translate(List.of("hus"), "nb", "en")).containsExactly("houses");
        assertThat(service.requests()).hasSize(2);
        assertThat(waits).containsExactly(Duration.ofSeconds(2));
    }

    @Test
    void aServerThatStaysBusyIsTriedThreeTimesWithGrowingWaitsThenReported() {
        service.alwaysAnswer(Reply.json(503, "{\"error\": \"Service Unavailable\"}"));

        assertThatThrownBy(() -> client().translate(List.of("hus"), "nb", "en"))
                .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.failure()).isEqualTo(TranslationFailure.RATE_LIMITED))
                .hasMessage("LibreTranslate was still busy (HTTP 503: Service Unavailable) after 3 attempts; try again later");
        assertThat(service.requests()).hasSize(3);
        assertThat(waits).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void aWaitLongerThanParallaxWaitsIsNotWaitedFor() {
        service.alwaysAnswer(Reply.json(429, "{\"error\": \"Slowdown: 100 per 1 day\"}").withHeader("Retry-After", "3600"));

        assertThatThrownBy(() -> client().translate(List.of("hus"), "nb", "en"))
                .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.failure()).isEqualTo(TranslationFailure.RATE_LIMITED))
                .hasMessageContaining("asks to wait 3600 s before the next request (HTTP 429: Slowdown: 100 per 1 day)");
        assertThat(service.requests()).hasSize(1);
        assertThat(waits).isEmpty();
    }

    @Test
    void aServerErrorIsReportedAtOnce() {
        service.thenAnswer(Reply.json(500, "{\"error\": \"Cannot translate text: model not loaded\"}"));

        assertThatThrownBy(() -> client().translate(List.of("hus"), "nb", "en"))
                .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.failure()).isEqualTo(TranslationFailure.SERVICE_ERROR))
                .hasMessage("LibreTranslate failed (HTTP 500: Cannot translate text: model not loaded)");
        assertThat(service.requests()).hasSize(1);
    }

    @Test
    void anAnswerThatIsNotTheTranslationsAskedForIsMalformed() {
        service.thenAnswer(Reply.json(200, "<html><body>Welcome to nginx!</body></html>"),
                Reply.json(200, "{\"translatedText\": [\"houses\"]}"),
                Reply.json(200, "{\"translatedText\": \"houses\"}"));

        assertThat(failureOf(() -> client().translate(List.of("hus"), "nb", "en"))).isEqualTo(TranslationFailure.MALFORMED_RESPONSE);
        assertThatThrownBy(() -> client().translate(List.of("hus", "ble"), "nb", "en"))
                .hasMessage("LibreTranslate answered with something other than the translations asked for: 1 translations for 2 texts");
        assertThat(failureOf(() -> client().translate(List.of("hus"), "nb", "en"))).isEqualTo(TranslationFailure.MALFORMED_RESPONSE);
    }

    @Test
    void aWrongAddressSaysThereIsNoTranslationServiceThere() {
        assertThatThrownBy(() -> client(URI.create(service.url() + "/lt"), Optional.of(KEY), 50, Duration.ofSeconds(5))
                .translate(List.of("hus"), "nb", "en"))
                .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.failure()).isEqualTo(TranslationFailure.REJECTED))
                .hasMessage("LibreTranslate at " + service.url() + "/lt has no translation service at that address (HTTP 404); "
                        + "check parallax.translation.url");
    }

    @Test
    void aServerThatCannotBeReachedIsNamed() throws IOException {
        URI closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
        URI url = closed;

        assertThatThrownBy(() -> client(url, Optional.empty(), 50, Duration.ofSeconds(5)).translate(List.of("hus"), "nb", "en"))
                .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.failure()).isEqualTo(TranslationFailure.UNREACHABLE))
                .hasMessageStartingWith("cannot connect to LibreTranslate at " + url + " (")
                .hasMessageEndingWith("); check parallax.translation.url");
    }

    @Test
    void aServerThatDoesNotAnswerInTimeIsATimeoutAndTheCallDoesNotHang() {
        service.alwaysAnswer(Reply.json(200, "{\"translatedText\": [\"houses\"]}").after(3000));
        long start = System.nanoTime();

        assertThatThrownBy(() -> client(Optional.of(KEY), 50, Duration.ofMillis(300)).translate(List.of("hus"), "nb", "en"))
                .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.failure()).isEqualTo(TranslationFailure.TIMED_OUT))
                .hasMessage("LibreTranslate at " + service.url() + " did not answer within 300 ms (parallax.translation.timeout)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }
}
