package dev.parallax.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Reads articles from files, streams or bytes: plain text (UTF-8 with or without byte order mark,
 * UTF-16 with one, Windows-1252 for legacy files), HTML pages, and JSON (one source object, an array
 * of them, a request body with {@code "sources"}, or JSON Lines). Refuses what is not text, naming the
 * input and what is wrong with it.
 */
public final class SourceReader {

    /**
     * Bytes one character may take in the worst accepted form: six for a JSON escape of a letter
     * (backslash, u and four hex digits). Reading stops past this many bytes per allowed character, so a huge or endless
     * input is refused without being read to its end.
     */
    private static final long MAX_BYTES_PER_CHAR = 6;
    private static final long SLACK_BYTES = 64 * 1024;

    private final IngestLimits limits;

    /** A reader that enforces the given limits. */
    public SourceReader(IngestLimits limits) {
        this.limits = limits;
    }

    /**
     * Reads a file holding one source. {@code -} is not a file here: the caller passes stdin to
     * {@link #read(InputStream, String)}.
     */
    public SourceInput read(Path path) {
        return single(readFile(path, maxBytes(1)), path.toString());
    }

    /** Reads a file holding one or more sources (JSON array, JSON Lines; any other file is one source). */
    public List<SourceInput> readAll(Path path) {
        return decodeAll(readFile(path, maxBytes(limits.maxSources())), path.toString());
    }

    /** Reads a stream holding one source to its end, or until it is larger than any accepted source. */
    public SourceInput read(InputStream in, String name) throws IOException {
        return single(readBounded(in, name, maxBytes(1)), name);
    }

    /** Reads a stream holding one or more sources. */
    public List<SourceInput> readAll(InputStream in, String name) throws IOException {
        return decodeAll(readBounded(in, name, maxBytes(limits.maxSources())), name);
    }

    /** Decodes one source from bytes already in memory, for example from an upload. */
    public SourceInput decode(byte[] bytes, String name) {
        return single(bytes, name);
    }

    /** Decodes one or more sources from bytes already in memory. */
    public List<SourceInput> decodeAll(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw new InvalidSourceException(InputProblem.EMPTY, name, "is empty");
        }
        TextDecoder.Decoded decoded = TextDecoder.decode(bytes, name);
        String content = decoded.text();
        if (content.isBlank()) {
            throw new InvalidSourceException(InputProblem.EMPTY, name, "contains only whitespace");
        }
        if (JsonSources.looksLikeJson(name, content)) {
            return JsonSources.parse(content, name, decoded.encoding(), limits);
        }
        if (content.length() > limits.maxCharsPerSource()) {
            throw tooLarge(name, content.length());
        }
        SourceFormat format = looksLikeHtml(name, content) ? SourceFormat.HTML : SourceFormat.TEXT;
        return List.of(new SourceInput(name, content, format, null, null, null, null, decoded.encoding()));
    }

    private SourceInput single(byte[] bytes, String name) {
        List<SourceInput> all = decodeAll(bytes, name);
        if (all.size() != 1) {
            throw new InvalidSourceException(InputProblem.MULTIPLE_SOURCES, name,
                    "holds " + all.size() + " sources where one was expected; give them as separate files "
                            + "or read the file as a list of sources");
        }
        return all.get(0);
    }

    private byte[] readFile(Path path, long maxBytes) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new InvalidSourceException(InputProblem.IS_DIRECTORY, name, "is a directory, not an article file");
        }
        if (!Files.exists(path)) {
            throw new InvalidSourceException(InputProblem.NOT_FOUND, name, "does not exist");
        }
        try {
            if (Files.isRegularFile(path) && Files.size(path) > maxBytes) {
                throw new InvalidSourceException(InputProblem.TOO_LARGE, name, "is " + Files.size(path)
                        + " bytes, more than the limit of " + limits.maxCharsPerSource() + " characters per source allows");
            }
            try (InputStream in = Files.newInputStream(path)) {
                return readBounded(in, name, maxBytes);
            }
        } catch (NoSuchFileException e) {
            throw new InvalidSourceException(InputProblem.NOT_FOUND, name, "does not exist");
        } catch (AccessDeniedException e) {
            throw new InvalidSourceException(InputProblem.UNREADABLE, name, "cannot be read: permission denied");
        } catch (IOException e) {
            throw new InvalidSourceException(InputProblem.UNREADABLE, name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    private byte[] readBounded(InputStream in, String name, long maxBytes) throws IOException {
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw new InvalidSourceException(InputProblem.TOO_LARGE, name,
                    "is larger than the limit of " + limits.maxCharsPerSource() + " characters per source allows");
        }
        return bytes;
    }

    private long maxBytes(int sources) {
        return MAX_BYTES_PER_CHAR * limits.maxCharsPerSource() * sources + SLACK_BYTES;
    }

    private InvalidSourceException tooLarge(String name, int chars) {
        return new InvalidSourceException(InputProblem.TOO_LARGE, name,
                "has " + chars + " characters; the limit is " + limits.maxCharsPerSource() + " per source");
    }

    private static boolean looksLikeHtml(String name, String content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        String head = content.stripLeading();
        head = head.substring(0, Math.min(head.length(), 1024)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.startsWith("<?xml")
                && head.contains("<html") || head.contains("<body")
                || (head.startsWith("<") && (head.contains("<p>") || head.contains("<div") || head.contains("<article")));
    }
}
