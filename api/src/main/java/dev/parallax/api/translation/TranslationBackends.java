package dev.parallax.api.translation;

import dev.parallax.api.engine.EngineConfig;
import dev.parallax.core.lang.Language;
import dev.parallax.translate.ClaimAligner;
import dev.parallax.translate.OfflineClaimAligner;
import dev.parallax.translate.pivot.PivotClaimAligner;
import dev.parallax.translate.pivot.Translator;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Arrays;
import java.util.stream.Collectors;

/** Builds the aligner the {@code parallax.translation.*} settings ask for. */
public final class TranslationBackends {

    private TranslationBackends() {
    }

    /**
     * The offline aligner, or a pivot aligner translating through the configured service. Settings
     * that cannot work give an aligner that fails every comparison naming the setting at fault.
     */
    public static ClaimAligner aligner(EngineConfig.Translation settings) {
        try {
            return configured(settings);
        } catch (IllegalArgumentException e) {
            return new UnusableTranslation(e.getMessage());
        }
    }

    private static ClaimAligner configured(EngineConfig.Translation settings) {
        TranslationBackend backend = TranslationBackend.fromSetting(settings.backend()).orElseThrow(() ->
                new IllegalArgumentException("parallax.translation.backend is '" + settings.backend() + "'; use "
                        + Arrays.stream(TranslationBackend.values()).map(TranslationBackend::setting)
                        .collect(Collectors.joining(", "))));
        if (backend == TranslationBackend.OFFLINE) {
            return new OfflineClaimAligner();
        }
        Language pivot = Language.fromTag(settings.pivot()).orElseThrow(() -> new IllegalArgumentException(
                "parallax.translation.pivot is '" + settings.pivot() + "', not a language Parallax reads ("
                        + Arrays.stream(Language.values()).map(Language::code).collect(Collectors.joining(" ")) + ")"));
        Translator translator = switch (backend) {
            case LIBRETRANSLATE -> new LibreTranslateClient(endpoint(settings, settings.url().orElseThrow(() ->
                    new IllegalArgumentException("parallax.translation.url is required for libretranslate: "
                            + "the address of the LibreTranslate server, such as http://localhost:5000"))));
            case DEEPL -> {
                String key = settings.apiKey().filter(k -> !k.isBlank()).orElseThrow(() -> new IllegalArgumentException(
                        "parallax.translation.api-key is required for deepl"));
                if (settings.batchSize() > DeepLClient.MAX_TEXTS) {
                    throw new IllegalArgumentException("parallax.translation.batch-size is " + settings.batchSize()
                            + "; DeepL takes at most " + DeepLClient.MAX_TEXTS + " texts per request");
                }
                yield new DeepLClient(endpoint(settings, settings.url().orElse(DeepLClient.urlFor(key))));
            }
            case OFFLINE -> throw new IllegalStateException("handled above");
        };
        return new PivotClaimAligner(translator, pivot, new OfflineClaimAligner());
    }

    private static TranslationEndpoint endpoint(EngineConfig.Translation settings, String url) {
        positive("parallax.translation.connect-timeout", settings.connectTimeout());
        positive("parallax.translation.timeout", settings.timeout());
        if (settings.batchSize() < 1) {
            throw new IllegalArgumentException("parallax.translation.batch-size must be at least 1, not " + settings.batchSize());
        }
        return new TranslationEndpoint(address(url), settings.apiKey(), settings.connectTimeout(), settings.timeout(),
                settings.batchSize());
    }

    private static URI address(String url) {
        try {
            URI uri = new URI(url.strip());
            if (uri.getScheme() != null && (uri.getScheme().equals("http") || uri.getScheme().equals("https"))
                    && uri.getHost() != null && uri.getRawQuery() == null && uri.getRawFragment() == null) {
                return uri;
            }
        } catch (URISyntaxException e) {
            // reported below, in the setting's own terms
        }
        throw new IllegalArgumentException("parallax.translation.url is '" + url
                + "', not an http:// or https:// address of a server (such as http://localhost:5000)");
    }

    private static void positive(String setting, Duration value) {
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(setting + " must be longer than zero, not " + value);
        }
    }
}
