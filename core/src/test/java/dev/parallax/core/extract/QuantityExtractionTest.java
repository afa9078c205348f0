package dev.parallax.core.extract;

import static dev.parallax.core.extract.ExtractionFixture.claims;
import static dev.parallax.core.extract.ExtractionFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.Qualifier;
import dev.parallax.core.model.Quantity;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityExtractionTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 14);

    private static Quantity quantity(String lang, String text) {
        List<Quantity> q = only(lang, DAY, text).quantities();
        assertThat(q).as("quantities of \"%s\"", text).hasSize(1);
        return q.get(0);
    }

    @Test
    void qualifierBecomesAnInterval() {
        Quantity q = quantity("en", "At least 128 people were killed, the group said.");
        assertThat(q.span().text()).isEqualTo("At least 128");
        assertThat(q.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(q.low()).isEqualTo(128.0);
        assertThat(q.high()).isNull();
        assertThat(q.counted()).isEqualTo("PERSON");

        Quantity more = quantity("nb", "Mer enn 40 brannfolk var i sving.");
        assertThat(more.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(more.low()).isEqualTo(41.0);
        assertThat(more.counted()).isEqualTo("FIREFIGHTER");

        Quantity about = quantity("nb", "Rundt 200 innbyggere ble evakuert.");
        assertThat(about.qualifier()).isEqualTo(Qualifier.ABOUT);
        assertThat(about.low()).isLessThan(200.0);
        assertThat(about.high()).isGreaterThan(200.0);
        assertThat(about.counted()).isEqualTo("RESIDENT");
    }

    @Test
    void whatAFigureCountsMayFollowAFormOfToBe() {
        List<Quantity> en = only("en", DAY, "About 900 of the 30,000 inhabitants were Christians.").quantities();
        assertThat(en).extracting(Quantity::counted).containsExactly("CHRISTIAN", "RESIDENT");
        List<Quantity> nb = only("nb", DAY, "Rundt 900 av de 30.000 innbyggerne var kristne.").quantities();
        assertThat(nb).extracting(Quantity::counted).containsExactly("CHRISTIAN", "RESIDENT");
        // Only right after the verb: "were" followed by something else says nothing about the 900.
        assertThat(quantity("en", "About 900 were evacuated before the Christians returned.").counted()).isNull();
        // A capitalised counted noun of English ("Christians") is what the figure counts, not a name.
        Quantity thousands = quantity("en", "Thousands of the town's Christians fled.");
        assertThat(thousands.counted()).isEqualTo("CHRISTIAN");
        assertThat(thousands.event()).isEqualTo("FLEE");
    }

    @Test
    void aCurrencyCodeBeforeTheFigureIsItsUnit() {
        assertThat(quantity("nb", "Tyvene stjal USD 37450 fra minibanken.").unit()).isEqualTo("USD");
        assertThat(quantity("en", "Thieves took $26,750 from the machine.").unit()).isEqualTo("USD");
    }

    @Test
    void rangesAndScaleWords() {
        Quantity range = quantity("nb", "Mellom 20 og 25 sivile ble drept.");
        assertThat(range.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(range.span().text()).isEqualTo("Mellom 20 og 25");
        assertThat(range.low()).isEqualTo(20.0);
        assertThat(range.high()).isEqualTo(25.0);
        assertThat(range.counted()).isEqualTo("CIVILIAN");

        Quantity dash = quantity("en", "Rescuers found 20-25 bodies.");
        assertThat(dash.low()).isEqualTo(20.0);
        assertThat(dash.high()).isEqualTo(25.0);

        Quantity million = quantity("nb", "Skadene er anslått til 1,6 millioner kroner.");
        assertThat(million.value()).isEqualTo(1_600_000.0);
        assertThat(million.unit()).isEqualTo("NOK");
    }

    @Test
    void groupingWithSpacesAndNumberWords() {
        assertThat(quantity("nb", "Byen har 30 000 innbyggere.").value()).isEqualTo(30_000.0);
        Quantity words = quantity("nb", "Tre personer omkom i brannen.");
        assertThat(words.value()).isEqualTo(3.0);
        assertThat(words.counted()).isEqualTo("PERSON");
        assertThat(quantity("en", "Two people died.").value()).isEqualTo(2.0);
    }

    @Test
    void vagueMagnitudes() {
        Quantity q = quantity("en", "Thousands of residents fled the town.");
        assertThat(q.qualifier()).isEqualTo(Qualifier.VAGUE);
        assertThat(q.low()).isGreaterThanOrEqualTo(2000.0);
        assertThat(q.counted()).isEqualTo("RESIDENT");
        assertThat(quantity("nb", "Tusenvis av mennesker flyktet.").qualifier()).isEqualTo(Qualifier.VAGUE);
    }

    @Test
    void countedThingFoundPastNamesAndPrepositions() {
        assertThat(quantity("nb", "Politiet fant 35 av ofrene i en sjakt.").counted()).isEqualTo("VICTIM");
        assertThat(quantity("en", "About 40 Home Guard soldiers helped.").counted()).isEqualTo("SOLDIER");
        assertThat(quantity("nb", "Over 200 IS-krigere ble drept.").counted()).isEqualTo("FIGHTER");
    }

    @Test
    void agesAreNotCounts() {
        assertThat(quantity("nb", "Politiet leter etter en 68 år gammel kvinne.").counted()).isEqualTo("AGE");
    }

    @Test
    void yearsDatesAndTimesOfDayAreNotCounts() {
        Claim c = only("en", DAY, "The fire started at 14:30 on 12 March 2026 and was the worst since 1987.");
        assertThat(c.quantities()).isEmpty();
        assertThat(c.times()).extracting(t -> t.span().text()).containsExactly("12 March 2026", "1987");

        assertThat(claims("en", DAY, "The plant opened in 1974.").get(0).quantities()).isEmpty();
        // but a four-digit number that counts something is a count
        assertThat(quantity("en", "Some 2000 people marched.").value()).isEqualTo(2000.0);
    }

    @Test
    void qualifiersAfterTheNumberAndUnitsBeforeIt() {
        Quantity tr = quantity("tr", "Depremde 150'den fazla kişi yaralandı.");
        assertThat(tr.span().text()).isEqualTo("150'den fazla");
        assertThat(tr.qualifier()).isEqualTo(Qualifier.MORE_THAN);
        assertThat(tr.low()).isEqualTo(151.0);
        Quantity ar = quantity("ar", "ارتفع عدد القتلى إلى ٢٧ على الأقل.");
        assertThat(ar.qualifier()).isEqualTo(Qualifier.AT_LEAST);
        assertThat(ar.value()).isEqualTo(27.0);
        Quantity percent = quantity("tr", "Binaların yüzde 20'si eski.");
        assertThat(percent.unit()).isEqualTo("PERCENT");
        assertThat(percent.value()).isEqualTo(20.0);
    }

    @Test
    void aRangeJoinedByAGluedConjunction() {
        Quantity q = quantity("ar", "دمر ما بين ٣٠ و٣٥ منزلا.");
        assertThat(q.qualifier()).isEqualTo(Qualifier.RANGE);
        assertThat(q.low()).isEqualTo(30.0);
        assertThat(q.high()).isEqualTo(35.0);
    }

    @Test
    void currenciesOfEveryLanguageAndArticlesThatAreNotOne() {
        assertThat(quantity("sv", "Skadorna beräknas till 1,2 miljarder kronor.").unit()).isEqualTo("SEK");
        assertThat(quantity("da", "Skaderne anslås til 40 millioner kroner.").unit()).isEqualTo("DKK");
        assertThat(quantity("pl", "Straty szacuje się na 15 mln zł.").unit()).isEqualTo("PLN");
        assertThat(quantity("fr", "L'aide s'élève à 2,5 millions d'euros.").unit()).isEqualTo("EUR");
        assertThat(quantity("es", "Un edificio de 8 plantas se derrumbó.").value()).isEqualTo(8.0);
    }
}
