package dev.parallax.verify;

/** The closed set of things Parallax reports about sources of one event. */
public enum FindingType {
    /** The same quantity with values that cannot both be true. */
    NUMBER_CONFLICT,
    /** The same event dated to times that do not overlap. */
    DATE_CONFLICT,
    /** A different place, person or organisation in the same role. */
    ENTITY_CONFLICT,
    /** The same statement credited to different speakers. */
    ATTRIBUTION_CONFLICT,
    /** One entity spelled differently; informational. */
    NAME_VARIANT,
    /** Compatible statements, one of them vaguer. */
    LESS_SPECIFIC,
    /** A checkable claim with no counterpart in another source. */
    OMISSION;

    /** Whether the finding says the sources cannot both be right. */
    public boolean isConflict() {
        return switch (this) {
            case NUMBER_CONFLICT, DATE_CONFLICT, ENTITY_CONFLICT, ATTRIBUTION_CONFLICT -> true;
            default -> false;
        };
    }
}
