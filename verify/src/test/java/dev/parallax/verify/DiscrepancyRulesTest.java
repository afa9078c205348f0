package dev.parallax.verify;

import static dev.parallax.verify.EngineFixture.evidenceTexts;
import static dev.parallax.verify.EngineFixture.ofType;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class DiscrepancyRulesTest {

    @Test
    void differentFiguresForTheSameCountedThingAndSpeakerConflict() {
        Report r = new EngineFixture()
                .source("en", "2026-03-14", "Police said 17 homes were destroyed in the village on Thursday.")
                .source("nb", "2026-03-13", "Ifølge politiet ble 15 hus ødelagt i bygda i går.")
                .compare();
        List<Finding> conflicts = ofType(r, FindingType.NUMBER_CONFLICT);
        assertThat(conflicts).hasSize(1);
        assertThat(evidenceTexts(conflicts.get(0))).containsExactly("A:17", "B:15");
        assertThat(conflicts.get(0).summary()).contains("17", "15", "Police", "politiet");
        // Thursday in a Saturday paper and "i går" in a Friday paper are the same day: no date conflict
        assertThat(ofType(r, FindingType.DATE_CONFLICT)).isEmpty();
    }

    @Test
    void severityGrowsWithTheGap() {
        double small = new EngineFixture()
                .source("en", "2026-03-14", "Police said 100 people were evacuated.")
                .source("en", "2026-03-14", "Police said 96 people were evacuated.")
                .compare().maxSeverity();
        double large = new EngineFixture()
                .source("en", "2026-03-14", "Police said 100 people were evacuated.")
                .source("en", "2026-03-14", "Police said 40 people were evacuated.")
                .compare().maxSeverity();
        assertThat(large).isGreaterThan(small);
        assertThat(small).isGreaterThan(0);
    }

    @Test
    void theExplanationGivesTheDifferenceBetweenTheFiguresAsStated() {
        Report r = new EngineFixture()
                .source("en", "2026-03-14", "About 60 people were evacuated from Tveit, police said.")
                .source("nb", "2026-03-14", "Rundt 40 personer ble evakuert fra Tveit, sier politiet.")
                .compare();
        assertThat(ofType(r, FindingType.NUMBER_CONFLICT)).singleElement()
                .satisfies(f -> assertThat(f.summary()).contains("differ by 33%"));
    }

    @Test
    void aVaguerCompatibleFigureIsLessSpecificNotAConflict() {
        Report r = new EngineFixture()
                .source("en", "2026-03-14", "More than 40 firefighters fought the blaze, the fire service said.")
                .source("nb", "2026-03-14", "Ifølge brannvesenet var 43 brannfolk i sving.")
                .compare();
        assertThat(ofType(r, FindingType.NUMBER_CONFLICT)).isEmpty();
        assertThat(ofType(r, FindingType.LESS_SPECIFIC)).singleElement()
                .satisfies(f -> assertThat(evidenceTexts(f)).containsExactly("A:More than 40", "B:43"));
    }

    @Test
    void theSameCounterWithADifferentMinimumIsAConflict() {
        Report sameCounter = new EngineFixture()
                .source("en", "2026-03-14", "At least 128 people were killed, the observatory said.")
                .source("nb", "2026-03-14", "Minst 116 mennesker ble drept, ifølge observatoriet.")
                .compare();
        assertThat(ofType(sameCounter, FindingType.NUMBER_CONFLICT)).singleElement()
                .satisfies(f -> assertThat(evidenceTexts(f)).containsExactly("A:At least 128", "B:Minst 116"));

        Report otherCounter = new EngineFixture()
                .source("en", "2026-03-14", "At least 128 people were killed, the observatory said.")
                .source("nb", "2026-03-14", "Minst 116 mennesker ble drept, ifølge politiet.")
                .compare();
        assertThat(ofType(otherCounter, FindingType.NUMBER_CONFLICT)).isEmpty();
    }

    @Test
    void differentMinimumsOrMaximumsWithNoCreditConflict() {
        Report minimums = new EngineFixture()
                .source("en", "2026-03-14", "The prison in Hallvik holds more than 500 prisoners.")
                .source("nb", "2026-03-14", "Fengselet i Hallvik har mer enn 700 innsatte.")
                .compare();
        assertThat(ofType(minimums, FindingType.NUMBER_CONFLICT)).singleElement().satisfies(f -> {
            assertThat(evidenceTexts(f)).containsExactly("A:more than 500", "B:mer enn 700");
            assertThat(f.summary()).contains("minimums differ");
        });

        Report maximums = new EngineFixture()
                .source("en", "2026-03-14", "Almost 1,400 people were injured in the clashes in Tarvik.")
                .source("nb", "2026-03-14", "Nesten 1000 personer ble skadet i sammenstøtene i Tarvik.")
                .compare();
        assertThat(ofType(maximums, FindingType.NUMBER_CONFLICT)).singleElement()
                .satisfies(f -> assertThat(evidenceTexts(f)).containsExactly("A:Almost 1,400", "B:Nesten 1000"));
    }

    @Test
    void aRoundMinimumAgainstAPreciseOneIsLessSpecificAndOneCreditAgainstNoneIsNoConflict() {
        Report rounded = new EngineFixture()
                .source("en", "2026-03-14", "At least 128 people were killed in Marden, the observatory said.")
                .source("nb", "2026-03-14", "Over 100 mennesker ble drept i Marden, ifølge observatoriet.")
                .compare();
        assertThat(ofType(rounded, FindingType.NUMBER_CONFLICT)).isEmpty();
        assertThat(ofType(rounded, FindingType.LESS_SPECIFIC)).singleElement()
                .satisfies(f -> assertThat(evidenceTexts(f)).containsExactly("A:At least 128", "B:Over 100"));

        Report oneCredited = new EngineFixture()
                .source("en", "2026-03-14", "At least 67 civilians were killed in Marden, activists said.")
                .source("nb", "2026-03-14", "Minst 116 sivile ble drept i Marden.")
                .compare();
        assertThat(ofType(oneCredited, FindingType.NUMBER_CONFLICT)).isEmpty();
    }

    @Test
    void currencyCodesAndPercentagesAreComparedWhateverTheyMeasure() {
        Report money = new EngineFixture()
                .source("en", "2026-03-14", "Thieves took $26,750 from a cash machine in Dalby on Monday, police said.")
                .source("nb", "2026-03-14", "Tyver stjal USD 37450 fra en minibank i Dalby mandag, sier politiet.")
                .compare();
        assertThat(ofType(money, FindingType.NUMBER_CONFLICT)).singleElement()
                .satisfies(f -> assertThat(evidenceTexts(f)).containsExactly("A:26,750", "B:37450"));

        Report share = new EngineFixture()
                .source("en", "2026-03-14", "More than 10 percent of the residents of Dalby lost their homes, the council said.")
                .source("nb", "2026-03-14", "Mer enn 14 % av innbyggerne i Dalby mistet hjemmene sine, sier kommunen.")
                .compare();
        assertThat(ofType(share, FindingType.NUMBER_CONFLICT)).singleElement()
                .satisfies(f -> assertThat(evidenceTexts(f)).containsExactly("A:More than 10", "B:Mer enn 14"));
    }

    @Test
    void lengthsOfTimeAreComparedInDaysWithATolerance() {
        Report close = new EngineFixture()
                .source("en", "2026-03-14", "The town was besieged for three weeks, the army said.")
                .source("nb", "2026-03-14", "Byen var beleiret i 20 dager, ifølge hæren.")
                .compare();
        assertThat(close.findings()).noneMatch(f -> f.type().isConflict());

        Report far = new EngineFixture()
                .source("en", "2026-03-14", "The town was besieged for three weeks, the army said.")
                .source("nb", "2026-03-14", "Byen var beleiret i ti dager, ifølge hæren.")
                .compare();
        assertThat(ofType(far, FindingType.NUMBER_CONFLICT)).singleElement().satisfies(f -> {
            assertThat(evidenceTexts(f)).containsExactly("A:three weeks", "B:ti dager");
            assertThat(f.summary()).contains("21 days", "10 days", "15% tolerance");
        });
    }

    @Test
    void aLaterHigherFigureSaidToBeRisingIsStillShownButMayBeAnUpdate() {
        Report rising = new EngineFixture()
                .source("en", "2026-03-10", "Police said 12 people were killed. The toll was likely to climb.")
                .source("nb", "2026-03-12", "Ifølge politiet ble 19 mennesker drept.")
                .compare();
        Report steady = new EngineFixture()
                .source("en", "2026-03-10", "Police said 12 people were killed.")
                .source("nb", "2026-03-12", "Ifølge politiet ble 19 mennesker drept.")
                .compare();
        Finding update = ofType(rising, FindingType.NUMBER_CONFLICT).get(0);
        Finding conflict = ofType(steady, FindingType.NUMBER_CONFLICT).get(0);
        assertThat(update.summary()).contains("2 days apart", "may be an update", "12", "19");
        assertThat(update.severity()).isLessThan(conflict.severity());
        assertThat(conflict.summary()).doesNotContain("update");

        Report laterLower = new EngineFixture()
                .source("en", "2026-03-12", "Police said 12 people were killed. The toll was likely to climb.")
                .source("nb", "2026-03-10", "Ifølge politiet ble 19 mennesker drept.")
                .compare();
        assertThat(ofType(laterLower, FindingType.NUMBER_CONFLICT).get(0).summary()).doesNotContain("update");
    }

    @Test
    void numbersCountingDifferentThingsAreNotCompared() {
        Report r = new EngineFixture()
                .source("en", "2026-03-14", "Rescuers found 35 bodies and identified 67 victims, police said.")
                .source("en", "2026-03-14", "Rescuers found 35 bodies and identified 67 victims, police said.")
                .compare();
        assertThat(r.findings()).isEmpty();
    }

    @Test
    void datesThatDoNotOverlapConflictAndACoarserDateIsLessSpecific() {
        Report conflict = new EngineFixture()
                .source("en", "2026-03-14", "The warehouse burned down in 2019, the company said.")
                .source("de", "2026-03-14", "Das Lager brannte 2018 ab, teilte das Unternehmen mit.")
                .compare();
        assertThat(ofType(conflict, FindingType.DATE_CONFLICT)).singleElement()
                .satisfies(f -> {
                    assertThat(evidenceTexts(f)).containsExactly("A:2019", "B:2018");
                    assertThat(f.summary()).contains("1 year apart");
                });

        Report vaguer = new EngineFixture()
                .source("en", "2026-03-14", "The mine last flooded in 2019, the company said.")
                .source("en", "2026-03-14", "The mine last flooded in March 2019, the company said.")
                .compare();
        assertThat(ofType(vaguer, FindingType.DATE_CONFLICT)).isEmpty();
        assertThat(ofType(vaguer, FindingType.LESS_SPECIFIC)).hasSize(1);
    }

    @Test
    void oneNameSpelledTwoWaysIsAVariantNeverAConflict() {
        Report r = new EngineFixture()
                .source("en", "2026-03-14", "Mayor Arne Tveita said 230 residents were evacuated.")
                .source("nb", "2026-03-14", "Ordfører Arne Tveitå sier at 230 innbyggere er evakuert.")
                .compare();
        assertThat(ofType(r, FindingType.NAME_VARIANT)).singleElement()
                .satisfies(f -> assertThat(evidenceTexts(f)).containsExactly("A:Arne Tveita", "B:Arne Tveitå"));
        assertThat(r.findings()).noneMatch(f -> f.type().isConflict());
    }

    @Test
    void theSameFigureCreditedToADifferentSpeakerIsAnAttributionConflict() {
        Report different = new EngineFixture()
                .source("en", "2026-03-14", "About 300 tonnes of chemicals were stored at the site, the company said.")
                .source("fr", "2026-03-14", "Quelque 300 tonnes de produits chimiques étaient stockées, selon la préfecture.")
                .compare();
        assertThat(ofType(different, FindingType.ATTRIBUTION_CONFLICT)).singleElement()
                .satisfies(f -> assertThat(evidenceTexts(f)).containsExactly("A:company said", "B:selon la préfecture"));

        Report generic = new EngineFixture()
                .source("en", "2026-03-14", "About 300 tonnes of chemicals were stored at the site, the ministry said.")
                .source("en", "2026-03-14", "About 300 tonnes of chemicals were stored at the site, the authorities said.")
                .compare();
        assertThat(ofType(generic, FindingType.ATTRIBUTION_CONFLICT)).isEmpty();
    }

    @Test
    void aFigureOnlyOneSourceReportsIsAnOmission() {
        Report r = new EngineFixture()
                .source("en", "2026-03-14", "Police said 17 homes were destroyed. About 40 soldiers were sent to help.")
                .source("nb", "2026-03-14", "Ifølge politiet ble 17 hus ødelagt.")
                .compare();
        assertThat(ofType(r, FindingType.OMISSION)).singleElement()
                .satisfies(f -> assertThat(evidenceTexts(f)).containsExactly("A:About 40"));
    }

    @Test
    void aNamedActorOnlyOneSourceMentionsIsAnOmissionRankedBelowFigures() {
        Report r = new EngineFixture()
                .source("en", "2026-03-14", "Police said 17 homes were destroyed. About 40 soldiers were sent to help. "
                        + "Mayor Arne Tveita visited the valley.")
                .source("nb", "2026-03-14", "Ifølge politiet ble 17 hus ødelagt.")
                .compare();
        assertThat(ofType(r, FindingType.OMISSION)).extracting(EngineFixture::evidenceTexts)
                .containsExactly(List.of("A:About 40"), List.of("A:Arne Tveita"));
    }

    @Test
    void aDifferentPersonInTheSameRoleIsAnEntityConflictButASpellingIsNot() {
        Report other = new EngineFixture()
                .source("en", "2026-03-14", "Mayor Lise Dahl said 230 residents of Tveit were evacuated on Thursday.")
                .source("nb", "2026-03-14", "Ordfører Lise Kowalczyk sier at 230 innbyggere i Tveit ble evakuert torsdag.")
                .compare();
        assertThat(ofType(other, FindingType.ENTITY_CONFLICT)).singleElement()
                .satisfies(f -> assertThat(evidenceTexts(f)).containsExactly("A:Lise Dahl", "B:Lise Kowalczyk"));

        Report spelling = new EngineFixture()
                .source("en", "2026-03-14", "Mayor Lise Dahl said 230 residents of Tveit were evacuated on Thursday.")
                .source("nb", "2026-03-14", "Ordfører Lise Dahle sier at 230 innbyggere i Tveit ble evakuert torsdag.")
                .compare();
        assertThat(ofType(spelling, FindingType.ENTITY_CONFLICT)).isEmpty();

        Report mentionedElsewhere = new EngineFixture()
                .source("en", "2026-03-14", "Mayor Lise Dahl said 230 residents of Tveit were evacuated on Thursday. "
                        + "Lise Kowalczyk, a nurse, treated the injured.")
                .source("nb", "2026-03-14", "Ordfører Lise Kowalczyk sier at 230 innbyggere i Tveit ble evakuert torsdag. "
                        + "Lise Dahl, en sykepleier, behandlet de skadde.")
                .compare();
        assertThat(ofType(mentionedElsewhere, FindingType.ENTITY_CONFLICT)).isEmpty();
    }

    @Test
    void aFigureAnotherSourceMakesImpossibleIsAConflictAcrossTheMatrix() {
        Report r = new EngineFixture()
                .source("en", "2026-03-14", "Fighters entered Marden on Sunday. Thousands of the town's Christians fled "
                        + "to the hills, a priest said.")
                .source("nb", "2026-03-14", "Krigerne kom til Marden søndag. Rundt 900 av de 30.000 innbyggerne var "
                        + "kristne før krigen.")
                .compare();
        assertThat(ofType(r, FindingType.NUMBER_CONFLICT)).singleElement().satisfies(f -> {
            assertThat(evidenceTexts(f)).containsExactly("A:Thousands", "B:Rundt 900");
            assertThat(f.summary()).contains("fled", "there were at all");
        });

        Report possible = new EngineFixture()
                .source("en", "2026-03-14", "Fighters entered Marden on Sunday. About 300 of the town's Christians fled "
                        + "to the hills, a priest said.")
                .source("nb", "2026-03-14", "Krigerne kom til Marden søndag. Rundt 900 av de 30.000 innbyggerne var "
                        + "kristne før krigen.")
                .compare();
        assertThat(ofType(possible, FindingType.NUMBER_CONFLICT))
                .noneMatch(f -> f.summary().contains("there were at all"));
    }

    @Test
    void withThreeSourcesOneFindingNamesEverySourceInvolved() {
        Report r = new EngineFixture()
                .source("en", "2026-03-13", "Twelve people were treated in hospital, the fire service said.")
                .source("de", "2026-03-12", "Laut Feuerwehr wurden 12 Menschen im Krankenhaus behandelt.")
                .source("fr", "2026-03-12", "Selon les pompiers, 14 personnes ont été soignées à l'hôpital.")
                .compare();
        assertThat(ofType(r, FindingType.NUMBER_CONFLICT)).singleElement()
                .satisfies(f -> assertThat(evidenceTexts(f)).containsExactlyInAnyOrder("A:Twelve", "B:12", "C:14"));
    }

    @Test
    void findingsAreSortedBySeverity() {
        Report r = new EngineFixture()
                .source("en", "2026-03-14", "Police said 17 homes were destroyed. About 40 soldiers helped. Mayor Arne Tveita spoke.")
                .source("nb", "2026-03-14", "Ifølge politiet ble 12 hus ødelagt. Ordfører Arne Tveitå snakket.")
                .compare();
        assertThat(r.findings()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(r.findings()).extracting(Finding::severity).isSortedAccordingTo((x, y) -> Double.compare(y, x));
    }
}
