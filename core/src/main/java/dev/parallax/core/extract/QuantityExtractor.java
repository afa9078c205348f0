package dev.parallax.core.extract;

import dev.parallax.core.lang.LanguageData;
import dev.parallax.core.lang.PhraseTable;
import dev.parallax.core.lang.Token;
import dev.parallax.core.model.Qualifier;
import dev.parallax.core.model.Quantity;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;

/**
 * Finds the numbers of a sentence that count or measure something, with their qualifier ("at least",
 * "rundt"), range, scale word ("million"), unit and the thing counted, and reads each as an interval.
 * Runs after {@link TimeExtractor}, so the numbers of dates are already taken; times of day, ordinals,
 * scores and identifiers are skipped.
 */
final class QuantityExtractor {

    /** How far "about 100" may be from 100 and still agree with it: 10%. */
    static final double ABOUT_TOLERANCE = 0.1;

    private final NumberParser numbers;
    private final NumberWords numberWords;
    private final java.util.Set<String> stopwords;

    QuantityExtractor(NumberParser numbers, NumberWords numberWords, java.util.Set<String> stopwords) {
        this.numbers = numbers;
        this.numberWords = numberWords;
        this.stopwords = stopwords;
    }

    List<Quantity> extract(Sentence s) {
        List<Quantity> found = new ArrayList<>();
        for (int i = 0; i < s.tokens.size(); i++) {
            if (s.used.get(i)) {
                continue;
            }
            Quantity q = quantityAt(s, i);
            if (q != null) {
                found.add(q);
                while (i + 1 < s.tokens.size() && s.used.get(i + 1)) {
                    i++;
                }
            }
        }
        return found;
    }

    private record Figure(int from, int to, double value) {
    }

    private Quantity quantityAt(Sentence s, int i) {
        if (s.data.unitsBefore().matchAt(s.tokens, i) != null) {
            return null; // "yüzde" of "yüzde 20" is the unit, not a number word
        }
        PhraseTable.Match<Double> vague = s.data.vague().matchAt(s.tokens, i);
        if (vague != null) {
            return vague(s, i, vague);
        }
        Figure figure = figure(s, i);
        if (figure == null || isNotACount(s, figure)) {
            return null;
        }
        int start = figure.from;
        int end = figure.to;
        double low = figure.value;
        double high = figure.value;
        Qualifier qualifier = Qualifier.EXACT;

        PhraseTable.Match<Boolean> between = s.data.rangeStart().matchEndingAt(s.tokens, start);
        PhraseTable.Match<Boolean> join = s.data.rangeJoin().matchAt(s.tokens, end);
        Figure second = join == null ? null : figure(s, join.to());
        if (second != null && second.value > figure.value) {
            // "20-25", "between 20 and 25", "mellom 20 og 25"
            high = second.value;
            end = second.to;
            qualifier = Qualifier.RANGE;
            if (between != null && !s.isUsed(between.from(), between.to())) {
                start = between.from();
            }
        } else {
            PhraseTable.Match<Qualifier> before = s.data.qualifiersBefore().matchEndingAt(s.tokens, start);
            if (before != null && !s.isUsed(before.from(), before.to())) {
                qualifier = before.value();
                start = before.from();
            } else {
                // "150'den fazla": a case ending may stand between the number and its qualifier
                int next = s.token(end) != null && s.token(end).kind() == Token.Kind.SUFFIX ? end + 1 : end;
                PhraseTable.Match<Qualifier> after = s.data.qualifiersAfter().matchAt(s.tokens, next);
                if (after != null) {
                    qualifier = after.value();
                    end = after.to();
                }
            }
        }
        // "%", "km", "kroner" right after the figure
        String unit = null;
        PhraseTable.Match<String> unitMatch = s.data.units().matchAt(s.tokens, end);
        if (unitMatch == null && end > figure.from + 1 && s.token(end) != null && isLink(s.token(end))) {
            unitMatch = s.data.units().matchAt(s.tokens, end + 1); // "2,5 millions d'euros", "3,5 millones de dólares"
        }
        PhraseTable.Match<String> unitBefore = s.data.unitsBefore().matchEndingAt(s.tokens, figure.from);
        if (unitMatch != null) {
            unit = unitMatch.value();
        } else if (unitBefore != null) {
            unit = unitBefore.value(); // "yüzde 20"
        } else {
            PhraseTable.Match<String> currency = s.data.units().matchEndingAt(s.tokens, figure.from);
            if (currency != null && currency.to() - currency.from() == 1 && isSymbolOrCode(s.token(currency.from()))) {
                unit = currency.value(); // "$5 million", "USD 37,450"
            }
        }
        String counted = counted(s, unitMatch != null ? unitMatch.to() : end, unit == null);
        if (isAge(s, end)) {
            counted = "AGE";
        } else if (counted == null && unit == null) {
            counted = countedAfterCopula(s, end);
        }
        double[] interval = interval(qualifier, low, high);
        s.use(start, end);
        return new Quantity(s.span(start, end), bound(interval[0]), bound(interval[1]), qualifier, figure.value,
                counted, unit, event(s, start, end));
    }

