package dev.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.parallax.core.model.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Saved pages in the layouts news sites use: semantic HTML5, class-named div soup with JSON-LD,
 * schema.org microdata, nested sections with embeds, an RTL table layout, an old CMS that separates
 * paragraphs with {@code <br>}, and a JSON-LD {@code @graph} with headings and a bullet list.
 */
class HtmlIngestionTest {

    private final SourceReader reader = new SourceReader(IngestLimits.DEFAULT);
    private final Ingester ingester = Ingester.standard();

    private IngestedSource ingest(String fixture) {
        SourceInput input = reader.read(Fixtures.path("html/" + fixture));
        assertThat(input.format()).isEqualTo(SourceFormat.HTML);
        return ingester.ingest(input, "A");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "nb-semantic.html | nb | Massegrav funnet ved Kvernvik | Fjordavisa | 2017-10-23",
        "en-divsoup.html | en | Bridge closed after barge strike | The Meridian Post | 2021-03-09",
        "de-microdata.html | de | Hochwasser: Pegel steigt weiter | Rheinischer Anzeiger | 2023-06-02",
        "fr-sections.html | fr | Grève des contrôleurs aériens : 400 vols annulés | Le Courrier du Matin | 2022-09-16",
        "ar-table.html | ar | انهيار مبنى سكني في حي الزيتون | صحيفة الأفق | 2019-04-11",
        "ru-br.html | ru | В Заречье сошёл оползень | Вести Приречья | 2020-05-14",
        "es-graph.html | es | Sequía: los embalses, al 28 % de su capacidad | Diario del Sur | 2023-08-01"})
    void readsThePagesMetadata(String page, String language, String title, String outlet, String published) {
        Source source = ingest(page).source();
        assertThat(source.language()).isEqualTo(language);
        assertThat(source.title()).isEqualTo(title);
        assertThat(source.outlet()).isEqualTo(outlet);
        assertThat(source.published()).isEqualTo(LocalDate.parse(published));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "nb-semantic.html | minst 35 personer i en gruvesjakt | Arbeidet kan ta flere uker.",
        "en-divsoup.html | Old Mill bridge will stay closed | Diversions will add up to 25 minutes",
        "de-microdata.html | Pegel der Mosel ist in der Nacht | Bürgermeister Thomas Kehl",
        "fr-sections.html | Près de 400 vols ont été annulés | vérifier l'état de leur vol",
        "ar-table.html | انهار فجر الخميس | تشكيل لجنة للتحقيق",
        "ru-br.html | Оползень повредил три жилых дома | т. е. жителям придётся",
        "es-graph.html | Los embalses almacenan 15.600 | La Sra. Gómez"})
    void keepsTheArticleText(String page, String first, String last) {
        String text = ingest(page).source().text();
        assertThat(text).contains(first).contains(last);
        assertThat(text.indexOf(first)).isLessThan(text.indexOf(last));
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', value = {
        "nb-semantic.html | Kjøp billige flybilletter", "nb-semantic.html | ANNONSE", "nb-semantic.html | Mest lest",
        "nb-semantic.html | Storm på vei", "nb-semantic.html | Ola skrev", "nb-semantic.html | informasjonskapsler",
        "nb-semantic.html | Ansvarlig redaktør", "nb-semantic.html | Del på Facebook", "nb-semantic.html | Kari Nordmann",
        "nb-semantic.html | Sport",
        "en-divsoup.html | Advertisement", "en-divsoup.html | Ferry workers", "en-divsoup.html | Share this article",
        "en-divsoup.html | Related stories", "en-divsoup.html | Council approves", "en-divsoup.html | Ten best walks",
        "en-divsoup.html | cookies", "en-divsoup.html | All rights reserved", "en-divsoup.html | Sam Carter",
        "en-divsoup.html | Business",
        "de-microdata.html | Lesen Sie auch", "de-microdata.html | Sturm richtet", "de-microdata.html | Ferienwohnung",
        "de-microdata.html | Anzeige", "de-microdata.html | Newsletter", "de-microdata.html | vorherzusehen",
        "de-microdata.html | Impressum", "de-microdata.html | Jana Weber",
        "fr-sections.html | Lire aussi", "fr-sections.html | Publicité", "fr-sections.html | Photo : J. Martin",
        "fr-sections.html | Mon vol pour Nice", "fr-sections.html | newsletter", "fr-sections.html | Toujours les mêmes",
        "fr-sections.html | cookies",
        "ar-table.html | اقرأ أيضا", "ar-table.html | ارتفاع أسعار", "ar-table.html | الأكثر قراءة",
        "ar-table.html | فيسبوك", "ar-table.html | جميع الحقوق", "ar-table.html | الرئيسية",
        "ru-br.html | ЗАРЕЧЬЕ, 14 мая", "ru-br.html | Реклама", "ru-br.html | Теги", "ru-br.html | Политика",
        "ru-br.html | Все права", "ru-br.html | Контакты",
        "es-graph.html | Lee también", "es-graph.html | ayudas para los agricultores", "es-graph.html | Hay que ahorrar",
        "es-graph.html | Portada", "es-graph.html | derechos reservados"})
    void dropsNavigationAdsPromotionsCommentsAndFooters(String page, String boilerplate) {
        assertThat(ingest(page).source().text()).doesNotContain(boilerplate);
    }

    @Test
    void listItemsStayLinesOfOneParagraphAndHeadingsStandAlone() {
        String text = ingest("es-graph.html").source().text();
        assertThat(text).contains("\n\nLo que sabemos\n\nLos embalses almacenan 15.600 hectómetros cúbicos.\n"
                + "La reserva ha bajado un 1,2 % en una semana.\nTres comarcas");
        List<String> sentences = new SentenceSegmenter("es", java.util.Set.of()).sentences(text).stream()
                .map(dev.parallax.core.model.Span::text).toList();
        assertThat(sentences).contains("Lo que sabemos", "Tres comarcas tienen ya restricciones de riego.");
    }

    @Test
    void paragraphsSeparatedByLineBreakTagsArePararaphs() {
        String text = ingest("ru-br.html").source().text();
        assertThat(Paragraphs.of(text)).hasSize(3);
    }

    @Test
    void aDatelineInTheFirstParagraphOfAPageIsMetadata() {
        IngestedSource s = ingest("ru-br.html");
        assertThat(s.dateline()).hasValueSatisfying(d -> {
            assertThat(d.place()).isEqualTo("ЗАРЕЧЬЕ");
            assertThat(d.date()).isEqualTo("14 мая");
            assertThat(d.outlet()).isEqualTo("Вести Приречья");
        });
    }

    @Test
    void theTextIdentifiesTheLanguageWhenThePageDeclaresAnotherOne() {
        IngestedSource s = ingest("nn-declared-nb.html");
        assertThat(s.source().language()).isEqualTo("nn");
        assertThat(s.source().outlet()).isEqualTo("Vestlandsrøyst");
    }

    @Test
    void theDeclaredLanguageStandsWhenTheTextCannotTellSisters() {
        String page = "<html lang=\"da\"><body><article><p>Det var ikke muligt i går.</p></article></body></html>";
        assertThat(ingester.ingest(SourceInput.html("p.html", page), "A").source().language()).isEqualTo("da");
    }

    @Test
    void aPageRenderedByScriptIsReadFromItsStructuredData() {
        Source source = ingest("jsonld-only.html").source();
        assertThat(source.text()).startsWith("The port of Lowhaven reopened on Monday");
        assertThat(source.outlet()).isEqualTo("Harbour Herald");
        assertThat(source.published()).isEqualTo(LocalDate.of(2024, 2, 12));
        assertThat(source.title()).isEqualTo("Port reopens after strike");
    }

    @Test
    void aPageWithoutArticleTextIsRefusedWithItsOwnProblem() {
        assertThatThrownBy(() -> ingest("empty-shell.html"))
                .isInstanceOfSatisfying(InvalidSourceException.class, e -> {
                    assertThat(e.problem()).isEqualTo(InputProblem.NO_ARTICLE_TEXT);
                    assertThat(e.sourceName()).endsWith("empty-shell.html");
                    assertThat(e.getMessage()).contains("without article text").contains("JavaScript");
                });
    }

    @Test
    void aParagraphThatUsesALabelWordAsAWordIsKept() {
        String page = "<html><body><article><p>Reklame for tobakk er forbudt i Norge, sier Helsedirektoratet.</p>"
                + "<p>Related incidents were reported in 2015, the council said.</p></article></body></html>";
        String text = ingester.ingest(SourceInput.html("p.html", page), "A").source().text();
        assertThat(text).contains("Reklame for tobakk").contains("Related incidents");
    }

    @Test
    void aPageWrappedInOneFormKeepsItsArticle() {
        // ASP.NET WebForms pages put the whole body in a <form>.
        String page = "<html><body><form id=\"aspnetForm\"><div class=\"nav-menu\"><a href=\"/\">Hjem</a></div>"
                + "<div class=\"content\"><h1>Brann i lagerhall</h1><p>Brannvesenet rykket ut til en brann i en "
                + "lagerhall i natt. Ingen ble skadd, opplyser politiet.</p></div><input type=\"hidden\" value=\"x\">"
                + "</form></body></html>";
        String text = ingester.ingest(SourceInput.html("p.html", page), "A").source().text();
        assertThat(text).isEqualTo("Brann i lagerhall\n\nBrannvesenet rykket ut til en brann i en lagerhall i natt. "
                + "Ingen ble skadd, opplyser politiet.");
    }
}
