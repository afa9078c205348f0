package dev.parallax.core.model;

/** The precision a time expression was stated with. */
public enum Granularity {
    DAY, WEEK, MONTH, YEAR, DECADE
}
