package dev.parallax.core.extract;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * A hand-written answer key of one test article ({@code src/test/resources/extraction/<lang>.key}):
 * the publication date, then one line per slot a careful annotator marks, tab-separated:
 * <pre>
 * Q  span  QUALIFIER value [value2]  [counted concept or unit]
 * T  span  from to        (or ~day: an approximate time whose interval must contain that day)
 * E  span  TYPE
 * A  span
 * </pre>
 * The annotation guideline is in docs/extraction.md.
 */
record AnswerKey(String language, String article, LocalDate published, List<Item> items) {

    /** The four slot types the key marks. */
    enum Slot { QUANTITY, TIME, ENTITY, ATTRIBUTION }

    /** One marked slot: its span text and the annotator's fields after it. */
    record Item(Slot slot, String text, List<String> fields) {
    }

    static AnswerKey load(String language) {
        String article = resource("/extraction/" + language + ".txt");
        LocalDate published = null;
        List<Item> items = new ArrayList<>();
        for (String line : resource("/extraction/" + language + ".key").split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t");
            if (f[0].equals("published")) {
                published = LocalDate.parse(f[1]);
                continue;
            }
            Slot slot = switch (f[0]) {
                case "Q" -> Slot.QUANTITY;
                case "T" -> Slot.TIME;
                case "E" -> Slot.ENTITY;
                case "A" -> Slot.ATTRIBUTION;
                default -> throw new IllegalArgumentException(language + ".key: bad line " + line);
            };
            if (!article.contains(f[1])) {
                throw new IllegalArgumentException(language + ".key: span not in the article: " + f[1]);
            }
            List<String> fields = new ArrayList<>();
            for (int i = 2; i < f.length; i++) {
                fields.addAll(List.of(f[i].strip().split(" +")));
            }
            items.add(new Item(slot, f[1], List.copyOf(fields)));
        }
        return new AnswerKey(language, article, published, List.copyOf(items));
    }

    private static String resource(String path) {
        try (InputStream in = AnswerKey.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
