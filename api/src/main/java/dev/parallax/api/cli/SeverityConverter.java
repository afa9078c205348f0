package dev.parallax.api.cli;

import dev.parallax.verify.SeverityLevel;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

public class SeverityConverter implements ITypeConverter<Double> {

    @Override
    public Double convert(String value) {
        return SeverityLevel.parseThreshold(value).stream().boxed().findFirst().orElseThrow(() ->
                new TypeConversionException("'" + value + "' is not a severity; use info, low, medium, high or a number from 0 to 1"));
    }
}
