package dev.parallax.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import dev.parallax.core.extract.AnswerKey.Item;
import dev.parallax.core.extract.AnswerKey.Slot;
import dev.parallax.core.lang.Language;
import dev.parallax.core.model.Attribution;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Source;
import dev.parallax.core.model.TimeExpression;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of extraction per slot type over the hand-written article of every supported
 * language and its answer key. An extracted slot is correct when its span text equals a marked one
 * and its reading agrees with the annotator's: the qualifier and value of a quantity, the interval of
 * a time. Entity types and counted concepts are scored separately (among the correct spans).
 */
class ExtractionAnswerKeyTest {

    /** The bar for each slot type, over all languages together. */
    private static final double REQUIRED = 0.9;

    private static final RuleBasedClaimExtractor EXTRACTOR = new RuleBasedClaimExtractor();

    /** An extracted slot, reduced to what the key can be compared with. */
    private record Found(Slot slot, String text, Object slotValue) {
    }

    /** Counts of one slot type. */
    private static final class Score {
        int correct;
        int found;
        int marked;
        int attributesRight;
        int attributesMarked;

        void add(Score o) {
            correct += o.correct;
            found += o.found;
            marked += o.marked;
            attributesRight += o.attributesRight;
            attributesMarked += o.attributesMarked;
        }

        double precision() {
            return found == 0 ? 1 : (double) correct / found;
        }

        double recall() {
            return marked == 0 ? 1 : (double) correct / marked;
        }
    }

    @Test
    void everyLanguageMeetsTheBarForEverySlotType() {
        Map<Slot, Score> total = scores();
        StringBuilder table = new StringBuilder(String.format(Locale.ROOT, "%-5s", "lang"));
        for (Slot s : Slot.values()) {
            table.append(String.format(Locale.ROOT, " | %-11s P    R   ", s.name().toLowerCase(Locale.ROOT)));
        }
        table.append(" | counted  entity type\n");
        List<String> misses = new ArrayList<>();
        for (Language language : Language.values()) {
            Map<Slot, Score> scores = score(AnswerKey.load(language.code()), misses);
            table.append(row(language.code(), scores));
            scores.forEach((slot, s) -> total.get(slot).add(s));
        }
        table.append(row("all", total));
        System.out.println("Extraction against the answer keys (correct/found, correct/marked):\n" + table);
        misses.forEach(System.out::println);
        for (Slot slot : Slot.values()) {
            assertThat(total.get(slot).precision()).as("precision of %s over all languages", slot)
                    .isGreaterThanOrEqualTo(REQUIRED);
            assertThat(total.get(slot).recall()).as("recall of %s over all languages", slot)
                    .isGreaterThanOrEqualTo(REQUIRED);
        }
    }

    private static Map<Slot, Score> scores() {
        Map<Slot, Score> m = new EnumMap<>(Slot.class);
        for (Slot s : Slot.values()) {
            m.put(s, new Score());
        }
        return m;
    }

    private static String row(String label, Map<Slot, Score> scores) {
        StringBuilder r = new StringBuilder(String.format(Locale.ROOT, "%-5s", label));
        for (Slot s : Slot.values()) {
            Score x = scores.get(s);
            r.append(String.format(Locale.ROOT, " | %3d/%-3d %3d/%-3d %.2f %.2f", x.correct, x.found, x.correct,
                    x.marked, x.precision(), x.recall()).replace("  ", " "));
        }
        Score q = scores.get(Slot.QUANTITY);
        Score e = scores.get(Slot.ENTITY);
        r.append(String.format(Locale.ROOT, " | %2d/%-2d    %2d/%-2d", q.attributesRight, q.attributesMarked,
                e.attributesRight, e.attributesMarked));
        return r.append('\n').toString();
    }

    private static Map<Slot, Score> score(AnswerKey key, List<String> misses) {
        List<Claim> claims = EXTRACTOR.extract(new Source("A", null, key.language(), key.published(), null,
                key.article()));
        List<Found> found = found(claims);
        Map<Slot, Score> scores = scores();
        found.forEach(f -> scores.get(f.slot()).found++);
        Set<Found> used = new HashSet<>();
        for (Item item : key.items()) {
            Score s = scores.get(item.slot());
            s.marked++;
            Found match = null;
            for (Found f : found) {
                if (!used.contains(f) && f.slot() == item.slot() && f.text().equals(item.text())
                        && agrees(item, f.slotValue())) {
                    match = f;
                    break;
                }
            }
            if (match == null) {
                misses.add(key.language() + " missed " + item.slot() + " \"" + item.text() + "\" " + item.fields());
                continue;
            }
            used.add(match);
            s.correct++;
            attributes(item, match.slotValue(), s, key.language(), misses);
        }
        for (Found f : found) {
            if (!used.contains(f)) {
                misses.add(key.language() + " spurious " + f.slot() + " \"" + f.text() + "\"");
            }
        }
        return scores;
    }

    /** Every slot of every claim, attributions once each (a quotation repeats its speaker's). */
    private static List<Found> found(List<Claim> claims) {
        List<Found> found = new ArrayList<>();
        Set<Integer> attributionStarts = new HashSet<>();
        for (Claim c : claims) {
            for (Quantity q : c.quantities()) {
                found.add(new Found(Slot.QUANTITY, q.span().text(), q));
            }
            for (TimeExpression t : c.times()) {
                found.add(new Found(Slot.TIME, t.span().text(), t));
            }
            for (EntityMention e : c.entities()) {
                found.add(new Found(Slot.ENTITY, e.span().text(), e));
            }
            Attribution a = c.attribution();
            if (a != null && attributionStarts.add(a.span().start())) {
                found.add(new Found(Slot.ATTRIBUTION, a.span().text(), a));
            }
        }
        return found;
    }

    /** Whether the reading agrees with the annotator's: qualifier and value, or the interval. */
    private static boolean agrees(Item item, Object value) {
        List<String> f = item.fields();
        if (value instanceof Quantity q) {
            boolean same = q.qualifier().name().equals(f.get(0)) && q.value() == Double.parseDouble(f.get(1));
            if (f.get(0).equals("RANGE")) {
                same &= q.high() != null && q.high() == Double.parseDouble(f.get(2));
            }
            return same;
        }
        if (value instanceof TimeExpression t) {
            if (f.get(0).startsWith("~")) {
                LocalDate day = LocalDate.parse(f.get(0).substring(1));
                return t.isResolved() && !t.from().isAfter(day) && !t.to().isBefore(day);
            }
            return LocalDate.parse(f.get(0)).equals(t.from()) && LocalDate.parse(f.get(1)).equals(t.to());
        }
        return true;
    }

    /** Scores the counted concept or unit of a quantity and the type of an entity, where marked. */
    private static void attributes(Item item, Object value, Score s, String language, List<String> misses) {
        String expected = null;
        boolean right = false;
        if (value instanceof Quantity q) {
            int at = item.fields().get(0).equals("RANGE") ? 3 : 2;
            if (item.fields().size() > at) {
                expected = item.fields().get(at);
                right = expected.equals(q.counted()) || expected.equals(q.unit());
            }
        } else if (value instanceof EntityMention e && !item.fields().isEmpty()) {
            expected = item.fields().get(0);
            right = expected.equals(e.type().name());
        }
        if (expected == null) {
            return;
        }
        s.attributesMarked++;
        if (right) {
            s.attributesRight++;
        } else {
            misses.add(language + " wrong attribute of \"" + item.text() + "\": expected " + expected + ", got "
                    + (value instanceof Quantity q ? q.counted() + "/" + q.unit() : ((EntityMention) value).type()));
        }
    }
}
