package dev.parallax.core.model;

/** What kind of thing a name refers to, where that is known. */
public enum EntityType {
    PERSON, ORGANIZATION, PLACE, GROUP, UNKNOWN
}
