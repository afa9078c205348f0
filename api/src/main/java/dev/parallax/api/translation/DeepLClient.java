package dev.parallax.api.translation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.parallax.core.model.Source;
import dev.parallax.translate.pivot.TranslationException;
import dev.parallax.translate.pivot.TranslationFailure;
import dev.parallax.translate.pivot.Translator;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * DeepL's API ({@code POST /v2/translate}): the texts go as the JSON array {@code text} (at most
 * {@link #MAX_TEXTS} per request), the key in the {@code Authorization: DeepL-Auth-Key} header, and
 * the answer's {@code translations[].text} come back in the same order. Without a known source
 * language DeepL detects it.
 */
public final class DeepLClient implements Translator {

    static final String SERVICE = "DeepL";

    /** Texts DeepL accepts in one request. */
    public static final int MAX_TEXTS = 50;

    /** DeepL's address for keys of its free plan, which end in ":fx". */
    public static final String FREE_URL = "https://api-free.deepl.com";

    /** DeepL's address for keys of its paid plans. */
    public static final String PRO_URL = "https://api.deepl.com";

    private final TranslationEndpoint endpoint;
    private final TranslationHttp http;
    private final String key;

    public DeepLClient(TranslationEndpoint endpoint) {
        this(endpoint, TranslationHttp.Sleeper.REAL, Clock.systemUTC());
    }

    DeepLClient(TranslationEndpoint endpoint, TranslationHttp.Sleeper sleeper, Clock clock) {
        this.endpoint = endpoint;
        this.key = endpoint.apiKey().orElseThrow(() -> new IllegalArgumentException("DeepL needs an API key"));
        this.http = new TranslationHttp(SERVICE, endpoint, sleeper, clock);
    }

    /** The address DeepL serves a key at: the free plan's for a key ending in ":fx", else the paid one's. */
    public static String urlFor(String key) {
        return key.strip().endsWith(":fx") ? FREE_URL : PRO_URL;
    }

    @Override
    public List<String> translate(List<String> texts, String from, String to) {
        List<String> out = new ArrayList<>(texts.size());
        for (List<String> batch : Batches.of(texts, Math.min(MAX_TEXTS, endpoint.batchSize()), Batches.MAX_BYTES)) {
            out.addAll(translateBatch(batch, from, to));
        }
        return out;
    }

    private List<String> translateBatch(List<String> batch, String from, String to) {
        ObjectNode body = ServiceAnswers.JSON.createObjectNode();
        ArrayNode text = body.putArray("text");
        batch.forEach(text::add);
        sourceCode(from).ifPresent(code -> body.put("source_lang", code));
        body.put("target_lang", targetCode(to));
        HttpAnswer answer = http.post("/v2/translate", Map.of("Authorization", "DeepL-Auth-Key " + key), body.toString());
        if (!answer.isSuccess()) {
            throw failure(answer);
        }
        JsonNode translations = ServiceAnswers.json(answer.body()).map(j -> j.get("translations")).orElse(null);
        if (translations == null || !translations.isArray()) {
            throw ServiceAnswers.malformed(SERVICE, "no translations list in its answer");
        }
        if (translations.size() != batch.size()) {
            throw ServiceAnswers.malformed(SERVICE, translations.size() + " translations for " + batch.size() + " texts");
        }
        List<String> out = new ArrayList<>(batch.size());
        for (JsonNode t : translations) {
            JsonNode translated = t.get("text");
            if (translated == null || !translated.isTextual()) {
                throw ServiceAnswers.malformed(SERVICE, "a translation without its text");
            }
            out.add(translated.asText());
        }
        return out;
    }

    private TranslationException failure(HttpAnswer answer) {
        String detail = ServiceAnswers.detail(answer, "message");
        return ServiceAnswers.common(SERVICE, endpoint, answer, detail, http.askedWait(answer)).orElseGet(() -> switch (answer.status()) {
            case 401, 403 -> new TranslationException(TranslationFailure.BAD_KEY, SERVICE + " refused the authentication key (HTTP "
                    + answer.status() + detail + "); check parallax.translation.api-key, and that a free-plan key "
                    + "(ending in :fx) is used with " + FREE_URL);
            case 456 -> new TranslationException(TranslationFailure.QUOTA_EXCEEDED, SERVICE
                    + "'s character quota for this key is used up (HTTP 456" + detail + ")");
            case 413 -> new TranslationException(TranslationFailure.REJECTED, SERVICE
                    + " refused the request as too large (HTTP 413" + detail + "); lower parallax.translation.batch-size");
            default -> new TranslationException(TranslationFailure.REJECTED,
                    SERVICE + " refused the request (HTTP " + answer.status() + detail + ")");
        });
    }

    /** DeepL's source codes are upper-case ISO 639-1 ("DE", "NB"); none at all asks it to detect the language. */
    static Optional<String> sourceCode(String tag) {
        if (tag == null || tag.isBlank() || tag.equalsIgnoreCase(Source.UNDETERMINED)) {
            return Optional.empty();
        }
        return Optional.of(primary(tag));
    }

    /** DeepL's target codes; English and Portuguese must name a variant ("EN" alone is deprecated). */
    static String targetCode(String tag) {
        String primary = primary(tag);
        return switch (primary) {
            case "EN" -> "EN-GB";
            case "PT" -> "PT-PT";
            default -> primary;
        };
    }

    private static String primary(String tag) {
        return tag.strip().replace('_', '-').split("-")[0].toUpperCase(Locale.ROOT);
    }
}
