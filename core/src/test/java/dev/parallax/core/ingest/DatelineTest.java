package dev.parallax.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Datelines in the styles of the agencies, and openings that only look like one. */
class DatelineTest {

    private static WireCopy.Cleaned clean(String text) {
        return WireCopy.clean(TextNormalizer.normalize(text), null);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
        "OSLO (NTB) – Politiet rykket ut. | OSLO | - | NTB | Politiet rykket ut.",
        "OSLO (Meridian Wire) – Politiet rykket ut. | OSLO | - | Meridian Wire | Politiet rykket ut.",
        "BEIRUT, Oct 23 (Reuters) - Fighting resumed. | BEIRUT | Oct 23 | Reuters | Fighting resumed.",
        "WASHINGTON — The Senate voted on Tuesday. | WASHINGTON | - | - | The Senate voted on Tuesday.",
        "NEW YORK, 23 October (Meridian Wire) — Stocks fell. | NEW YORK | 23 October | Meridian Wire | Stocks fell.",
        "BERLIN (dpa) - Die Regierung hat beschlossen. | BERLIN | - | dpa | Die Regierung hat beschlossen.",
        "Beirut (AFP) - Des combats ont repris. | Beirut | - | AFP | Des combats ont repris.",
        "MADRID, 23 oct (EFE).- El Gobierno aprobó. | MADRID | 23 oct | EFE | El Gobierno aprobó.",
        "OSLO (NTB): – Vi er lettet, sier hun. | OSLO | - | NTB | – Vi er lettet, sier hun.",
        "МОСКВА, 23 октября. /ТАСС/. Правительство одобрило. | МОСКВА | 23 октября | ТАСС | Правительство одобрило.",
        "КИЇВ (Укрінформ) – Уряд ухвалив рішення. | КИЇВ | - | Укрінформ | Уряд ухвалив рішення.",
        "بيروت (رويترز) - استؤنف القتال. | بيروت | - | رويترز | استؤنف القتال.",
        "ANKARA (AA) - Meclis toplandı. | ANKARA | - | AA | Meclis toplandı.",
        "ROMA, 23 ott - Il governo ha approvato. | ROMA | 23 ott | - | Il governo ha approvato.",
        "SÃO PAULO (Lusa) - O governo aprovou. | SÃO PAULO | - | Lusa | O governo aprovou."})
    void aDatelineIsTakenOutOfTheFirstParagraph(String text, String place, String date, String outlet, String rest) {
        WireCopy.Cleaned cleaned = clean(text);
        assertThat(cleaned.text()).isEqualTo(rest);
        assertThat(cleaned.dateline()).isNotNull();
        assertThat(cleaned.dateline().place()).isEqualTo(place);
        assertThat(cleaned.dateline().date()).isEqualTo(date);
        assertThat(cleaned.dateline().outlet()).isEqualTo(outlet);
        assertThat(cleaned.outlet()).isEqualTo(outlet);
    }

    @Test
    void aDatelineAfterAHeadlineIsFound() {
        WireCopy.Cleaned cleaned = clean("Massegrav funnet\n\nKVERNVIK (NTB): Politiet fant restene av 35 personer.");
        assertThat(cleaned.text()).isEqualTo("Massegrav funnet\n\nPolitiet fant restene av 35 personer.");
        assertThat(cleaned.dateline().place()).isEqualTo("KVERNVIK");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "EU – Norge-avtalen ble signert tirsdag.",
        "NATO – alliansen – møtes i Brussel.",
        "Kari Holm (34) forteller at hun våknet av smellet.",
        "Politiet fant lørdag restene av 35 personer. OSLO (NTB) – dette står ikke først.",
        "The report (published on Monday) - a long one - found errors."})
    void anOpeningThatOnlyLooksLikeADatelineIsKept(String text) {
        WireCopy.Cleaned cleaned = clean(text);
        assertThat(cleaned.text()).isEqualTo(text);
        assertThat(cleaned.dateline()).isNull();
    }

    @Test
    void aDatelineInTheMiddleOfTheArticleIsKept() {
        String text = "Politiet rykket ut i natt.\n\nOSLO (NTB) – Dette er et sitat fra en annen sak.";
        assertThat(clean(text).text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Let's block ads! (Why?)",
        "(©NTB)",
        "© 2017 Meridian Wire. All rights reserved.",
        "(Reporting by Kari Holm; Editing by Ola Dahl)",
        "Read more: Storm expected on Friday",
        "Les også: Ny storm på vei",
        "Advertisement",
        "Share this article",
        "Oppdatert 23.10.2017 kl. 14.02",
        "###"})
    void trailingBoilerplateLinesAreDropped(String trailer) {
        String body = "Storm hits the coast\n\nThe storm arrived on Sunday. Nobody was hurt.";
        WireCopy.Cleaned cleaned = clean(body + "\n\n" + trailer);
        assertThat(cleaned.text()).isEqualTo(body);
        assertThat(cleaned.removed()).containsExactly(trailer);
    }

    @Test
    void aCopyrightLineNamesTheOutletWhenNothingElseDoes() {
        assertThat(clean("Tekst om saken. Mer tekst.\n\n(©NTB)").outlet()).isEqualTo("NTB");
        assertThat(clean("Tekst om saken. Mer tekst.\n\nnrk.no").outlet()).isEqualTo("nrk.no");
    }

    @Test
    void theKnownOutletAloneOnTheLastLineIsDropped() {
        WireCopy.Cleaned cleaned = WireCopy.clean("Tekst om saken.\n\nMer tekst.\n\nFJORDAVISA", "Fjordavisa");
        assertThat(cleaned.text()).isEqualTo("Tekst om saken.\n\nMer tekst.");
    }

    @Test
    void aBylineAboveTheBodyIsDropped() {
        WireCopy.Cleaned cleaned = clean("By Sam Carter and Jane Doe\n\nThe bridge will stay closed.");
        assertThat(cleaned.text()).isEqualTo("The bridge will stay closed.");
        assertThat(cleaned.removed()).containsExactly("By Sam Carter and Jane Doe");
    }
}
