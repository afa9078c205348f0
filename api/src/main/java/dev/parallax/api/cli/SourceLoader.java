package dev.parallax.api.cli;

import dev.parallax.core.ingest.InputProblem;
import dev.parallax.core.ingest.InvalidSourceException;
import dev.parallax.core.ingest.SourceInput;
import dev.parallax.core.ingest.SourceReader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Reads the FILE arguments of a command; {@code -} stands for standard input. */
final class SourceLoader {

    static final String STDIN = "-";

    private final SourceReader reader;
    private final Supplier<InputStream> stdin;

    SourceLoader(SourceReader reader, Supplier<InputStream> stdin) {
        this.reader = reader;
        this.stdin = stdin;
    }

    /** @throws UsageException when {@code -} is given more than once: stdin can be read only once */
    static void checkArguments(List<String> files) {
        if (files.stream().filter(STDIN::equals).count() > 1) {
            throw new UsageException("'-' (standard input) can be given only once");
        }
    }

    /**
     * The inputs in argument order.
     *
     * @throws InvalidSourceException when a file is missing, unreadable or not usable text
     */
    List<SourceInput> load(List<String> files) {
        checkArguments(files);
        List<SourceInput> inputs = new ArrayList<>(files.size());
        for (String file : files) {
            inputs.add(file.equals(STDIN) ? readStdin() : reader.read(Path.of(file)));
        }
        return inputs;
    }

    private SourceInput readStdin() {
        try {
            return reader.read(stdin.get(), "stdin");
        } catch (IOException e) {
            throw new InvalidSourceException(InputProblem.UNREADABLE, "stdin", "cannot be read (" + e.getMessage() + ")");
        }
    }
}
