package dev.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.model.Source;
import dev.parallax.core.model.Span;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Fuzzes the ingestion entry points with generated input built from the pieces real input is made
 * of (words in several scripts, wire headers, quotes, invisible characters, tags with boilerplate
 * class names, JSON fragments, damaged bytes). Whatever comes in, the only exception allowed out is
 * {@link InvalidSourceException}, and a source that comes out keeps the promises later stages rely
 * on. The number of tries is bounded so the suite stays fast (about 10 s for all properties).
 */
class IngestionFuzzTest {

    private static final SourceReader READER = new SourceReader(new IngestLimits(20_000, 20));
    private static final Ingester INGESTER = new Ingester(new IngestLimits(20_000, 20), LanguageIdentifier.shared());

    private static final List<String> TEXT_PIECES = List.of(
            "Politiet", "fant", "35", "personer", "i", "Sørvik", ".", ". ", "! ", "? ", ", ", " ", " ", " ", "\n",
            "\n\n", "\r\n", "\t", "ca. ", "bl.a. ", "z. B. ", "Dr. ", "27. mars", "3. April", "U.S. ", "etc. ",
            "– ", "- ", "\"", "«", "»", "\u201C", "\u201D", "'", "(", ")", "• ", "* ", "1. ", "OSLO (NTB) – ",
            "BEIRUT, Oct 23 (Reuters) - ", "МОСКВА, 23 октября. /ТАСС/. ", "date 2017-10 NTB utenriks\n",
            "Let's block ads! (Why?)", "(©NTB)", "---\n", "title: X\n", "date: 2017-10-23\n", "date: i går\n",
            "Москва", "погибли", "١٢٨", "بيروت (رويترز) - ", "قتل", "Yeşilova", "İ", "ß", "\u00AD", "\u200B",
            "\u200D", "\u202E", "\uFEFF", "\u0301", "\u0640", "\uD83D\uDE00", "\uD800", "\u0000", "\u0007",
            "\u2028", "\u00A0", "128\u00A0000", "https://nrk.no", "nrk.no", "The Meridian Post", "ANNONSE: ",
            "Les også: ", "<", ">", "&amp;", "{", "}", "[", "]", ":", "\\");

    private static final List<String> TAGS = List.of("div", "p", "article", "main", "section", "span", "a", "ul",
            "li", "h1", "h2", "br", "table", "tr", "td", "script", "style", "nav", "footer", "aside", "blockquote",
            "pre", "time", "figure", "figcaption", "noscript", "iframe", "header", "form", "b", "i");
    private static final List<String> ATTRIBUTES = List.of("", " class=\"ad-slot\"", " class=\"story-body\"",
            " id=\"comments\"", " class=\"shareBar\"", " itemprop=\"articleBody\"", " role=\"main\"",
            " lang=\"nb\"", " hidden", " class=\"mest-lest\"", " datetime=\"2017-10-23\"",
            " class=\"cookie-consent\"", " style=\"display:none\"", " class=\"byline\"");

    private static final List<String> JSON_PIECES = List.of("{", "}", "[", "]", ",", ":", "\"text\"", "\"html\"",
            "\"language\"", "\"published\"", "\"outlet\"", "\"title\"", "\"sources\"", "\"name\"", "\"Politiet fant 35.\"",
            "\"<p>Tekst</p>\"", "\"nb\"", "\"xx-!!\"", "\"2017-10-23\"", "\"i går\"", "null", "true", "42", "-1e999",
            "\"\\u00e6\"", "\"\\ud800\"", "\"\"", " ", "\n", "\"unterminated");

