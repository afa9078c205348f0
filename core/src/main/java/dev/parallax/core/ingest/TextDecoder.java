package dev.parallax.core.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decides how the bytes of a file are to be read, and refuses bytes that are not text.
 *
 * <p>Hand-written rather than a charset detector (ICU's CharsetDetector guesses among ~40 charsets
 * from statistics): the inputs here are UTF-8, UTF-16 with a byte order mark, or legacy Western
 * files, and a statistical guess that picks, say, ISO-8859-7 for a short Norwegian text garbles it
 * silently. Strict UTF-8 first, then the BOM-marked UTF-16 forms, then Windows-1252 (a superset of
 * the printable Latin-1 range) is predictable and reports exactly what it did.
 */
final class TextDecoder {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    /** Text and the name of the encoding it was read in. */
    record Decoded(String text, String encoding) {
    }

    private TextDecoder() {
    }

    static Decoded decode(byte[] bytes, String name) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new Decoded(strict(bytes, 3, StandardCharsets.UTF_8, name), "UTF-8 (BOM)");
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00) || startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            throw new InvalidSourceException(InputProblem.BAD_ENCODING, name,
                    "is UTF-32, which is not accepted; save it as UTF-8");
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16BE, name), "UTF-16BE");
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(strict(bytes, 2, StandardCharsets.UTF_16LE, name), "UTF-16LE");
        }
        if (looksLikeUtf16WithoutBom(bytes)) {
            throw new InvalidSourceException(InputProblem.BAD_ENCODING, name,
                    "looks like UTF-16 without a byte order mark; save it as UTF-8");
        }
        if (looksBinary(bytes)) {
            throw new InvalidSourceException(InputProblem.BINARY, name, binaryMessage(bytes));
        }
        try {
            return new Decoded(decoder(StandardCharsets.UTF_8).decode(ByteBuffer.wrap(bytes)).toString(), "UTF-8");
        } catch (CharacterCodingException e) {
            if (hasUtf8Multibyte(bytes) || endsInsideUtf8Character(bytes)) {
                // Valid multi-byte sequences alongside invalid ones: this was UTF-8 and got damaged
                // (typically cut off mid-character). Guessing another encoding would garble it silently.
                throw new InvalidSourceException(InputProblem.BAD_ENCODING, name,
                        "is not valid UTF-8 (truncated or damaged multi-byte character near byte "
                                + firstInvalidUtf8(bytes) + ")");
            }
            String text = new String(bytes, WINDOWS_1252);
            if (text.indexOf('\uFFFD') >= 0) {
                // 0x81, 0x8D, 0x8F, 0x90 and 0x9D are unassigned in Windows-1252: not a Western text either.
                throw new InvalidSourceException(InputProblem.BAD_ENCODING, name,
                        "is neither UTF-8 nor Windows-1252 text; save it as UTF-8");
            }
            return new Decoded(text, "windows-1252");
        }
    }

    private static String binaryMessage(byte[] bytes) {
        String kind = startsWith(bytes, 0x25, 0x50, 0x44, 0x46) ? " (a PDF file)"
                : startsWith(bytes, 0x50, 0x4B, 0x03, 0x04) ? " (a ZIP archive or Office document)"
                : startsWith(bytes, 0x89, 0x50, 0x4E, 0x47) ? " (a PNG image)"
                : startsWith(bytes, 0xFF, 0xD8, 0xFF) ? " (a JPEG image)"
                : startsWith(bytes, 0x1F, 0x8B) ? " (gzip-compressed data)"
                : "";
        return "is binary data" + kind + ", not text, HTML or JSON";
    }

    private static String strict(byte[] bytes, int offset, Charset charset, String name) {
        try {
            return decoder(charset).decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            throw new InvalidSourceException(InputProblem.BAD_ENCODING, name,
                    "starts with a " + charset.name() + " byte order mark but is not valid " + charset.name()
                            + " (truncated or damaged)");
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

    /**
     * NUL bytes, or more than one in twenty bytes a C0 control character other than tab, line feed,
     * form feed, carriage return and escape, in the first 8 KB.
     */
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

    /** Text in UTF-16 has a NUL in every other byte for Latin letters: at one parity, at least 40% of them. */
    private static boolean looksLikeUtf16WithoutBom(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192) & ~1;
        if (sample < 8) {
            return false;
        }
        int evenZeros = 0;
        int oddZeros = 0;
        for (int i = 0; i < sample; i += 2) {
            evenZeros += bytes[i] == 0 ? 1 : 0;
            oddZeros += bytes[i + 1] == 0 ? 1 : 0;
        }
        int half = sample / 2;
        return (evenZeros * 5 >= half * 2 && oddZeros * 10 < half)
                || (oddZeros * 5 >= half * 2 && evenZeros * 10 < half);
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

    /**
     * Whether the bytes end with the start of a UTF-8 multi-byte character whose continuation is
     * missing: a cut-off UTF-8 file, even when that was its first non-ASCII character.
     */
    private static boolean endsInsideUtf8Character(byte[] bytes) {
        int i = bytes.length - 1;
        int continuation = 0;
        while (i >= 0 && continuation < 3 && (bytes[i] & 0xC0) == 0x80) {
            continuation++;
            i--;
        }
        if (i < 0) {
            return false;
        }
        int lead = bytes[i] & 0xFF;
        int needed = lead >= 0xF0 && lead <= 0xF4 ? 3 : lead >= 0xE0 && lead <= 0xEF ? 2 : lead >= 0xC2 && lead <= 0xDF ? 1 : 0;
        return needed > continuation && firstInvalidUtf8(bytes) == i;
    }

    private static int firstInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = decoder(StandardCharsets.UTF_8);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 1);
        decoder.decode(in, out, true);
        return in.position();
    }
}
