package dev.parallax.api.cli;

import dev.parallax.verify.report.ReportFormat;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

public class FormatConverter implements ITypeConverter<ReportFormat> {

    @Override
    public ReportFormat convert(String value) {
        return ReportFormat.named(value).orElseThrow(() -> new TypeConversionException(
                "'" + value + "' is not a report format; use text, json, markdown or html"));
    }
}
