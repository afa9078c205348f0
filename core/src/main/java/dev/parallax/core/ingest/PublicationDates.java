package dev.parallax.core.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the publication dates that metadata carries: ISO 8601 dates and date-times with or without
 * zone, the RFC 1123 form of feeds ("Mon, 23 Oct 2017 14:02:00 GMT") and the day-first numeric form
 * ("23.10.2017"). The date is kept as the outlet wrote it: converting to UTC could move it to another day.
 */
final class PublicationDates {

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})[-/](\\d{2})[-/](\\d{2})(?![\\d])");
    private static final Pattern DAY_FIRST = Pattern.compile("^(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?![\\d])");

    private PublicationDates() {
    }

    /** The date part of a date or date-time, or null when the value is not one. */
    static LocalDate parseOrNull(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        try {
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException notIso) {
            // try the other forms
        }
        try {
            return ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toLocalDate();
        } catch (DateTimeParseException notRfc) {
            // try the other forms
        }
        Matcher iso = ISO_DATE.matcher(v);
        if (iso.find()) {
            return date(iso.group(1), iso.group(2), iso.group(3));
        }
        Matcher dayFirst = DAY_FIRST.matcher(v);
        if (dayFirst.find()) {
            return date(dayFirst.group(3), dayFirst.group(2), dayFirst.group(1));
        }
        return null;
    }

    private static LocalDate date(String year, String month, String day) {
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException invalid) {
            return null;
        }
    }
}
