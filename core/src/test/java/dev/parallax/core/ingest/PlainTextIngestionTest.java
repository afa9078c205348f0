package dev.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.model.Source;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Plain-text articles with the header styles of wires and copy-paste, one per supported language. */
class PlainTextIngestionTest {

    private final SourceReader reader = new SourceReader(IngestLimits.DEFAULT);
    private final Ingester ingester = Ingester.standard();

    private IngestedSource ingest(String fixture) {
        return ingester.ingest(reader.read(Fixtures.path(fixture)), "A");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        // language | outlet | dateline place | dateline date | text starts with | not in the text
        "en | Meridian Wire | CARROW BRIDGE | Oct 23 | Floodwaters force 2,300 from their homes | block ads",
        "nb | NTB | SØRVIK | 2017-10 | Jordskred i Sørvik: 40 evakuert | innenriks",
        "da | Ritzau | SØRVIK | - | Omkring 40 personer blev | Mette Jensen",
        "sv | TT | SÖRVIK | - | Jordskred i Sörvik – 40 evakuerade | Norrlandsbladet",
        "de | dpa | NEUSTADT | 23. Oktober | Großbrand in Lagerhalle | Alle Rechte",
        "fr | AFP | VILLENEUVE | - | Incendie dans un entrepôt | Courrier du Matin",
        "es | EFE | ALMENDRAL | 24 oct | Un terremoto de magnitud 5,4 | (EFE)",
        "it | - | BORGO SAN FELICE | 24 OTT | Un treno regionale | Leggi anche",
        "pt | Lusa | Vale Fundo | - | Um incêndio florestal | (Lusa)",
        "nl | ANP | WESTERVELD | - | Stroomstoring treft 80.000 | nieuwsbode",
        "pl | PAP | NOWE MIASTO | - | W wyniku wybuchu gazu | (PAP)",
        "ru | ТАСС | ВЕРХНЕРЕЧИНСК | 23 октября | В результате наводнения | /ТАСС/",
        "uk | Укрінформ | ВЕРХНЬОРІЧИНСЬК | - | Через повінь | (Укрінформ)",
        "ar | وكالة الشرق | الوادي الأخضر | - | أعلنت السلطات المحلية | (وكالة الشرق)",
        "tr | AA | YEŞİLOVA | - | Yeşilova ilçesinde | Güncellendi"})
    void wireHeadersBecomeMetadataAndLeaveTheText(String language, String outlet, String place, String date,
                                                    String start, String absent) {
        IngestedSource ingested = ingest("articles/" + language + ".txt");
        Source source = ingested.source();
        assertThat(source.language()).isEqualTo(language);
        assertThat(source.outlet()).isEqualTo(outlet);
        assertThat(ingested.dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo(place);
            assertThat(d.date()).isEqualTo(date);
        });
        assertThat(source.text()).startsWith(start).doesNotContain(absent)
                .doesNotContain(ingested.dateline().orElseThrow().text());
        assertThat(ingested.encoding()).isEqualTo("UTF-8");
        assertThat(TextNormalizer.normalize(source.text())).isEqualTo(source.text());
    }

    @Test
    void anAgencyHeaderLineGivesTheMonthAndAgencyButNoInventedDay() {
        IngestedSource nb = ingest("articles/nb.txt");
        assertThat(nb.dateline()).hasValueSatisfying(d -> {
            assertThat(d.date()).isEqualTo("2017-10");
            assertThat(d.outlet()).isEqualTo("NTB");
        });
        assertThat(nb.source().published()).isNull();
        assertThat(nb.removedLines()).containsExactly("date 2017-10 NTB innenriks", "SØRVIK (NTB):", "(©NTB)");
        assertThat(nb.source().title()).isEqualTo("Jordskred i Sørvik: 40 evakuert");
    }

    @Test
    void aFullDateInTheHeaderLineIsThePublicationDate() {
        IngestedSource s = ingester.ingest(SourceInput.text("wire.txt",
                "2017-10-23 NTB utenriks\nSyriske regjeringsstyrker har tatt kontroll over byen, opplyser NTB."), "A");
        assertThat(s.source().published()).isEqualTo(LocalDate.of(2017, 10, 23));
        assertThat(s.source().text()).startsWith("Syriske");
    }

    @Test
    void frontMatterGivesTitleOutletAndDate() {
        Source nn = ingest("articles/nn.txt").source();
        assertThat(nn.title()).isEqualTo("Jordskred i Sørvik: 40 evakuerte");
        assertThat(nn.outlet()).isEqualTo("Fjordposten");
        assertThat(nn.published()).isEqualTo(LocalDate.of(2017, 10, 21));
        assertThat(nn.language()).isEqualTo("nn");
        assertThat(nn.text()).startsWith("Om lag 40 personar").doesNotContain("Ola Nordmann").doesNotContain("---");
    }

    @Test
    void whatTheUserStatesWinsOverWhatIsDetected() {
        SourceInput input = reader.read(Fixtures.path("articles/nb.txt"))
                .withMetadata("nn", "Min avis", LocalDate.of(2017, 10, 22), "Min tittel");
        IngestedSource s = ingester.ingest(input, "B");
        assertThat(s.source().language()).isEqualTo("nn");
        assertThat(s.languageGuess().confidence()).isEqualTo(1.0);
        assertThat(s.source().outlet()).isEqualTo("Min avis");
        assertThat(s.source().published()).isEqualTo(LocalDate.of(2017, 10, 22));
        assertThat(s.source().title()).isEqualTo("Min tittel");
        assertThat(s.source().id()).isEqualTo("B");
    }

    @Test
    void aSiteNameAloneOnTheLastLineIsTheOutletWhenNothingElseNamesIt() {
        String text = "Bridge reopens after repairs\n\nThe Old Mill bridge reopened on Friday. Traffic is back to normal.\n\n"
                + "The Meridian Post";
        IngestedSource s = ingester.ingest(SourceInput.text("paste.txt", text), "A");
        assertThat(s.source().outlet()).isEqualTo("The Meridian Post");
        assertThat(s.source().text()).endsWith("back to normal.");
        assertThat(s.removedLines()).containsExactly("The Meridian Post");
    }

    @Test
    void aLastSentenceThatStartsLikeALabelIsKept() {
        String text = "Flood in Carrow\n\nThe river rose 1.8 metres on Tuesday.\n\nRelated incidents were reported in 2015.";
        IngestedSource s = ingester.ingest(SourceInput.text("paste.txt", text), "A");
        assertThat(s.source().text()).endsWith("Related incidents were reported in 2015.");
        assertThat(s.removedLines()).isEmpty();
    }

    @Test
    void anAcronymOpeningTheFirstSentenceIsNotADateline() {
        String text = "EU – Norge-avtalen ble signert i Brussel tirsdag, opplyser departementet.";
        IngestedSource s = ingester.ingest(SourceInput.text("paste.txt", text), "A");
        assertThat(s.source().text()).isEqualTo(text);
        assertThat(s.dateline()).isEmpty();
    }

    @Test
    void invisibleAndTypographicCharactersAreNormalisedInTheSourceText() {
        String raw = "Ifølge SOHR ble minst 128\u00A0personer drept\u00AD \u201Cfor\u00A0\u00E5\u200B skremme\u201D "
                + "\u2014 sier Rami\u00A0Abdurrahman.\r\n\r\n\r\nSaken oppdateres.";
        Source s = ingester.ingest(SourceInput.text("paste.txt", raw), "A").source();
        assertThat(s.text()).isEqualTo(
                "Ifølge SOHR ble minst 128 personer drept \"for å skremme\" – sier Rami Abdurrahman.\n\nSaken oppdateres.");
    }
}
