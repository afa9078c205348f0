package dev.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every kind of input that cannot become a source gets its own problem code and a message naming it. */
class BadInputTest {

    private final SourceReader reader = new SourceReader(IngestLimits.DEFAULT);
    private final Ingester ingester = Ingester.standard();

    private static InvalidSourceException problem(ThrowingRunnable r) {
        try {
            r.run();
        } catch (InvalidSourceException e) {
            return e;
        } catch (Exception e) {
            throw new AssertionError("expected InvalidSourceException, got " + e, e);
        }
        throw new AssertionError("no InvalidSourceException");
    }

    interface ThrowingRunnable {
        void run() throws Exception;
    }

    @Test
    void aMissingFileAndADirectoryAreNamed(@TempDir Path dir) {
        InvalidSourceException missing = problem(() -> reader.read(dir.resolve("rapport.txt")));
        assertThat(missing.problem()).isEqualTo(InputProblem.NOT_FOUND);
        assertThat(missing.getMessage()).contains("rapport.txt").contains("does not exist");

        InvalidSourceException directory = problem(() -> reader.readAll(dir));
        assertThat(directory.problem()).isEqualTo(InputProblem.IS_DIRECTORY);
        assertThat(directory.getMessage()).contains(dir.toString()).contains("directory");
    }

    @Test
    void emptyAndWhitespaceOnlyInputs(@TempDir Path dir) throws IOException {
        Path empty = Files.write(dir.resolve("empty.txt"), new byte[0]);
        assertThat(problem(() -> reader.read(empty)).problem()).isEqualTo(InputProblem.EMPTY);
        InvalidSourceException blank = problem(() -> reader.decode(" \n\t \r\n".getBytes(StandardCharsets.UTF_8), "stdin"));
        assertThat(blank.problem()).isEqualTo(InputProblem.EMPTY);
        assertThat(blank.getMessage()).isEqualTo("stdin: contains only whitespace");
        assertThat(problem(() -> ingester.ingest(SourceInput.text("api", "   "), "A")).problem())
                .isEqualTo(InputProblem.EMPTY);
        // Only invisible characters: nothing would be left to read.
        InvalidSourceException invisible = problem(() -> ingester.ingest(
                SourceInput.text("api", "\u200B\u00AD\u200D\uFEFF"), "A"));
        assertThat(invisible.problem()).isEqualTo(InputProblem.EMPTY);
        assertThat(invisible.getMessage()).contains("invisible");
    }

