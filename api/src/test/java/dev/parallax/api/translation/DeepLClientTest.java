package dev.parallax.api.translation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.api.translation.FakeTranslationService.Reply;
import dev.parallax.translate.pivot.TranslationException;
import dev.parallax.translate.pivot.TranslationFailure;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeepLClientTest {

    private static final Map<String, String> DE_EN = Map.of("häuser", "houses", "wurden", "were", "zerstört", "destroyed",
            "haus", "house");
    private static final String KEY = "0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0:fx";

    private final FakeTranslationService service = FakeTranslationService.deepL(KEY, DE_EN);
    private final List<Duration> waits = new ArrayList<>();
    private Clock clock = Clock.systemUTC();

    @AfterEach
    void stop() {
        service.close();
    }

    private DeepLClient client(String key, int batchSize) {
        return new DeepLClient(new TranslationEndpoint(service.url(), Optional.of(key), Duration.ofSeconds(2),
                Duration.ofSeconds(5), batchSize), waits::add, clock);
    }

    private DeepLClient client() {
        return client(KEY, 50);
    }

    @Test
    void sendsTheTextsWithTheKeyInTheAuthorizationHeaderAndReadsTheTranslationsInOrder() {
        List<String> out = client().translate(List.of("12 Häuser wurden zerstört.", "Ein Haus."), "de-AT", "en");

        assertThat(out).containsExactly("12 houses were destroyed.", "Ein house.");
        assertThat(service.requests()).singleElement().satisfies(r -> {
            assertThat(r.method()).isEqualTo("POST");
            assertThat(r.path()).isEqualTo("/v2/translate");
            assertThat(r.header("Authorization")).isEqualTo("DeepL-Auth-Key " + KEY);
            assertThat(r.header("Content-Type")).startsWith("application/json");
            assertThat(r.texts()).containsExactly("12 Häuser wurden zerstört.", "Ein Haus.");
            assertThat(r.body().path("source_lang").asText()).isEqualTo("DE");
            assertThat(r.body().path("target_lang").asText()).isEqualTo("EN-GB");
            assertThat(r.rawBody()).doesNotContain(KEY);
        });
    }

    @Test
    void anUnknownSourceLanguageIsLeftForDeepLToDetect() {
        client().translate(List.of("Haus"), "und", "en");

        assertThat(service.requests()).singleElement().satisfies(r -> assertThat(r.body().has("source_lang")).isFalse());
    }

    @Test
    void noRequestCarriesMoreThanFiftyTexts() {
        List<String> texts = IntStream.rangeClosed(1, 120).mapToObj(i -> i + " Häuser").toList();

        List<String> out = client().translate(texts, "de", "en");

        assertThat(out).hasSize(120).startsWith("1 houses").endsWith("120 houses");
        assertThat(service.requests()).extracting(r -> r.texts().size()).containsExactly(50, 50, 20);
    }

    @Test
    void aWrongKeyIsABadKeyThatSaysWhereFreeKeysGo() {
        assertThatThrownBy(() -> client("not-the-key", 50).translate(List.of("Haus"), "de", "en"))
                .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.failure()).isEqualTo(TranslationFailure.BAD_KEY))
                .hasMessage("DeepL refused the authentication key (HTTP 403: Authorization failure, check auth_key); check "
                        + "parallax.translation.api-key, and that a free-plan key (ending in :fx) is used with https://api-free.deepl.com")
                .message().doesNotContain("not-the-key");
    }

    @Test
    void aUsedUpQuotaIsQuotaExceeded() {
        service.thenAnswer(Reply.json(456, "{\"message\": \"Quota exceeded\"}"));

        assertThatThrownBy(() -> client().translate(List.of("Haus"), "de", "en"))
                .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.failure()).isEqualTo(TranslationFailure.QUOTA_EXCEEDED))
                .hasMessage("DeepL's character quota for this key is used up (HTTP 456: Quota exceeded)");
        assertThat(service.requests()).hasSize(1);
    }

    @Test
    void aRequestTooLargeIsRejectedWithTheSettingToLower() {
        service.thenAnswer(Reply.json(413, ""));

        assertThatThrownBy(() -> client().translate(List.of("Haus"), "de", "en"))
                .isInstanceOfSatisfying(TranslationException.class, e -> assertThat(e.failure()).isEqualTo(TranslationFailure.REJECTED))
                .hasMessage("DeepL refused the request as too large (HTTP 413); lower parallax.translation.batch-size");
    }

    @Test
    void tooManyRequestsIsRetriedAfterTheDateRetryAfterNames() {
        Instant now = Instant.parse("2026-11-22T10:00:00Z");
        clock = Clock.fixed(now, ZoneOffset.UTC);
        String inThreeSeconds = DateTimeFormatter.RFC_1123_DATE_TIME.format(now.plusSeconds(3).atOffset(ZoneOffset.UTC));
        service.thenAnswer(Reply.json(429, "{\"message\": \"Too many requests\"}").withHeader("Retry-After", inThreeSeconds));

        assertThat(client().translate(List.of("Haus"), "de", "en")).containsExactly("house");
        assertThat(waits).containsExactly(Duration.ofSeconds(3));
    }

    @Test
    void aTranslationWithoutItsTextIsMalformed() {
        service.thenAnswer(Reply.json(200, "{\"translations\": [{\"detected_source_language\": \"DE\"}]}"));

        assertThatThrownBy(() -> client().translate(List.of("Haus"), "de", "en"))
                .isInstanceOfSatisfying(TranslationException.class,
                        e -> assertThat(e.failure()).isEqualTo(TranslationFailure.MALFORMED_RESPONSE))
                .hasMessage("DeepL answered with something other than the translations asked for: a translation without its text");
    }

    @Test
    void targetsNameTheVariantDeepLRequiresAndFreeKeysGoToTheFreeAddress() {
        assertThat(DeepLClient.targetCode("en")).isEqualTo("EN-GB");
        assertThat(DeepLClient.targetCode("pt")).isEqualTo("PT-PT");
        assertThat(DeepLClient.targetCode("nb")).isEqualTo("NB");
        assertThat(DeepLClient.urlFor(KEY)).isEqualTo("https://api-free.deepl.com");
        assertThat(DeepLClient.urlFor("0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0")).isEqualTo("https://api.deepl.com");
    }
}
