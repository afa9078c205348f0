package dev.parallax.core.model;

import java.util.List;

/**
 * One checkable statement of a source: a sentence or clause and the slots found in it.
 *
 * @param id report-wide identifier: source id and ordinal ("A7")
 * @param sourceId the source it belongs to
 * @param span the sentence or clause
 * @param predicate event concept from the lexicon ("KILL", "FIND"), or null when none was recognised
 * @param quantities numbers it states
 * @param times times it states
 * @param durations lengths of time it states ("for three weeks")
 * @param entities names it mentions
 * @param attribution who it is credited to, or null
 * @param concepts lexicon concepts of its content words, the language-neutral gist used to align it
 */
public record Claim(String id, String sourceId, Span span, String predicate, List<Quantity> quantities,
                    List<TimeExpression> times, List<DurationExpression> durations, List<EntityMention> entities,
                    Attribution attribution, List<String> concepts) {

    public Claim {
        quantities = List.copyOf(quantities);
        times = List.copyOf(times);
        durations = List.copyOf(durations);
        entities = List.copyOf(entities);
        concepts = List.copyOf(concepts);
    }

    /** Whether it has anything a fact-checker could verify: a number, a time or a name. */
    public boolean isCheckable() {
        return !quantities.isEmpty() || !times.isEmpty() || !durations.isEmpty() || !entities.isEmpty();
    }
}
