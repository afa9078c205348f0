package dev.parallax.core.extract;

import static dev.parallax.core.extract.ExtractionFixture.claims;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.EntityMention;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityAndAttributionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    private static List<String> names(List<Claim> claims) {
        return claims.stream().flatMap(c -> c.entities().stream()).map(e -> e.span().text()).toList();
    }

    @Test
    void namesAreCapitalisedRunsButNotSentenceInitialCommonWords() {
        List<Claim> claims = claims("en", DAY, "Rescuers searched the ruins of Ovre Fossli on Saturday. "
                + "Most residents left after Mayor Arne Tveita ordered 230 people out. "
                + "Tveita said the Home Guard would help.");
        // a title before a name is not part of it (docs/extraction.md)
        assertThat(names(claims)).contains("Ovre Fossli", "Arne Tveita", "Home Guard", "Tveita")
                .doesNotContain("Rescuers", "Most", "Saturday", "Mayor Arne Tveita");
    }

    @Test
    void germanNounsAreNotNamesButGermanNamesAre() {
        List<Claim> claims = claims("de", DAY, "Im Hafen von Straßburg brannten 300 Tonnen Düngemittel. "
                + "Der Bürgermeister Hans Berger sagte, ein kleinerer Brand habe 2018 die Halle beschädigt.");
        assertThat(names(claims)).contains("Straßburg", "Hans Berger")
                .doesNotContain("Tonnen", "Düngemittel", "Tonnen Düngemittel", "Brand", "Halle", "Bürgermeister");
    }

    @Test
    void keysAreLanguageNeutral() {
        assertThat(NameKey.of("Øvre Fossli")).isEqualTo(NameKey.of("Ovre Fossli"));
        assertThat(NameKey.of("Ержан Нургалиев")).isEqualTo("erzan nurgaliev");
        assertThat(NameKey.of("Al-Qaryatain")).isEqualTo("alqaryatain");
    }

    @Test
    void acronymsAreOrganisations() {
        EntityMention nve = claims("nb", DAY, "Geologer fra NVE undersøker 12 hus.").get(0).entities().get(0);
        assertThat(nve.span().text()).isEqualTo("NVE");
        assertThat(nve.type()).isEqualTo(dev.parallax.core.model.EntityType.ORGANIZATION);
    }

    @Test
    void attributionInBothWordOrdersAndLanguages() {
        Claim en = claims("en", DAY, "Police said 17 homes were destroyed.").get(0);
        assertThat(en.attribution().span().text()).isEqualTo("Police said");
        assertThat(en.attribution().key()).isEqualTo("POLICE");

        Claim nb = claims("nb", DAY, "Ifølge politiet er 15 hus ødelagt.").get(0);
        assertThat(nb.attribution().span().text()).isEqualTo("Ifølge politiet");
        assertThat(nb.attribution().key()).isEqualTo("POLICE");

        Claim named = claims("nb", DAY, "Det er 11 skadde, sier Kari Solheim.").get(0);
        assertThat(named.attribution().speaker()).isEqualTo("Kari Solheim");
        assertThat(named.attribution().key()).isEqualTo("kari solheim");
    }

    @Test
    void aQuotationKeepsTheSpeakerOfTheSentenceBefore() {
        List<Claim> claims = claims("nb", DAY,
                "Ordfører Arne Tveitå sier at 40 hus er tomme.\n– Vi har 12 familier på skolen i natt.");
        assertThat(claims).hasSize(2);
        assertThat(claims.get(1).attribution()).isNotNull();
        assertThat(claims.get(1).attribution().key()).isEqualTo(claims.get(0).attribution().key());
    }

    @Test
    void titlesAreLeftOutOfNamesAndMakeThemPersons() {
        EntityMention e = claims("en", DAY, "Governor Ellen Hartley visited 12 towns.").get(0).entities().get(0);
        assertThat(e.span().text()).isEqualTo("Ellen Hartley");
        assertThat(e.type()).isEqualTo(dev.parallax.core.model.EntityType.PERSON);
    }

    @Test
    void anAcronymDefinedInTheTextTakesTheFullNamesKey() {
        List<Claim> claims = claims("en", DAY, "The Syrian Observatory for Human Rights (SOHR) counted 128 dead. "
                + "SOHR said 12 were children.");
        List<EntityMention> all = claims.stream().flatMap(c -> c.entities().stream()).toList();
        String full = NameKey.of("Syrian Observatory for Human Rights");
        assertThat(all).filteredOn(m -> m.span().text().equals("SOHR")).hasSize(2)
                .allSatisfy(m -> assertThat(m.key()).isEqualTo(full));
    }

    @Test
    void gazetteerFormsOfOneActorShareAKeyAcrossLanguages() {
        EntityMention nb = claims("nb", DAY, "Den islamske staten drepte 20 sivile.").get(0).entities().get(0);
        EntityMention ru = claims("ru", DAY, "Боевики ИГИЛ убили 20 человек.").get(0).entities().get(0);
        EntityMention ar = claims("ar", DAY, "قتل تنظيم داعش ٢٠ شخصا.").get(0).entities().get(0);
        assertThat(nb.key()).isEqualTo(ru.key()).isEqualTo(ar.key());
        assertThat(nb.type()).isEqualTo(dev.parallax.core.model.EntityType.GROUP);
        // "is" is a verb, not the acronym
        assertThat(claims("en", DAY, "The toll is 20 people.").get(0).entities()).isEmpty();
    }

    @Test
    void speakersAfterTheirPostpositionAndAroundSplitVerbs() {
        Claim zufolge = claims("de", DAY, "Der Polizei zufolge starben 9 Menschen.").get(0);
        assertThat(zufolge.attribution().span().text()).isEqualTo("Der Polizei zufolge");
        assertThat(zufolge.attribution().key()).isEqualTo("POLICE");
        Claim split = claims("de", DAY, "Neun Menschen starben am Mittwoch, teilte die Polizei mit.").get(0);
        assertThat(split.attribution().span().text()).isEqualTo("teilte die Polizei mit");
        Claim gore = claims("tr", DAY, "Polise göre 9 kişi öldü.").get(0);
        assertThat(gore.attribution().span().text()).isEqualTo("Polise göre");
    }

    @Test
    void aSpeakerWordBeforeANameExtendsToThePerson() {
        Claim c = claims("nb", DAY, "Det brant i 12 hus, sier brannsjef Ole Hansen.").get(0);
        assertThat(c.attribution().span().text()).isEqualTo("sier brannsjef Ole Hansen");
        assertThat(c.attribution().key()).isEqualTo("ole hansen");
    }
}
