package dev.parallax.core.extract;

import static dev.parallax.core.extract.ExtractionFixture.only;
import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.TimeExpression;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimeExtractionTest {

    /** A Friday. */
    private static final LocalDate FRIDAY = LocalDate.of(2026, 3, 13);

    private static TimeExpression time(String lang, LocalDate published, String text) {
        List<TimeExpression> times = only(lang, published, text).times();
        assertThat(times).as("times of \"%s\"", text).hasSize(1);
        return times.get(0);
    }

    private static void assertInterval(TimeExpression t, String from, String to, Granularity g) {
        assertThat(t.from()).isEqualTo(LocalDate.parse(from));
        assertThat(t.to()).isEqualTo(LocalDate.parse(to));
        assertThat(t.granularity()).isEqualTo(g);
    }

    @Test
    void absoluteDatesAtEveryGranularity() {
        assertInterval(time("en", FRIDAY, "The mine opened on 3 April 2016 with 40 workers."),
                "2016-04-03", "2016-04-03", Granularity.DAY);
        assertInterval(time("en", FRIDAY, "It reopened on March 2, 2020, police said."),
                "2020-03-02", "2020-03-02", Granularity.DAY);
        assertInterval(time("nb", FRIDAY, "Byen ble gjenerobret 27. mars 2016 av hæren."),
                "2016-03-27", "2016-03-27", Granularity.DAY);
        assertInterval(time("nb", FRIDAY, "Massegraven ble funnet i april 2016."),
                "2016-04-01", "2016-04-30", Granularity.MONTH);
        assertInterval(time("en", FRIDAY, "The last slide hit the valley in 1987."),
                "1987-01-01", "1987-12-31", Granularity.YEAR);
        assertInterval(time("en", FRIDAY, "Floods were common in the 1990s."),
                "1990-01-01", "1999-12-31", Granularity.DECADE);
        assertInterval(time("en", FRIDAY, "The report is dated 2025-11-04."),
                "2025-11-04", "2025-11-04", Granularity.DAY);
        TimeExpression russianYear = time("ru", FRIDAY, "Шахта открылась в 1976 году.");
        assertThat(russianYear.span().text()).isEqualTo("1976 году");
        assertInterval(russianYear, "1976-01-01", "1976-12-31", Granularity.YEAR);
    }

    @Test
    void relativeExpressionsResolveAgainstPublication() {
        TimeExpression lastYear = time("nb", LocalDate.of(2017, 10, 23), "Massegraven ble funnet i fjor.");
        assertThat(lastYear.relative()).isTrue();
        assertInterval(lastYear, "2016-01-01", "2016-12-31", Granularity.YEAR);

        assertInterval(time("nb", FRIDAY, "Skredet gikk i går kveld."), "2026-03-12", "2026-03-12", Granularity.DAY);
        assertInterval(time("en", FRIDAY, "The slide hit the village on Thursday."),
                "2026-03-12", "2026-03-12", Granularity.DAY);
        // "last Friday" in a Friday paper is a week ago, "on Friday" is today
        assertInterval(time("nb", FRIDAY, "Brannen startet sist fredag."), "2026-03-06", "2026-03-06", Granularity.DAY);
        assertInterval(time("en", FRIDAY, "The fire started on Friday."), "2026-03-13", "2026-03-13", Granularity.DAY);
        TimeExpression weeksAgo = time("nb", FRIDAY, "Brannen startet for tre uker siden.");
        assertThat(weeksAgo.span().text()).isEqualTo("for tre uker siden");
        assertThat(weeksAgo.from()).isBefore(FRIDAY.minusWeeks(3).plusDays(1));
        assertThat(weeksAgo.to()).isAfter(FRIDAY.minusWeeks(3).minusDays(1));
        assertInterval(time("en", FRIDAY, "The dam was inspected three weeks ago."),
                weeksAgo.from().toString(), weeksAgo.to().toString(), Granularity.WEEK);
    }

    @Test
    void relativeTimeWithoutPublicationDateIsKeptUnresolved() {
        TimeExpression t = time("en", null, "The bodies were found last year.");
        assertThat(t.span().text()).isEqualTo("last year");
        assertThat(t.isResolved()).isFalse();
        assertThat(t.relative()).isTrue();
    }

    @Test
    void weekdaysOfANamedWeek() {
        // published Friday 2026-03-13: last week ran from Monday 2 to Sunday 8 March
        var times = only("en", FRIDAY, "Fighting raged on Thursday and Friday last week, the army said.").times();
        assertThat(times).extracting(t -> t.span().text()).containsExactly("Thursday", "Friday", "last week");
        assertThat(times).extracting(TimeExpression::from).containsExactly(LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 2));
        TimeExpression tuesday = only("nb", FRIDAY, "Brannen startet tirsdag forrige uke.").times().get(0);
        assertInterval(tuesday, "2026-03-03", "2026-03-03", Granularity.DAY);
    }

    @Test
    void lengthsOfTimeAreDurationsNotCountsOrDates() {
        var en = only("en", FRIDAY, "The town was besieged for three weeks, officials said.");
        assertThat(en.quantities()).isEmpty();
        assertThat(en.times()).isEmpty();
        assertThat(en.durations()).singleElement().satisfies(d -> {
            assertThat(d.span().text()).isEqualTo("three weeks");
            assertThat(d.unit()).isEqualTo(java.time.temporal.ChronoUnit.WEEKS);
            assertThat(d.lowDays()).isEqualTo(21.0);
        });
        var nb = only("nb", FRIDAY, "Etter åtte måneder lange kamper ble byen gjenerobret.");
        assertThat(nb.durations()).singleElement().satisfies(d -> {
            assertThat(d.low()).isEqualTo(8.0);
            assertThat(d.unit()).isEqualTo(java.time.temporal.ChronoUnit.MONTHS);
        });
        // "three weeks ago" is a date, not a length
        assertThat(only("en", FRIDAY, "The siege began three weeks ago.").durations()).isEmpty();
    }

    @Test
    void englishModalMayIsNoMonth() {
        assertThat(only("en", FRIDAY, "Officials may revise the toll of 12 people.").times()).isEmpty();
    }

    @Test
    void previousWeekdayWrittenAfterOrWithADayPart() {
        // FRIDAY 2026-03-13: "lundi dernier" is Monday the 9th; "torsdag kveld" Thursday the 12th
        assertInterval(time("fr", FRIDAY, "Le marché a été attaqué lundi dernier."), "2026-03-09", "2026-03-09",
                Granularity.DAY);
        TimeExpression evening = time("nb", FRIDAY, "Brannen startet torsdag kveld.");
        assertThat(evening.span().text()).isEqualTo("torsdag kveld");
        assertInterval(evening, "2026-03-12", "2026-03-12", Granularity.DAY);
        assertInterval(time("sv", FRIDAY, "Stormen kom i tisdags."), "2026-03-10", "2026-03-10", Granularity.DAY);
        assertInterval(time("pt", FRIDAY, "O ministro visitou Pombal na segunda-feira."), "2026-03-09", "2026-03-09",
                Granularity.DAY);
    }
}
