package dev.parallax.core.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads an article from a file or a stream and decodes it: UTF-8 with or without byte order mark,
 * UTF-16 with one, and Windows-1252 for bytes that are not UTF-8. Refuses what is not text.
 */
public final class SourceReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final IngestLimits limits;

    public SourceReader(IngestLimits limits) {
        this.limits = limits;
    }

    /** Reads a file; {@code -} is not a file here, the caller passes stdin to {@link #read(InputStream, String)}. */
    public SourceInput read(Path path) {
        String name = path.toString();
        if (Files.isDirectory(path)) {
            throw new InvalidSourceException(InputProblem.IS_DIRECTORY, name, "is a directory, not an article file");
        }
        if (!Files.exists(path)) {
            throw new InvalidSourceException(InputProblem.NOT_FOUND, name, "no such file");
        }
        try (InputStream in = Files.newInputStream(path)) {
            return read(in, name);
        } catch (NoSuchFileException e) {
            throw new InvalidSourceException(InputProblem.NOT_FOUND, name, "no such file");
        } catch (IOException e) {
            throw new InvalidSourceException(InputProblem.UNREADABLE, name, "cannot be read (" + e.getMessage() + ")");
        }
    }

    /** Reads a stream to its end, or until it is larger than any accepted source. */
    public SourceInput read(InputStream in, String name) throws IOException {
        // Four bytes per character is the most UTF-8 needs, so more than this can only be too large.
        long maxBytes = 4L * limits.maxCharsPerSource() + 4;
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
        if (bytes.length > maxBytes) {
            throw tooLarge(name);
        }
        return decode(bytes, name);
    }

    /** Decodes bytes already in memory, for example from an upload. */
    public SourceInput decode(byte[] bytes, String name) {
        if (bytes.length == 0) {
            throw new InvalidSourceException(InputProblem.EMPTY, name, "is empty");
        }
        Decoded decoded = decodeText(bytes, name);
        String content = decoded.text();
        if (content.length() > limits.maxCharsPerSource()) {
            throw tooLarge(name);
        }
        if (content.isBlank()) {
            throw new InvalidSourceException(InputProblem.EMPTY, name, "contains only whitespace");
        }
        SourceFormat format = looksLikeHtml(name, content) ? SourceFormat.HTML : SourceFormat.TEXT;
        return new SourceInput(name, content, format, null, null, null, null, decoded.encoding());
    }

    private InvalidSourceException tooLarge(String name) {
        return new InvalidSourceException(InputProblem.TOO_LARGE, name,
                "is larger than the limit of " + limits.maxCharsPerSource() + " characters per source");
    }

    private record Decoded(String text, String encoding) {
    }

    private static Decoded decodeText(byte[] bytes, String name) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, name), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, name), "UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, name), "UTF-16LE");
        }
        if (looksBinary(bytes)) {
            throw new InvalidSourceException(InputProblem.BINARY, name,
                    "looks like binary data, not text or HTML (control bytes found)");
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            if (hasUtf8Multibyte(bytes)) {
                // Valid multi-byte sequences alongside invalid ones: this was UTF-8 and got damaged
                // (typically cut off mid-character). Guessing another encoding would garble it silently.
                throw new InvalidSourceException(InputProblem.BAD_ENCODING, name,
                        "is not valid UTF-8 (truncated or damaged multi-byte character)");
            }
            return new Decoded(new String(bytes, WINDOWS_1252), "windows-1252");
        }
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidSourceException(InputProblem.BAD_ENCODING, name,
                    "declares " + charset.name() + " with a byte order mark but is not valid " + charset.name());
        }
    }

    private static CharsetDecoder decoder(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** NUL bytes or a high share of C0 control characters other than tab, newline, form feed and return. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int controls = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1B) {
                controls++;
            }
        }
        return controls * 20 > sample;
    }

    private static boolean hasUtf8Multibyte(byte[] bytes) {
        for (int i = 0; i + 1 < bytes.length; i++) {
            int b = bytes[i] & 0xFF;
            int next = bytes[i + 1] & 0xFF;
            if (b >= 0xC2 && b <= 0xF4 && (next & 0xC0) == 0x80) {
                return true;
            }
        }
        return false;
    }

    private static boolean looksLikeHtml(String name, String content) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return true;
        }
        String head = content.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<body")
                || (head.startsWith("<") && (head.contains("<p>") || head.contains("<div") || head.contains("<article")));
    }
}
