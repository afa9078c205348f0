package dev.parallax.core.model;

/** How a number is hedged in the text, which decides the interval it stands for. */
public enum Qualifier {
    /** "128": exactly this value. */
    EXACT,
    /** "at least 128", "minst 128": this value or more. */
    AT_LEAST,
    /** "more than 100", "über 100": strictly more. */
    MORE_THAN,
    /** "about 100", "rundt 100": within a tolerance around the value. */
    ABOUT,
    /** "up to 100", "opptil 100": this value or less. */
    AT_MOST,
    /** "fewer than 100", "nearly 100": strictly less. */
    FEWER_THAN,
    /** "between 20 and 25", "20-25": a closed range. */
    RANGE,
    /** "dozens", "tusenvis": an order of magnitude without a figure. */
    VAGUE
}
