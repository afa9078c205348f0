package dev.parallax.api.cli;

import dev.parallax.core.ingest.Ingester;
import dev.parallax.core.ingest.InvalidSourceException;
import java.time.LocalDate;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads {@code --published} with the engine's own date rule, so the CLI and the API agree on it. */
public class DateConverter implements ITypeConverter<LocalDate> {

    @Override
    public LocalDate convert(String value) {
        try {
            LocalDate date = Ingester.parseDate(value, null);
            if (date == null) {
                throw new TypeConversionException("a date is required; use YYYY-MM-DD");
            }
            return date;
        } catch (InvalidSourceException e) {
            throw new TypeConversionException(e.getMessage());
        }
    }
}
