package dev.parallax.verify.rules;

import dev.parallax.core.model.Claim;
import dev.parallax.core.model.EntityMention;
import dev.parallax.translate.NameMatcher;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.FindingType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One entity spelled differently in different sources ("Qaryatayn" / "Al-Qaryatain", "Tveita" /
 * "Tveitå"): informational, never a conflict. Looks at every name of every source, not only inside
 * aligned claims, since a name is the same entity wherever it stands. Reported once per spelling pair.
 */
public final class NameVariantRule implements DiscrepancyRule {

    static final double SEVERITY = 0.05;

    private record Mention(Claim claim, EntityMention entity) {
    }

    @Override
    public List<Draft> apply(Comparison c) {
        Map<String, Map<String, Mention>> spellingsBySource = new LinkedHashMap<>();
        for (Claim claim : c.claims()) {
            for (EntityMention e : claim.entities()) {
                spellingsBySource.computeIfAbsent(claim.sourceId(), k -> new LinkedHashMap<>())
                        .putIfAbsent(e.span().text(), new Mention(claim, e));
            }
        }
        List<Draft> drafts = new ArrayList<>();
        List<String> ids = new ArrayList<>(spellingsBySource.keySet());
        for (int i = 0; i < ids.size(); i++) {
            for (int j = i + 1; j < ids.size(); j++) {
                for (Mention x : spellingsBySource.get(ids.get(i)).values()) {
                    for (Mention y : spellingsBySource.get(ids.get(j)).values()) {
                        if (NameMatcher.isVariant(x.entity().key(), y.entity().key(), x.entity().span().text(),
                                y.entity().span().text())) {
                            drafts.add(new Draft(FindingType.NAME_VARIANT, "the spelling of a name", SEVERITY,
                                    List.of(x.claim().id(), y.claim().id()),
                                    List.of(new Evidence(x.claim().sourceId(), x.entity().span()),
                                            new Evidence(y.claim().sourceId(), y.entity().span())),
                                    List.of("", ""), "probably the same name, spelled differently"));
                        }
                    }
                }
            }
        }
        return drafts;
    }
}
