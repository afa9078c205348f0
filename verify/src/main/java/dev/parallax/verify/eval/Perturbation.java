package dev.parallax.verify.eval;

/** The kinds of change the perturbation evaluation makes to one side of a translated pair. */
public enum Perturbation {
    /** A figure replaced by a clearly different one: a NUMBER_CONFLICT must be found. */
    NUMBER,
    /** A year moved: a DATE_CONFLICT must be found. */
    DATE,
    /** A name replaced by another name: an ENTITY_CONFLICT must be found. */
    NAME,
    /** A name respelled as a transliteration variant of itself: no conflict may be found. */
    VARIANT,
    /** A sentence with a figure or a name deleted: an OMISSION must be found on the other side. */
    DELETE
}
