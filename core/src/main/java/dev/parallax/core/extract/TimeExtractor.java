package dev.parallax.core.extract;

import dev.parallax.core.lang.LanguageData.TimeUnit;
import dev.parallax.core.lang.LanguageData.TimeWord;
import dev.parallax.core.lang.PhraseTable;
import dev.parallax.core.lang.Token;
import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.TimeExpression;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Finds times in a sentence and resolves them to intervals of days: absolute dates at day, month,
 * year and decade precision in the language's formats, and relative expressions ("i fjor", "three
 * weeks ago", "on Thursday", "sist lørdag") against the source's publication date. Without a
 * publication date a relative expression is kept with an empty interval and marked unresolved.
 */
final class TimeExtractor {

    static final int MIN_YEAR = 1800;
    static final int MAX_YEAR = 2100;

    /** "1990s", "1990's", "1990er": a decade written as one word. */
    private static final java.util.regex.Pattern DECADE_WORD = java.util.regex.Pattern.compile("(\\d{3}0)(?:s|'s|er|ern)");

    private final CalendarWords calendar;
    private final NumberParser numbers;
    private final NumberWords numberWords;

    TimeExtractor(CalendarWords calendar, NumberParser numbers, NumberWords numberWords) {
        this.calendar = calendar;
        this.numbers = numbers;
        this.numberWords = numberWords;
    }

