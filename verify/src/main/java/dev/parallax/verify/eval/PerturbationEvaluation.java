package dev.parallax.verify.eval;

import dev.parallax.core.ingest.SourceInput;
import dev.parallax.core.model.Claim;
import dev.parallax.core.model.EntityMention;
import dev.parallax.core.model.Granularity;
import dev.parallax.core.model.Quantity;
import dev.parallax.core.model.Span;
import dev.parallax.core.model.TimeExpression;
import dev.parallax.translate.NameMatcher;
import dev.parallax.translate.eval.ParallelText;
import dev.parallax.verify.Evidence;
import dev.parallax.verify.Finding;
import dev.parallax.verify.FindingType;
import dev.parallax.verify.Parallax;
import dev.parallax.verify.Report;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures both directions a fact-checker relies on, on translated documents (which state the same
 * facts): conflicts reported on an unmodified pair are false alarms; then one change at a time is made
 * on one side (a figure, a year, a name, a respelling, a deleted sentence) and the report must show
 * exactly that change, with the right type, at the changed words.
 */
public final class PerturbationEvaluation {

    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d\\d|20\\d\\d)\\b");
    private static final List<String> OTHER_NAMES = List.of("Kowalczyk", "Fernández", "Okonkwo", "Lindqvist",
            "Marchetti", "Haddad");

    private final Parallax engine;
    private final long seed;

    public PerturbationEvaluation(Parallax engine, long seed) {
        this.engine = engine;
        this.seed = seed;
    }

    /** Evaluates every document of a parallel text ({@code limit} documents at most, 0: all). */
    public PerturbationScore evaluate(ParallelText text, int limit) {
        PerturbationScore score = new PerturbationScore();
        Random random = new Random(seed);
        int start = 0;
        int documents = 0;
        while (start < text.english().size() && (limit <= 0 || documents < limit)) {
            int end = start + 1;
            while (end < text.english().size() && text.hasDocuments()
                    && text.documents().get(end).equals(text.documents().get(start))) {
                end++;
            }
            if (!text.hasDocuments()) {
                end = Math.min(text.english().size(), start + 10);
            }
            document(String.join("\n", text.english().subList(start, end)),
                    String.join("\n", text.translated().subList(start, end)), text.language().code(), random, score);
            documents++;
            start = end;
        }
        return score;
    }

    private void document(String rawEnglish, String rawTranslated, String language, Random random,
                          PerturbationScore score) {
        Report baseline = compare(rawEnglish, rawTranslated, language);
        // Edits are made on the normalised texts, which every offset of the report refers to.
        String english = baseline.sources().get(0).text();
        String translated = baseline.sources().get(1).text();
        score.addPair(baseline.findings().stream().filter(f -> f.type().isConflict())
                .map(f -> f.type() + ": " + f.summary()).toList());
        // Alternate the side that is changed, so both directions of each language pair are measured.
        boolean changeEnglish = random.nextBoolean();
        int side = changeEnglish ? 0 : 1;
        List<Claim> claims = baseline.claims().stream()
                .filter(c -> c.sourceId().equals(baseline.sources().get(side).id())).toList();
        String text = baseline.sources().get(side).text();

        number(claims, text, random).ifPresent(edit -> judge(score, Perturbation.NUMBER,
                apply(edit, changeEnglish, english, translated, language), side, edit, FindingType.NUMBER_CONFLICT));
        year(claims, text, random).ifPresent(edit -> judge(score, Perturbation.DATE,
                apply(edit, changeEnglish, english, translated, language), side, edit, FindingType.DATE_CONFLICT));
        List<EntityMention> shared = sharedNames(baseline, side);
        if (!shared.isEmpty()) {
            EntityMention name = shared.get(random.nextInt(shared.size()));
            Edit replaced = new Edit(name.span(), lastWordReplaced(name.span().text(), OTHER_NAMES.get(random.nextInt(OTHER_NAMES.size()))));
            judge(score, Perturbation.NAME, apply(replaced, changeEnglish, english, translated, language), side,
                    replaced, FindingType.ENTITY_CONFLICT);
            Edit variant = new Edit(name.span(), respell(name.span().text()));
            Report r = apply(variant, changeEnglish, english, translated, language);
            score.add(Perturbation.VARIANT, r.findings().stream().noneMatch(f -> f.type().isConflict()
                    && touches(f, r.sources().get(side).id(), variant)));
        }
        // Deletions are judged line by line, so only where ingestion kept the documents line-aligned.
        boolean lineAligned = english.lines().count() == translated.lines().count();
        deletion(claims, text, random).filter(edit -> lineAligned).ifPresent(edit -> {
            Report r = apply(edit, changeEnglish, english, translated, language);
            int other = 1 - side;
            // The documents are line-aligned: what the other side says in the deleted line's place is
            // what must now be reported as said by one source only.
            int line = (int) text.substring(0, edit.span().start()).chars().filter(ch -> ch == '\n').count();
            Span counterpart = line(r.sources().get(other).text(), line);
            boolean found = r.findings().stream().anyMatch(f -> f.type() == FindingType.OMISSION
                    && f.evidence().stream().anyMatch(e -> e.sourceId().equals(r.sources().get(other).id())
                    && counterpart != null && e.span().start() >= counterpart.start() && e.span().end() <= counterpart.end()));
            score.add(Perturbation.DELETE, found);
            if (!found) {
                long omissions = r.findings().stream().filter(f -> f.type() == FindingType.OMISSION).count();
                score.miss(new PerturbationScore.Miss(Perturbation.DELETE, edit.span().text(), null,
                        List.of(omissions + " omissions reported")));
            }
        });
    }

    /** Line {@code n} (from 0) of a text, null when it has fewer lines. */
    private static Span line(String text, int n) {
        int start = 0;
        for (int i = 0; i < n; i++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return null;
            }
        }
        int end = text.indexOf('\n', start);
        return Span.of(text, start, end < 0 ? text.length() : end);
    }

    /** A replacement of the words of a span. */
    private record Edit(Span span, String replacement) {
    }

    private Optional<Edit> number(List<Claim> claims, String text, Random random) {
        List<Edit> options = new ArrayList<>();
        for (Claim c : claims) {
            for (Quantity q : c.quantities()) {
                Matcher m = DIGITS.matcher(q.span().text());
                if (q.value() >= 2 && q.value() == Math.rint(q.value()) && m.find()) {
                    long changed = Math.round(q.value()) + Math.max(3, Math.round(q.value() * 0.4));
                    int start = q.span().start() + m.start();
                    // through the last digit group: "30 000" and "1,6 millioner" are one figure
                    Matcher all = DIGITS.matcher(q.span().text());
                    int last = m.end();
                    while (all.find()) {
                        last = all.end();
                    }
                    int end = q.span().start() + last;
                    options.add(new Edit(Span.of(text, start, end), Long.toString(changed)));
                }
            }
        }
        return pick(options, random);
    }

    private Optional<Edit> year(List<Claim> claims, String text, Random random) {
        List<Edit> options = new ArrayList<>();
        for (Claim c : claims) {
            for (TimeExpression t : c.times()) {
                Matcher m = YEAR.matcher(t.span().text());
                if (!t.relative() && t.granularity() != Granularity.DECADE && m.find()) {
                    int start = t.span().start() + m.start();
                    options.add(new Edit(Span.of(text, start, start + 4),
                            Integer.toString(Integer.parseInt(m.group(1)) - 3)));
                }
            }
        }
        return pick(options, random);
    }

    private Optional<Edit> deletion(List<Claim> claims, String text, Random random) {
        List<Edit> options = new ArrayList<>();
        for (Claim c : claims) {
            if (!c.quantities().isEmpty() || !c.entities().isEmpty()) {
                int lineStart = text.lastIndexOf('\n', c.span().start()) + 1;
                int lineEnd = text.indexOf('\n', c.span().end());
                options.add(new Edit(Span.of(text, lineStart, lineEnd < 0 ? text.length() : lineEnd), ""));
            }
        }
        return pick(options, random);
    }

    private static <T> Optional<T> pick(List<T> options, Random random) {
        return options.isEmpty() ? Optional.empty() : Optional.of(options.get(random.nextInt(options.size())));
    }

    /** Names of the changed side that the other side names too (so replacing one is a real change). */
    private static List<EntityMention> sharedNames(Report r, int side) {
        String id = r.sources().get(side).id();
        String otherId = r.sources().get(1 - side).id();
        List<EntityMention> mine = r.claims().stream().filter(c -> c.sourceId().equals(id))
                .flatMap(c -> c.entities().stream()).filter(e -> e.key().length() >= 4).toList();
        List<EntityMention> theirs = r.claims().stream().filter(c -> c.sourceId().equals(otherId))
                .flatMap(c -> c.entities().stream()).toList();
        return mine.stream().filter(e -> theirs.stream().anyMatch(o -> NameMatcher.same(e.key(), o.key()))).toList();
    }

    private static String lastWordReplaced(String name, String other) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? other : name.substring(0, space + 1) + other;
    }

    /** A plausible other transliteration: one vowel or consonant spelled the other common way. */
    static String respell(String name) {
        String[][] swaps = {{"y", "i"}, {"i", "y"}, {"k", "c"}, {"c", "k"}, {"ou", "u"}, {"u", "ou"}, {"ph", "f"},
            {"e", "é"}};
        for (String[] s : swaps) {
            int at = name.indexOf(s[0], 1);
            if (at > 0) {
                return name.substring(0, at) + s[1] + name.substring(at + s[0].length());
            }
        }
        return name + "h";
    }

    private Report apply(Edit edit, boolean english, String en, String other, String language) {
        String changed = english ? en : other;
        String text = changed.substring(0, edit.span().start()) + edit.replacement() + changed.substring(edit.span().end());
        return english ? compare(text, other, language) : compare(en, text, language);
    }

    private Report compare(String english, String translated, String language) {
        return engine.compare(List.of(SourceInput.text("en", english).withMetadata("en", null, null, null),
                SourceInput.text(language, translated).withMetadata(language, null, null, null)));
    }

    private static void judge(PerturbationScore score, Perturbation kind, Report r, int side, Edit edit, FindingType type) {
        boolean found = found(r, side, edit, type);
        score.add(kind, found);
        if (!found) {
            score.miss(explain(kind, r, side, edit));
        }
    }

    /** The changed claim, its counterpart in the report and the findings on either, for {@code --misses}. */
    private static PerturbationScore.Miss explain(Perturbation kind, Report r, int side, Edit edit) {
        String id = r.sources().get(side).id();
        int at = edit.span().start();
        Claim changed = r.claims().stream().filter(c -> c.sourceId().equals(id)
                && c.span().start() <= at && at < c.span().end()).findFirst().orElse(null);
        if (changed == null) {
            return new PerturbationScore.Miss(kind, "(no claim at the change: " + edit.replacement() + ")", null, List.of());
        }
        Claim counterpart = r.alignments().stream().filter(a -> a.claims().contains(changed))
                .flatMap(a -> a.claims().stream()).filter(c -> c != changed).findFirst().orElse(null);
        List<String> findings = r.findings().stream()
                .filter(f -> f.claimIds().contains(changed.id()) || counterpart != null && f.claimIds().contains(counterpart.id()))
                .map(f -> f.type() + ": " + f.summary()).toList();
        return new PerturbationScore.Miss(kind, changed.span().text(), counterpart == null ? null : counterpart.span().text(),
                findings);
    }

    /** Whether a finding of the type points at the changed words in the changed source. */
    private static boolean found(Report r, int side, Edit edit, FindingType type) {
        String id = r.sources().get(side).id();
        return r.findings().stream().anyMatch(f -> f.type() == type && touches(f, id, edit));
    }

    private static boolean touches(Finding f, String sourceId, Edit edit) {
        int start = edit.span().start();
        int end = start + Math.max(1, edit.replacement().length());
        for (Evidence e : f.evidence()) {
            if (e.sourceId().equals(sourceId) && e.span().start() < end && start < e.span().end()) {
                return true;
            }
        }
        return false;
    }
}