    @Provide
    Arbitrary<String> newsLikeText() {
        return Arbitraries.of(TEXT_PIECES).list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    @Provide
    Arbitrary<String> tagSoup() {
        Arbitrary<String> open = Arbitraries.of(TAGS).flatMap(tag -> Arbitraries.of(ATTRIBUTES)
                .map(attr -> "<" + tag + attr + ">"));
        Arbitrary<String> close = Arbitraries.of(TAGS).map(tag -> "</" + tag + ">");
        Arbitrary<String> piece = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, open), net.jqwik.api.Tuple.of(2, close),
                net.jqwik.api.Tuple.of(4, Arbitraries.of(TEXT_PIECES)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("<script type=\"application/ld+json\">{\"@type\":"
                        + "\"NewsArticle\",\"headline\":\"H\",\"articleBody\":\"Body text here.\"}</script>")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("<meta property=\"article:published_time\" content=\"x\">")));
        return piece.list().ofMaxSize(80).map(pieces -> "<html>" + String.join("", pieces));
    }

    @Provide
    Arbitrary<String> jsonish() {
        Arbitrary<String> valid = newsLikeText().map(t -> "{\"text\": " + quote(t) + ", \"language\": \"nb\"}");
        Arbitrary<String> soup = Arbitraries.of(JSON_PIECES).list().ofMaxSize(40).map(p -> String.join("", p));
        return Arbitraries.oneOf(valid, soup, soup.map(s -> "{" + s), valid.list().ofMaxSize(25)
                .map(l -> String.join("\n", l)));
    }

    @Property(tries = 300)
    void plainTextEitherBecomesAConsistentSourceOrIsRefused(@ForAll("newsLikeText") String text) {
        check(() -> INGESTER.ingest(SourceInput.text("fuzz.txt", text), "A"));
    }

    @Property(tries = 250)
    void htmlEitherBecomesAConsistentSourceOrIsRefused(@ForAll("tagSoup") String html) {
        check(() -> INGESTER.ingest(SourceInput.html("fuzz.html", html), "A"));
    }

    @Property(tries = 250)
    void jsonEitherBecomesSourcesOrIsRefused(@ForAll("jsonish") String json) {
        try {
            for (SourceInput input : READER.decodeAll(json.getBytes(StandardCharsets.UTF_8), "fuzz.json")) {
                check(() -> INGESTER.ingest(input, "A"));
            }
        } catch (InvalidSourceException expected) {
            assertRefusal(expected);
        }
    }

    @Property(tries = 300)
    void anyBytesEitherDecodeOrAreRefused(@ForAll @Size(max = 400) byte[] noise, @ForAll("newsLikeText") String text,
                                          @ForAll boolean asHtmlName) {
        byte[] words = text.getBytes(StandardCharsets.UTF_8);
        // Text with a few bytes of noise spliced in: damaged UTF-8, stray controls, binary fragments.
        byte[] bytes = new byte[words.length + Math.min(noise.length, 8)];
        System.arraycopy(words, 0, bytes, 0, words.length);
        System.arraycopy(noise, 0, bytes, words.length, bytes.length - words.length);
        try {
            for (SourceInput input : READER.decodeAll(bytes, asHtmlName ? "fuzz.html" : "fuzz.txt")) {
                check(() -> INGESTER.ingest(input, "A"));
            }
        } catch (InvalidSourceException expected) {
            assertRefusal(expected);
        }
    }

    @Property(tries = 300)
    void segmentationOfAnyStringGivesOrderedSpansOfIt(@ForAll("newsLikeText") String text,
                                                      @ForAll("languageTags") String language) {
        assertSentences(text, new SentenceSegmenter(language, Set.of("ca", "insp")).sentences(text));
    }

    @Provide
    Arbitrary<String> languageTags() {
        return Arbitraries.of("en", "nb", "nn", "sv", "da", "de", "fr", "es", "it", "pt", "nl", "pl", "ru", "uk", "ar",
                "tr", "und", "fi", "zz-Latn");
    }

    private interface Ingestion {
        IngestedSource run();
    }

    private static void check(Ingestion ingestion) {
        IngestedSource ingested;
        try {
            ingested = ingestion.run();
        } catch (InvalidSourceException expected) {
            assertRefusal(expected);
            return;
        }
        Source source = ingested.source();
        String text = source.text();
        assertThat(text).isNotEmpty().isEqualTo(text.strip());
        assertThat(TextNormalizer.normalize(text)).as("normalised text is stable").isEqualTo(text);
        assertThat(text.chars().noneMatch(c -> TextNormalizer.isInvisible((char) c))).isTrue();
        assertThat(source.language()).matches("und|[a-z]{2}");
        assertThat(ingested.languageWarning().isPresent()).isEqualTo(ingested.languageGuess().language().isEmpty());
        assertSentences(text, new SentenceSegmenter(source.language(), Set.of()).sentences(text));
        for (Span p : Paragraphs.of(text)) {
            assertThat(text.substring(p.start(), p.end())).isEqualTo(p.text());
        }
    }

    private static void assertSentences(String text, List<Span> sentences) {
        int previousEnd = 0;
        for (Span s : sentences) {
            assertThat(s.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(text.substring(s.start(), s.end())).isEqualTo(s.text());
            assertThat(s.text()).isNotBlank();
            previousEnd = s.end();
        }
    }

    private static void assertRefusal(InvalidSourceException e) {
        assertThat(e.problem()).isNotNull();
        assertThat(e.getMessage()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20 || Character.isSurrogate(c)) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }
}
