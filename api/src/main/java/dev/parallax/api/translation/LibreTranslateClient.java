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

/**
 * A LibreTranslate server ({@code POST /translate}): the texts go as a JSON array in {@code q}, the
 * answer's {@code translatedText} is an array in the same order. The API key, when there is one,
 * travels in the body's {@code api_key}, as LibreTranslate expects it.
 */
public final class LibreTranslateClient implements Translator {

    static final String SERVICE = "LibreTranslate";

    private final TranslationEndpoint endpoint;
    private final TranslationHttp http;

    public LibreTranslateClient(TranslationEndpoint endpoint) {
        this(endpoint, TranslationHttp.Sleeper.REAL, Clock.systemUTC());
    }

    LibreTranslateClient(TranslationEndpoint endpoint, TranslationHttp.Sleeper sleeper, Clock clock) {
        this.endpoint = endpoint;
        this.http = new TranslationHttp(SERVICE, endpoint, sleeper, clock);
    }

    @Override
    public List<String> translate(List<String> texts, String from, String to) {
        List<String> out = new ArrayList<>(texts.size());
        for (List<String> batch : Batches.of(texts, endpoint.batchSize(), Batches.MAX_BYTES)) {
            out.addAll(translateBatch(batch, from, to));
        }
        return out;
    }

    private List<String> translateBatch(List<String> batch, String from, String to) {
        ObjectNode body = ServiceAnswers.JSON.createObjectNode();
        ArrayNode q = body.putArray("q");
        batch.forEach(q::add);
        body.put("source", code(from));
        body.put("target", code(to));
        body.put("format", "text");
        endpoint.apiKey().ifPresent(key -> body.put("api_key", key));
        HttpAnswer answer = http.post("/translate", Map.of(), body.toString());
        if (!answer.isSuccess()) {
            throw failure(answer);
        }
        JsonNode translated = ServiceAnswers.json(answer.body()).map(j -> j.get("translatedText")).orElse(null);
        if (translated == null || !translated.isArray()) {
            throw ServiceAnswers.malformed(SERVICE, "no translatedText list in its answer");
        }
        if (translated.size() != batch.size()) {
            throw ServiceAnswers.malformed(SERVICE, translated.size() + " translations for " + batch.size() + " texts");
        }
        List<String> out = new ArrayList<>(batch.size());
        for (JsonNode t : translated) {
            if (!t.isTextual()) {
                throw ServiceAnswers.malformed(SERVICE, "a translation that is not text");
            }
            out.add(t.asText());
        }
        return out;
    }

    private TranslationException failure(HttpAnswer answer) {
        String detail = ServiceAnswers.detail(answer, "error");
        return ServiceAnswers.common(SERVICE, endpoint, answer, detail, http.askedWait(answer)).orElseGet(() -> {
            if (answer.status() == 401 || answer.status() == 403) {
                return new TranslationException(TranslationFailure.BAD_KEY, SERVICE + " refused the request (HTTP "
                        + answer.status() + detail + "); check parallax.translation.api-key");
            }
            // 400 covers both a bad request ("nn is not supported") and a server that wants a key
            // ("Visit ... to get an API key"): the server's own words say which.
            return new TranslationException(TranslationFailure.REJECTED,
                    SERVICE + " refused the request (HTTP " + answer.status() + detail + ")");
        });
    }

    /** LibreTranslate's language codes are ISO 639-1 ("nb", "de"); "auto" asks it to detect the language. */
    static String code(String tag) {
        if (tag == null || tag.isBlank() || tag.equalsIgnoreCase(Source.UNDETERMINED)) {
            return "auto";
        }
        return tag.strip().replace('_', '-').split("-")[0].toLowerCase(Locale.ROOT);
    }
}
