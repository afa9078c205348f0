package dev.parallax.core.ingest;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the publication dates that metadata carries: ISO dates and date-times, with or without zone. */
final class PublicationDates {

    private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4})-(\\d{2})-(\\d{2})");

    private PublicationDates() {
    }

    /** The date part of an ISO 8601 date or date-time, or null when the value is not one. */
    static LocalDate parseOrNull(String value) {
        if (value == null) {
            return null;
        }
        String v = value.strip();
        try {
            // Keep the date as the outlet wrote it: converting to UTC could move it to another day.
            return OffsetDateTime.parse(v).toLocalDate();
        } catch (DateTimeParseException e) {
            Matcher m = ISO_DATE.matcher(v);
            if (m.find()) {
                try {
                    return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                            Integer.parseInt(m.group(3)));
                } catch (java.time.DateTimeException invalid) {
                    return null;
                }
            }
            return null;
        }
    }
}
