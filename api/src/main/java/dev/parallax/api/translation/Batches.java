package dev.parallax.api.translation;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Splits texts into consecutive batches a service accepts in one request. */
final class Batches {

    /**
     * UTF-8 bytes of text per request: below DeepL's 128 KiB request limit with room for the JSON
     * around the texts; LibreTranslate servers set no size limit of their own by default.
     */
    static final int MAX_BYTES = 100 * 1024;

    private Batches() {
    }

    /**
     * The texts in order, in batches of at most {@code maxTexts} texts and {@code maxBytes} UTF-8 bytes
     * (a single text larger than that is a batch of its own: the service will say whether it takes it).
     */
    static List<List<String>> of(List<String> texts, int maxTexts, int maxBytes) {
        List<List<String>> batches = new ArrayList<>();
        List<String> current = new ArrayList<>();
        long bytes = 0;
        for (String text : texts) {
            int size = text.getBytes(StandardCharsets.UTF_8).length;
            if (!current.isEmpty() && (current.size() == maxTexts || bytes + size > maxBytes)) {
                batches.add(List.copyOf(current));
                current.clear();
                bytes = 0;
            }
            current.add(text);
            bytes += size;
        }
        if (!current.isEmpty()) {
            batches.add(List.copyOf(current));
        }
        return batches;
    }
}
