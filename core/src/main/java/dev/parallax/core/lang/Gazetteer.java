package dev.parallax.core.lang;

import dev.parallax.core.model.EntityType;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Frequent actors and places of the news with their forms in each language, from the one multilingual
 * file {@code dev/parallax/core/lang/gazetteer.properties} (format: docs/language-data.md). Every form
 * of an entry gets the same key, so "Daesh", "IS" and "Исламское государство" are one entity across
 * sources; this is how names are found where capitals say nothing (Arabic) or say too little.
 */
public final class Gazetteer {

    /**
     * One entry as it applies to a text.
     *
     * @param canonical the entry's first English form, whose name key all its forms share
     * @param type what it is
     * @param acronym whether this form is written in capitals and must be matched so ("IS", not "is")
     */
    public record Name(String canonical, EntityType type, boolean acronym) {
    }

    /** An entry of the file: its type and its forms per language code ("all" for every language). */
    record Entry(String id, EntityType type, Map<String, List<String>> forms) {
    }

    private static final List<Entry> ENTRIES = read();

    private Gazetteer() {
    }

    /** The forms an entry has in a language, those for every language first. */
    static List<String> forms(Entry e, String language) {
        List<String> forms = new ArrayList<>(e.forms().getOrDefault("all", List.of()));
        forms.addAll(e.forms().getOrDefault(language, List.of()));
        return forms;
    }

    static List<Entry> entries() {
        return ENTRIES;
    }

    /** The form an entry is known by everywhere: its first English form. */
    static String canonical(Entry e) {
        return e.forms().getOrDefault("en", e.forms().getOrDefault("all", List.of(e.id()))).get(0);
    }

    private static List<Entry> read() {
        Properties p = new Properties();
        String resource = "/dev/parallax/core/lang/gazetteer.properties";
        try (InputStream in = Gazetteer.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " missing from the classpath");
            }
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, EntityType> types = new LinkedHashMap<>();
        Map<String, Map<String, List<String>>> forms = new LinkedHashMap<>();
        for (String key : new TreeSet<>(p.stringPropertyNames())) {
            int dot = key.lastIndexOf('.');
            if (dot < 0) {
                throw new IllegalStateException(resource + ": bad key " + key);
            }
            String id = key.substring(0, dot);
            String field = key.substring(dot + 1);
            if (field.equals("type")) {
                types.put(id, EntityType.valueOf(p.getProperty(key).strip()));
            } else {
                List<String> list = new ArrayList<>();
                for (String f : p.getProperty(key).split("\\|")) {
                    if (!f.isBlank()) {
                        list.add(f.strip());
                    }
                }
                forms.computeIfAbsent(id, k -> new LinkedHashMap<>()).put(field, list);
            }
        }
        List<Entry> entries = new ArrayList<>();
        for (Map.Entry<String, Map<String, List<String>>> e : forms.entrySet()) {
            EntityType type = types.get(e.getKey());
            if (type == null) {
                throw new IllegalStateException(resource + ": " + e.getKey() + " has no type");
            }
            entries.add(new Entry(e.getKey(), type, e.getValue()));
        }
        return List.copyOf(entries);
    }
}
