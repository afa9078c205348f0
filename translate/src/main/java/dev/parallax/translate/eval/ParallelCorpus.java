package dev.parallax.translate.eval;

import dev.parallax.core.lang.Language;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds line-aligned parallel files in a directory, in the two layouts of public test sets:
 * NTREX/WMT ({@code <name>-src.eng.txt} with {@code <name>-ref.<lang>.txt} and an optional
 * {@code DOCUMENT_IDS.tsv}) and Tatoeba ({@code <name>.<lang>-eng.<lang>} with
 * {@code <name>.<lang>-eng.eng}). Languages are ISO 639-3 codes; unsupported ones are skipped.
 */
public final class ParallelCorpus {

    private static final Pattern REFERENCE = Pattern.compile("(.+)-ref\\.([a-zA-Z-]+)\\.txt");
    private static final Pattern TATOEBA = Pattern.compile("(.+)\\.([a-z]{3})-eng\\.\\2");

    private ParallelCorpus() {
    }

    /** Every parallel text in the directory and its subdirectories, sorted by name. */
    public static List<ParallelText> discover(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException(dir + " is not a directory");
        }
        List<ParallelText> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted().toList()) {
                String name = file.getFileName().toString();
                Matcher ref = REFERENCE.matcher(name);
                Matcher tatoeba = TATOEBA.matcher(name);
                if (ref.matches()) {
                    Path source = file.resolveSibling(ref.group(1) + "-src.eng.txt");
                    Optional<Language> language = Language.fromTag(ref.group(2));
                    if (Files.exists(source) && language.isPresent()) {
                        Path ids = file.resolveSibling("DOCUMENT_IDS.tsv");
                        found.add(new ParallelText(label(dir, file) + " " + ref.group(2),
                                language.get(), lines(source), lines(file),
                                Files.exists(ids) ? firstColumn(lines(ids)) : null));
                    }
                } else if (tatoeba.matches()) {
                    Path english = file.resolveSibling(tatoeba.group(1) + "." + tatoeba.group(2) + "-eng.eng");
                    Optional<Language> language = Language.fromTag(tatoeba.group(2));
                    if (Files.exists(english) && language.isPresent()) {
                        found.add(new ParallelText(label(dir, file) + " " + tatoeba.group(2),
                                language.get(), lines(english), lines(file), null));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    /** The folder a file is in, relative to the corpus, or the corpus folder's own name. */
    private static String label(Path dir, Path file) {
        String relative = dir.relativize(file.getParent()).toString();
        return relative.isEmpty() ? String.valueOf(dir.toAbsolutePath().normalize().getFileName()) : relative;
    }

    private static List<String> lines(Path file) throws IOException {
        List<String> lines = new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8));
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static List<String> firstColumn(List<String> lines) {
        return lines.stream().map(l -> l.split("\t", 2)[0]).toList();
    }
}