    @Test
    void binaryDataIsRefusedAndSaysWhatItLooksLike() {
        byte[] pdf = "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj\n".getBytes(StandardCharsets.ISO_8859_1);
        byte[] withNul = Arrays.copyOf(pdf, pdf.length + 4);
        InvalidSourceException e = problem(() -> reader.decode(withNul, "rapport.pdf"));
        assertThat(e.problem()).isEqualTo(InputProblem.BINARY);
        assertThat(e.getMessage()).contains("PDF");
        byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D};
        assertThat(problem(() -> reader.decode(png, "bilde.png")).getMessage()).contains("PNG image");
    }

    @Test
    void truncatedUtf8IsRefusedRatherThanGarbled() {
        byte[] whole = Fixtures.bytes("articles/nb.txt");
        String text = new String(whole, StandardCharsets.UTF_8);
        int cut = text.substring(0, text.indexOf("Sørvik") + 2).getBytes(StandardCharsets.UTF_8).length - 1;
        byte[] truncated = Arrays.copyOf(whole, cut); // ends in the middle of "ø"
        InvalidSourceException e = problem(() -> reader.decode(truncated, "nb.txt"));
        assertThat(e.problem()).isEqualTo(InputProblem.BAD_ENCODING);
        assertThat(e.getMessage()).contains("not valid UTF-8").contains("truncated");
    }

    @Test
    void utf16WithoutByteOrderMarkIsNamed() {
        byte[] bytes = "Flood in Carrow Bridge. Nobody is missing.".getBytes(StandardCharsets.UTF_16LE);
        InvalidSourceException e = problem(() -> reader.decode(bytes, "report.txt"));
        assertThat(e.problem()).isEqualTo(InputProblem.BAD_ENCODING);
        assertThat(e.getMessage()).contains("UTF-16 without a byte order mark");
    }

    @Test
    void oversizedInputIsRefusedAtTheConfiguredLimit(@TempDir Path dir) throws IOException {
        SourceReader small = new SourceReader(new IngestLimits(1000, 20));
        String big = "Storm. ".repeat(200);
        Path file = Files.writeString(dir.resolve("big.txt"), big);
        InvalidSourceException e = problem(() -> small.read(file));
        assertThat(e.problem()).isEqualTo(InputProblem.TOO_LARGE);
        assertThat(e.getMessage()).contains("1400 characters").contains("limit is 1000");

        Ingester smallIngester = new Ingester(new IngestLimits(1000, 20), LanguageIdentifier.shared());
        assertThat(problem(() -> smallIngester.ingest(SourceInput.text("api", big), "A")).problem())
                .isEqualTo(InputProblem.TOO_LARGE);
        assertThat(smallIngester.ingest(SourceInput.text("api", "Storm. ".repeat(100)), "A").source().text())
                .hasSize(699);
    }

    @Test
    void anEndlessStreamIsCutOffNotReadToTheEnd() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        SourceReader small = new SourceReader(new IngestLimits(1000, 20));
        assertThat(problem(() -> small.read(endless, "stdin")).problem()).isEqualTo(InputProblem.TOO_LARGE);
    }

    @Test
    void badStatedMetadataIsNamed() {
        InvalidSourceException date = problem(() -> Ingester.parseDate("23/10/2017", "--published"));
        assertThat(date.problem()).isEqualTo(InputProblem.BAD_METADATA);
        assertThat(date.getMessage()).isEqualTo("--published: '23/10/2017' is not a date; use YYYY-MM-DD");
        InvalidSourceException language = problem(() -> ingester.ingest(
                SourceInput.text("a.txt", "Tekst her.").withMetadata("nb NO", null, null, null), "A"));
        assertThat(language.problem()).isEqualTo(InputProblem.BAD_METADATA);
        assertThat(language.getMessage()).contains("'nb NO' is not a language code");
        InvalidSourceException frontMatter = problem(() -> ingester.ingest(
                SourceInput.text("a.md", "---\ndate: i går\n---\nTekst her."), "A"));
        assertThat(frontMatter.problem()).isEqualTo(InputProblem.BAD_METADATA);
    }

    @Test
    void aStatedButUnsupportedLanguageIsKeptAsAWarning() {
        IngestedSource s = ingester.ingest(SourceInput.text("a.txt", "Poliisi kertoi tiistaina onnettomuudesta.")
                .withMetadata("fi", null, null, null), "A");
        assertThat(s.source().language()).isEqualTo("und");
        assertThat(s.languageGuess().detectedCode()).isEqualTo("fi");
        assertThat(s.languageWarning()).hasValueSatisfying(w -> assertThat(w).contains("Finnish (fi) is not supported"));
    }

    @Test
    void aTextThatIsOnlyAHeaderHasNoArticleText() {
        InvalidSourceException e = problem(() -> ingester.ingest(
                SourceInput.text("a.txt", "date 2017-10 NTB utenriks\nLet's block ads! (Why?)"), "A"));
        assertThat(e.problem()).isEqualTo(InputProblem.NO_ARTICLE_TEXT);
    }

    @Test
    void legacyEncodingsAreReadAndReported() {
        String nb = Fixtures.text("articles/nb.txt");
        String expected = ingester.ingest(SourceInput.text("nb.txt", nb), "A").source().text();
        for (Object[] c : new Object[][] {
            {Charset.forName("windows-1252"), new byte[0], "windows-1252"},
            {StandardCharsets.UTF_8, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, "UTF-8 (BOM)"},
            {StandardCharsets.UTF_16LE, new byte[] {(byte) 0xFF, (byte) 0xFE}, "UTF-16LE"},
            {StandardCharsets.UTF_16BE, new byte[] {(byte) 0xFE, (byte) 0xFF}, "UTF-16BE"}}) {
            byte[] bom = (byte[]) c[1];
            byte[] body = nb.getBytes((Charset) c[0]);
            byte[] bytes = Arrays.copyOf(bom, bom.length + body.length);
            System.arraycopy(body, 0, bytes, bom.length, body.length);
            IngestedSource s = ingester.ingest(reader.decode(bytes, "nb.txt"), "A");
            assertThat(s.encoding()).isEqualTo(c[2]);
            assertThat(s.source().text()).isEqualTo(expected);
        }
    }

    @Test
    void latin1BytesAreReadAsWindows1252() throws IOException {
        String fr = "Un incendie a ravagé un entrepôt à Villeneuve. Les dégâts sont estimés à deux millions.";
        SourceInput input = reader.read(new ByteArrayInputStream(fr.getBytes(StandardCharsets.ISO_8859_1)), "fr.txt");
        assertThat(input.encoding()).isEqualTo("windows-1252");
        assertThat(input.content()).isEqualTo(fr);
    }
}