    /** Counted groups that English writes with a capital. */
    private static boolean isFaithOrNation(String concept) {
        return "CHRISTIAN".equals(concept);
    }

    /**
     * What a bare figure counts when its clause says it after a form of "to be": "about 900 of the
     * 30,000 inhabitants were Christians", "rundt 900 av innbyggerne var kristne". Only the first
     * form of "to be" in the clause, followed at once (or after one word) by a counted noun.
     */
    private static String countedAfterCopula(Sentence s, int from) {
        int limit = Math.min(s.tokens.size(), from + 12);
        for (int i = from; i < limit; i++) {
            Token t = s.token(i);
            if (t.kind() == Token.Kind.OTHER && ".,;:!?()\"«»".contains(t.text())) {
                return null;
            }
            PhraseTable.Match<Boolean> copula = s.data.copulas().matchAt(s.tokens, i);
            if (copula != null) {
                for (int j = copula.to(); j <= copula.to() + 1 && j < s.tokens.size(); j++) {
                    PhraseTable.Match<String> m = s.data.counted().matchAt(s.tokens, j);
                    if (m != null) {
                        return m.value();
                    }
                }
                return null;
            }
        }
        return null;
    }

    /**
     * A currency written before its figure: a symbol ("$5") or an ISO code in capitals ("USD 5",
     * common in Nordic and financial copy). A unit word before a figure is not one ("dollar 5").
     */
    private static boolean isSymbolOrCode(Token t) {
        return t.kind() == Token.Kind.OTHER || t.text().length() == 3 && t.text().chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /**
     * Whether a token links a scale word to its unit: a function word or an elided article
     * ("millions d'euros", "milioni di euro"). Elided articles are stemmed with their apostrophe.
     */
    private boolean isLink(Token t) {
        return t.isWord() && (t.stem().endsWith("'") || stopwords.contains(t.text().toLowerCase(java.util.Locale.ROOT)));
    }

    /** How many tokens an event word may stand from the number it tells of. */
    static final int EVENT_WINDOW = 6;

    /**
     * The event concept nearest to tokens {@code [from, to)} within their clause: the search stops at
     * punctuation, so in "20 died, 12 are missing" each number gets its own event.
     */
    private static String event(Sentence s, int from, int to) {
        List<PhraseTable.Match<String>> events = s.data.predicates().findAll(s.tokens);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (PhraseTable.Match<String> e : events) {
            int distance = e.from() >= to ? e.from() - to : e.to() <= from ? from - e.to() : 0;
            int lo = Math.min(e.to(), to);
            int hi = Math.max(e.from(), from);
            if (distance <= EVENT_WINDOW && distance < bestDistance && !punctuationBetween(s, lo, hi)) {
                best = e.value();
                bestDistance = distance;
            }
        }
        return best;
    }

    private static boolean punctuationBetween(Sentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            Token t = s.token(i);
            if (t.kind() == Token.Kind.OTHER && ",;:()\u2013".contains(t.text())) {
                return true;
            }
        }
        return false;
    }

    private static Double bound(double v) {
        return Double.isInfinite(v) ? null : v;
    }

    /** The interval of values a qualified figure admits. */
    static double[] interval(Qualifier q, double low, double high) {
        return switch (q) {
            case EXACT, RANGE, VAGUE -> new double[] {low, high};
            case AT_LEAST -> new double[] {low, Double.POSITIVE_INFINITY};
            case MORE_THAN -> new double[] {low + (low == Math.rint(low) ? 1 : Math.ulp(low)), Double.POSITIVE_INFINITY};
            case ABOUT -> new double[] {low * (1 - ABOUT_TOLERANCE), high * (1 + ABOUT_TOLERANCE)};
            case AT_MOST -> new double[] {0, high};
            case FEWER_THAN -> new double[] {0, high - (high == Math.rint(high) ? 1 : Math.ulp(high))};
        };
    }

    private Quantity vague(Sentence s, int i, PhraseTable.Match<Double> m) {
        double magnitude = m.value();
        // "dozens" admits 24..(just under 100): at least two of the unit, fewer than the next order.
        double low = 2 * magnitude;
        double high = magnitude * (magnitude == 10 ? 10 : 1000) - 1;
        String counted = counted(s, m.to(), true);
        s.use(m.from(), m.to());
        return new Quantity(s.span(m.from(), m.to()), low, high, Qualifier.VAGUE, magnitude, counted, null,
                event(s, m.from(), m.to()));
    }