    List<TimeExpression> extract(Sentence s) {
        List<TimeExpression> found = new ArrayList<>();
        LocalDate published = s.source.published();
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.used.get(i)) {
                continue;
            }
            Found f = absoluteDate(s, i);
            if (f == null) {
                f = relative(s, i, published);
            }
            if (f != null) {
                s.use(f.from, f.to);
                found.add(f.time);
                i = f.to - 1;
            }
        }
        return found;
    }

    private record Found(int from, int to, TimeExpression time) {
    }

    private Found found(Sentence s, int from, int to, LocalDate start, LocalDate end, Granularity g, boolean relative) {
        return new Found(from, to, new TimeExpression(s.span(from, to), start, end, g, relative));
    }

    // ---- absolute dates ----

    private Found absoluteDate(Sentence s, int i) {
        Token t = s.token(i);
        if (t.kind() == Token.Kind.NUMBER) {
            Found iso = isoDate(s, i);
            if (iso != null) {
                return iso;
            }
            int day = dayNumber(t);
            if (day > 0) {
                // "12 March 2026", "12. mars 2026", "12 de marzo de 2026", "13 марта"
                int m = i + 1;
                if (s.is(m, ".")) {
                    m++;
                }
                if (s.is(m, "de")) {
                    m++;
                }
                int month = s.token(m) == null || !s.token(m).isWord() ? 0 : calendar.monthOrAbbreviation(s.token(m).text());
                if (month > 0) {
                    return withYear(s, i, m + 1, month, day);
                }
            }
            int year = year(t);
            if (year > 0) {
                // "в 1976 году", "i 2016-året", "in the year 2016": the year word belongs to the date
                PhraseTable.Match<TimeUnit> unit = s.data.timeUnits().matchAt(s.tokens, i + 1);
                if (unit != null && unit.value() == TimeUnit.YEAR
                        && s.data.qualifiersBefore().matchEndingAt(s.tokens, i) == null) {
                    return found(s, i, unit.to(), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                            Granularity.YEAR, false);
                }
                if (!followedByCount(s, i)) {
                    return decadeOrYear(s, i, year);
                }
            }
            return null;
        }
        java.util.regex.Matcher decade = DECADE_WORD.matcher(t.text());
        if (decade.matches()) {
            int year = Integer.parseInt(decade.group(1));
            if (year >= MIN_YEAR && year <= MAX_YEAR) {
                return found(s, i, i + 1, LocalDate.of(year, 1, 1), LocalDate.of(year + 9, 12, 31), Granularity.DECADE,
                        false);
            }
        }
        int month = t.isWord() ? calendar.monthOrAbbreviation(t.text()) : 0;
        if (month == 0) {
            return null;
        }
        // "March 12, 2026", "March 12"
        Token next = s.token(i + 1);
        int day = next != null && next.kind() == Token.Kind.NUMBER ? dayNumber(next) : 0;
        if (day > 0 && year(next) == 0) {
            int end = i + 2;
            if (s.is(end, ",")) {
                end++;
            }
            return withYear(s, i, end, month, day);
        }
        // "March 2026", "mars 2026", "марта 2016 года"
        int y = i + 1;
        if (s.is(y, "de")) {
            y++;
        }
        if (calendar.month(t.text()) == 0) {
            return null; // an abbreviation alone is too ambiguous
        }
        if (s.token(y) != null && year(s.token(y)) > 0) {
            int year = year(s.token(y));
            YearMonth ym = YearMonth.of(year, month);
            return found(s, i, y + 1, ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, false);
        }
        if (t.text().length() >= 3) {
            // A month alone is the most recent such month up to the publication date.
            LocalDate published = s.source.published();
            if (published == null) {
                return found(s, i, i + 1, null, null, Granularity.MONTH, true);
            }
            YearMonth ym = YearMonth.of(published.getYear(), month);
            if (ym.isAfter(YearMonth.from(published))) {
                ym = ym.minusYears(1);
            }
            return found(s, i, i + 1, ym.atDay(1), ym.atEndOfMonth(), Granularity.MONTH, true);
        }
        return null;
    }

    private Found withYear(Sentence s, int from, int afterMonth, int month, int day) {
        int end = afterMonth;
        if (s.is(end, ",")) {
            end++;
        }
        if (s.is(end, "de")) {
            end++;
        }
        Token yt = s.token(end);
        int year = yt == null ? 0 : year(yt);
        try {
            if (year > 0) {
                LocalDate d = LocalDate.of(year, month, day);
                return found(s, from, end + 1, d, d, Granularity.DAY, false);
            }
            LocalDate published = s.source.published();
            if (published == null) {
                return found(s, from, afterMonth, null, null, Granularity.DAY, true);
            }
            LocalDate d = LocalDate.of(published.getYear(), month, day);
            if (d.isAfter(published.plusDays(31))) {
                d = d.minusYears(1); // "12 December" in a January article is last December
            }
            return found(s, from, afterMonth, d, d, Granularity.DAY, true);
        } catch (DateTimeException e) {
            return null; // "31 February": not a date
        }
    }

    /** "2026-03-12" (three tokens around dashes, or one) and "12.03.2026". */
    private Found isoDate(Sentence s, int i) {
        Token t = s.token(i);
        String text = t.text();
        java.util.regex.Matcher dotted = java.util.regex.Pattern.compile("(\\d{1,2})[./](\\d{1,2})[./](\\d{4})").matcher(text);
        if (dotted.matches()) {
            return date(s, i, i + 1, Integer.parseInt(dotted.group(3)), Integer.parseInt(dotted.group(2)),
                    Integer.parseInt(dotted.group(1)));
        }
        if (text.length() == 4 && year(t) > 0 && s.is(i + 1, "-") && s.adjacent(i + 1) && s.adjacent(i + 2)
                && s.token(i + 2) != null && s.token(i + 2).text().length() == 2 && s.is(i + 3, "-")
                && s.adjacent(i + 3) && s.adjacent(i + 4) && s.token(i + 4) != null) {
            try {
                return date(s, i, i + 5, Integer.parseInt(text), Integer.parseInt(s.token(i + 2).text()),
                        Integer.parseInt(s.token(i + 4).text()));
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return null;
    }

    private Found date(Sentence s, int from, int to, int year, int month, int day) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            return found(s, from, to, d, d, Granularity.DAY, false);
        } catch (DateTimeException e) {
            return null;
        }
    }

    private Found decadeOrYear(Sentence s, int i, int year) {
        // "the 1990s", "1990-tallet", "den 1990er Jahren": a decade
        Token next = s.token(i + 1);
        if (year % 10 == 0 && next != null && s.adjacent(i + 1)) {
            String suffix = next.text().toLowerCase(java.util.Locale.ROOT);
            int end = i + 2;
            if (suffix.equals("-") && s.token(i + 2) != null && s.adjacent(i + 2)) {
                suffix = s.token(i + 2).text().toLowerCase(java.util.Locale.ROOT);
                end = i + 3;
            }
            if (suffix.equals("s") || suffix.equals("'s") || suffix.startsWith("tall") || suffix.startsWith("er")
                    || suffix.equals("х") || suffix.equals("-х")) {
                return found(s, i, end, LocalDate.of(year, 1, 1), LocalDate.of(year + 9, 12, 31), Granularity.DECADE,
                        false);
            }
        }
        return found(s, i, i + 1, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), Granularity.YEAR, false);
    }

    /** Whether the number is followed by something it counts ("2000 people"), so it is no year. */
    private static boolean followedByCount(Sentence s, int i) {
        return s.data.counted().matchAt(s.tokens, i + 1) != null || s.data.units().matchAt(s.tokens, i + 1) != null
                || s.data.scales().matchAt(s.tokens, i + 1) != null;
    }

    private int dayNumber(Token t) {
        String text = t.text();
        if (text.length() > 2 || NumberParser.hasSeparator(text)) {
            return 0;
        }
        OptionalDouble v = numbers.parse(text);
        return v.isPresent() && v.getAsDouble() >= 1 && v.getAsDouble() <= 31 ? (int) v.getAsDouble() : 0;
    }

    /** The year a four-digit token names within {@value #MIN_YEAR}..{@value #MAX_YEAR}, or 0. */
    private int year(Token t) {
        if (t.kind() != Token.Kind.NUMBER || t.text().length() != 4 || NumberParser.hasSeparator(t.text())) {
            return 0;
        }
        OptionalDouble v = numbers.parse(t.text());
        if (v.isEmpty()) {
            return 0;
        }
        int y = (int) v.getAsDouble();
        return y >= MIN_YEAR && y <= MAX_YEAR ? y : 0;
    }

    // ---- relative expressions ----

    private Found relative(Sentence s, int i, LocalDate published) {
        PhraseTable.Match<TimeWord> word = s.data.timeWords().matchAt(s.tokens, i);
        if (word != null) {
            return timeWord(s, word, published);
        }
        Found ago = ago(s, i, published);
        if (ago != null) {
            return ago;
        }
        return weekday(s, i, published);
    }

    private Found timeWord(Sentence s, PhraseTable.Match<TimeWord> m, LocalDate p) {
        if (p == null) {
            return found(s, m.from(), m.to(), null, null, granularityOf(m.value()), true);
        }
        LocalDate from;
        LocalDate to;
        switch (m.value()) {
            case TODAY -> from = to = p;
            case YESTERDAY -> from = to = p.minusDays(1);
            case DAY_BEFORE_YESTERDAY -> from = to = p.minusDays(2);
            case TOMORROW -> from = to = p.plusDays(1);
            case THIS_WEEK -> {
                from = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                to = from.plusDays(6);
            }
            case LAST_WEEK -> {
                from = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)).minusWeeks(1);
                to = from.plusDays(6);
            }
            case THIS_MONTH -> {
                from = p.withDayOfMonth(1);
                to = YearMonth.from(p).atEndOfMonth();
            }
            case LAST_MONTH -> {
                YearMonth ym = YearMonth.from(p).minusMonths(1);
                from = ym.atDay(1);
                to = ym.atEndOfMonth();
            }
            case THIS_YEAR -> {
                from = LocalDate.of(p.getYear(), 1, 1);
                to = LocalDate.of(p.getYear(), 12, 31);
            }
            case LAST_YEAR -> {
                from = LocalDate.of(p.getYear() - 1, 1, 1);
                to = LocalDate.of(p.getYear() - 1, 12, 31);
            }
            case NEXT_YEAR -> {
                from = LocalDate.of(p.getYear() + 1, 1, 1);
                to = LocalDate.of(p.getYear() + 1, 12, 31);
            }
            default -> throw new IllegalStateException("unhandled " + m.value());
        }
        return found(s, m.from(), m.to(), from, to, granularityOf(m.value()), true);
    }

    private static Granularity granularityOf(TimeWord w) {
        return switch (w) {
            case TODAY, YESTERDAY, DAY_BEFORE_YESTERDAY, TOMORROW -> Granularity.DAY;
            case THIS_WEEK, LAST_WEEK -> Granularity.WEEK;
            case THIS_MONTH, LAST_MONTH -> Granularity.MONTH;
            case THIS_YEAR, LAST_YEAR, NEXT_YEAR -> Granularity.YEAR;
        };
    }

    /** "three weeks ago", "for tre uker siden", "vor drei Wochen", "hace tres semanas". */
    private Found ago(Sentence s, int i, LocalDate p) {
        int at = i;
        PhraseTable.Match<Boolean> before = s.data.agoBefore().matchAt(s.tokens, at);
        if (before != null) {
            at = before.to();
        }
        Token n = s.token(at);
        if (n == null) {
            return null;
        }
        OptionalDouble amount = n.kind() == Token.Kind.NUMBER ? numbers.parse(n.text())
                : n.isWord() ? numberWords.parse(n.text()) : OptionalDouble.empty();
        if (amount.isEmpty() || amount.getAsDouble() != Math.rint(amount.getAsDouble()) || amount.getAsDouble() > 1000) {
            return null;
        }
        PhraseTable.Match<TimeUnit> unit = s.data.timeUnits().matchAt(s.tokens, at + 1);
        if (unit == null) {
            return null;
        }
        PhraseTable.Match<Boolean> after = s.data.agoAfter().matchAt(s.tokens, unit.to());
        if (after == null && before == null) {
            return null;
        }
        if (after == null && !s.data.agoAfter().isEmpty()) {
            return null; // "for" alone is "for three weeks", a duration, when the language closes with "siden"
        }
        int end = after == null ? unit.to() : after.to();
        int k = (int) amount.getAsDouble();
        Granularity g = switch (unit.value()) {
            case DAY -> Granularity.DAY;
            case WEEK -> Granularity.WEEK;
            case MONTH -> Granularity.MONTH;
            case YEAR -> Granularity.YEAR;
        };
        if (p == null) {
            return found(s, i, end, null, null, g, true);
        }
        LocalDate d = switch (unit.value()) {
            case DAY -> p.minusDays(k);
            case WEEK -> p.minusWeeks(k);
            case MONTH -> p.minusMonths(k);
            case YEAR -> p.minusYears(k);
        };
        // "three weeks ago" is approximate: the interval is the unit around the computed day.
        LocalDate from = switch (unit.value()) {
            case DAY -> d;
            case WEEK -> d.minusDays(3);
            case MONTH -> d.withDayOfMonth(1);
            case YEAR -> LocalDate.of(d.getYear(), 1, 1);
        };
        LocalDate to = switch (unit.value()) {
            case DAY -> d;
            case WEEK -> d.plusDays(3);
            case MONTH -> YearMonth.from(d).atEndOfMonth();
            case YEAR -> LocalDate.of(d.getYear(), 12, 31);
        };
        return found(s, i, end, from, to, g, true);
    }

    /**
     * "on Thursday", "sist lørdag", "lundi dernier", "torsdag kveld", "segunda-feira", "am
     * Mittwochabend", "в понедельник": the latest such day up to publication, or before it when
     * marked as the previous one.
     */
    private Found weekday(Sentence s, int i, LocalDate p) {
        int at = i;
        PhraseTable.Match<Boolean> previous = s.data.previous().matchAt(s.tokens, at);
        if (previous != null) {
            at = previous.to();
        }
        Token t = s.token(at);
        if (t == null || !t.isWord()) {
            return null;
        }
        int end = at + 1;
        DayOfWeek day = calendar.weekday(t.text());
        if (s.is(end, "-") && s.adjacent(end) && s.adjacent(end + 1) && s.token(end + 1).isWord()) {
            // ICU's word breaks split "segunda-feira" at its hyphen; CLDR names the day with both halves.
            DayOfWeek whole = calendar.weekday(t.text() + "-" + s.token(end + 1).text());
            if (whole != null) {
                day = whole;
                end += 2;
            }
        }
        if (day == null) {
            return null;
        }
        PhraseTable.Match<Boolean> previousAfter = s.data.previousAfter().matchAt(s.tokens, end);
        if (previousAfter != null) {
            end = previousAfter.to();
        }
        PhraseTable.Match<Boolean> part = s.data.dayParts().matchAt(s.tokens, end);
        if (part != null) {
            end = part.to(); // "torsdag kveld": still that day
        }
        if (p == null) {
            return found(s, i, end, null, null, Granularity.DAY, true);
        }
        LocalDate weekStart = namedWeek(s, end, p);
        LocalDate d = weekStart != null ? weekStart.with(TemporalAdjusters.nextOrSame(day))
                : previous != null || previousAfter != null ? p.with(TemporalAdjusters.previous(day))
                : p.with(TemporalAdjusters.previousOrSame(day));
        return found(s, i, end, d, d, Granularity.DAY, true);
    }

    /**
     * The Monday of the week a weekday is placed in by a following "last week" / "this week", looking
     * past a list of weekdays ("Thursday and Friday last week"), or null when none follows.
     */
    private LocalDate namedWeek(Sentence s, int from, LocalDate p) {
        for (int k = from; k < Math.min(s.tokens.size(), from + 6); k++) {
            PhraseTable.Match<TimeWord> week = s.data.timeWords().matchAt(s.tokens, k);
            if (week != null && (week.value() == TimeWord.LAST_WEEK || week.value() == TimeWord.THIS_WEEK)) {
                LocalDate monday = p.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
                return week.value() == TimeWord.LAST_WEEK ? monday.minusWeeks(1) : monday;
            }
            Token t = s.token(k);
            boolean listWord = t.kind() == Token.Kind.OTHER && t.text().equals(",")
                    || t.isWord() && (calendar.weekday(t.text()) != null || t.text().length() <= 3);
            if (!listWord) {
                return null;
            }
        }
        return null;
    }
}