    /** A figure in digits or words starting at token i, with its scale word, or null. */
    private Figure figure(Sentence s, int i) {
        Token t = s.token(i);
        if (t == null || s.used.get(i)) {
            return null;
        }
        int end;
        double value;
        if (t.kind() == Token.Kind.NUMBER) {
            OptionalDouble v = numbers.parse(t.text());
            if (v.isEmpty()) {
                return null;
            }
            value = v.getAsDouble();
            end = i + 1;
            // "30 000": groups of three digits after a space belong to the number
            while (!NumberParser.hasSeparator(t.text()) && value < 1000 && s.token(end) != null
                    && s.token(end).kind() == Token.Kind.NUMBER && s.token(end).text().length() == 3
                    && s.token(end).start() == s.token(end - 1).end() + 1 && !s.used.get(end)) {
                value = value * 1000 + numbers.parse(s.token(end).text()).orElse(0);
                end++;
            }
        } else if (t.isWord()) {
            OptionalDouble v = OptionalDouble.empty();
            if (s.data.notNumbers().matchAt(s.tokens, i) != null
                    && s.data.qualifiersBefore().matchEndingAt(s.tokens, i) == null) {
                return null; // "un edificio", "ein Bus": an article, not one
            }
            if (looksLikeNumberWord(s, i)) {
                v = numberWords.parse(t.text());
            }
            if (v.isEmpty()) {
                return null;
            }
            value = v.getAsDouble();
            end = i + 1;
        } else {
            return null;
        }
        PhraseTable.Match<Double> scale = s.data.scales().matchAt(s.tokens, end);
        if (scale != null) {
            value *= scale.value();
            end = scale.to();
        }
        return new Figure(i, end, value);
    }

    /**
     * Only words in a counting position are tried as number words: before something counted, a unit,
     * a scale or a time unit, or after a qualifier. Spell-out parsing is costly and "one" is often a
     * pronoun.
     */
    private static boolean looksLikeNumberWord(Sentence s, int i) {
        int next = i + 1;
        return s.data.counted().matchAt(s.tokens, next) != null || s.data.units().matchAt(s.tokens, next) != null
                || s.data.scales().matchAt(s.tokens, next) != null || s.data.timeUnits().matchAt(s.tokens, next) != null
                || s.data.qualifiersBefore().matchEndingAt(s.tokens, i) != null
                || s.data.partitives().matchAt(s.tokens, next) != null
                || (s.token(next) != null && s.token(next).isWord() && s.data.counted().matchAt(s.tokens, next + 1) != null);
    }

    /**
     * Times of day ("14:30"), ordinals ("27. mars", "3. plass") and the second half of scores ("3-1").
     * Identifiers written together with letters ("A320", "3rd") are single word tokens already.
     */
    private static boolean isNotACount(Sentence s, Figure f) {
        Token before = s.token(f.from - 1);
        Token after = s.token(f.to);
        if (after != null && after.text().equals(":") && s.adjacent(f.to)
                || before != null && before.text().equals(":") && s.adjacent(f.from)) {
            return true;
        }
        if (after != null && after.text().equals(".") && s.adjacent(f.to) && s.token(f.to + 1) != null
                && Character.isLowerCase(s.token(f.to + 1).text().charAt(0))) {
            return true;
        }
        return before != null && before.text().equals("-") && s.adjacent(f.from)
                && s.token(f.from - 2) != null && s.token(f.from - 2).kind() == Token.Kind.NUMBER
                && s.adjacent(f.from - 1);
    }

    /**
     * "a 1,500-year-old church", "68 år gammel", "60 años de antigüedad": a number of years followed by
     * one of the language's age words is an age, not a count.
     */
    private static boolean isAge(Sentence s, int end) {
        int i = end;
        if (s.is(i, "-")) {
            i++;
        }
        PhraseTable.Match<LanguageData.TimeUnit> year = s.data.timeUnits().matchAt(s.tokens, i);
        if (year == null || year.value() != LanguageData.TimeUnit.YEAR) {
            return false;
        }
        int next = s.is(year.to(), "-") ? year.to() + 1 : year.to();
        return s.data.ageWords().matchAt(s.tokens, next) != null;
    }

    private static boolean capitalisesNouns(Sentence s) {
        return s.data.language() != null && s.data.language().code().equals("de");
    }

    /**
     * The concept the number counts: the first lexicon noun within the next few words ("128 people",
     * "35 av ofrene", "200 IS-krigere"), else the next word itself, lower-cased.
     */
    private String counted(Sentence s, int from, boolean rawNounAllowed) {
        int limit = Math.min(s.tokens.size(), from + 4);
        for (int i = from; i < limit; i++) {
            Token t = s.token(i);
            if (t.kind() == Token.Kind.NUMBER || (t.kind() == Token.Kind.OTHER && !t.text().equals("-")
                    && !t.text().equals("'") && !t.text().equals("\u2019"))) {
                break;
            }
            PhraseTable.Match<String> m = s.data.counted().matchAt(s.tokens, i);
            // A capitalised word is part of a name ("40 Home Guard soldiers"), unless it is itself a
            // counted noun that English capitalises ("thousands of the town's Christians").
            if (m != null && !(t.isCapitalised() && !capitalisesNouns(s) && !isFaithOrNation(m.value()))) {
                return m.value();
            }
        }
        Token next = s.token(from);
        if (rawNounAllowed && next != null && next.isWord() && !next.isCapitalised()
                && !stopwords.contains(next.text().toLowerCase(java.util.Locale.ROOT))) {
            return next.stem();
        }
        return null;
    }
}
