package dev.parallax.core.ingest;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Takes out of normalised text what wire services, feed readers and copy-paste put around an
 * article: an agency header line ("date 2017-10 NTB utenriks"), a byline, the dateline that opens
 * the first paragraph ("OSLO (NTB) –", "BEIRUT, Oct 23 (Reuters) -", "МОСКВА, 23 октября. /ТАСС/."),
 * and trailing lines ("Let's block ads! (Why?)", a copyright line, a site name alone on the last
 * line). What they say (place, date, agency) becomes metadata; none of it stays in the text, where
 * a place or agency name would later be read as a claim.
 *
 * <p>The patterns are hand-written because no library knows wire formats; they are deliberately
 * narrow (a dateline must sit at the start of the first body paragraph and end in a dash, a colon or
 * a credited agency) so that the body of an article is never cut.
 */
final class WireCopy {

    /** The cleaned text and what was learned from what was taken out. */
    record Cleaned(String text, Dateline dateline, String outlet, LocalDate published, List<String> removed) {
    }

    private static final int MAX_PREFIX = 200;

    private static final String DATE_TOKEN = "(\\d{4}-\\d{2}(?:-\\d{2})?(?:[T ]\\d{1,2}[:.]\\d{2}(?::\\d{2})?)?"
            + "|\\d{1,2}\\.\\d{1,2}\\.\\d{4})";

    /** An agency's header line: an optional "date" keyword, a date, then an agency and desk. */
    private static final Pattern HEADER_LINE = Pattern.compile("^(?:(?:date|dato|datum|fecha|data|дата|tarih)\\s*:?\\s+)?"
            + DATE_TOKEN + "((?:\\s+[\\p{L}][\\p{L}\\p{N}/&.-]{0,30}){0,4})$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private static final String CAPS_PLACE = "\\p{Lu}[\\p{Lu}\\p{M}'.-]{0,30}(?: \\p{Lu}[\\p{Lu}\\p{M}'.-]{0,30}){0,3}";
    private static final String MIXED_PLACE = "\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'.-]{0,30}"
            + "(?: (?:\\p{Lu}[\\p{L}\\p{M}'.-]{0,30}|de|del|la|da|do|am|an|im|upon|on|sur|sul|nad)){0,3}";
    private static final String ARABIC_PLACE = "\\p{IsArabic}{2,30}(?: \\p{IsArabic}{2,30}){0,2}";
    private static final String DATE = "(?:,\\s*(?<date>[^,()\\n/–]{0,20}?\\d[^,()\\n/–]{0,20}?))?";

    /** Place, optional date, then the credited outlet in parentheses and a dash or colon (or nothing more). */
    private static final Pattern DATELINE_CREDITED = Pattern.compile("^(?<place>" + CAPS_PLACE + "|" + MIXED_PLACE
            + "|" + ARABIC_PLACE + ")" + DATE + "\\s*\\((?<outlet>[^()\\n]{0,40}\\p{L}[^()\\n]{0,40})\\)"
            + "(?:\\s*\\.?\\s*[–:-]\\s*|\\s*$)");

    /** The Russian agencies' form: "МОСКВА, 23 октября. /ТАСС/." */
    private static final Pattern DATELINE_SLASHED = Pattern.compile("^(?<place>" + CAPS_PLACE + ")" + DATE
            + "\\.?\\s*/(?<outlet>[^/\\n]{2,30})/\\.?\\s*");

    /** Place in capitals, optional date, and a dash: "WASHINGTON –", "ROMA, 23 ott -". */
    private static final Pattern DATELINE_PLAIN = Pattern.compile("^(?<place>" + CAPS_PLACE + ")" + DATE + "\\s*[–-]\\s+");

    /** "By Jane Doe", "Av Kari Nordmann og Ola Holm": a byline line above the body. */
    private static final Pattern BYLINE = Pattern.compile("^(by|av|af|von|par|por|di|door|przez|от|від|بقلم|yazan)\\s+"
            + "\\p{Lu}[\\p{L}.'-]*(?:[ ,]+(?:\\p{Lu}[\\p{L}.'-]*|og|and|und|et|y|e|en|och|i|и|і|و|ve)){0,8}$",
            Pattern.UNICODE_CASE | Pattern.CASE_INSENSITIVE);

    /** "(©NTB)", "© Meridian Wire", "© 2017 Meridian Wire". */
    private static final Pattern COPYRIGHT_OUTLET = Pattern.compile(
            "^\\(?(?:©|\\(c\\)|copyright)\\s*(?:\\d{4}\\s*)?(\\p{L}[\\p{L}\\p{N}&' -]{0,38}?)\\)?$",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern DOMAIN = Pattern.compile("^(?:https?://)?(?:www\\.)?((?:[\\p{L}\\p{N}-]+\\.)+"
            + "\\p{L}{2,12})/?$");

    /** Small words that stay lower case inside a site name: "Le Courrier du Matin", "Dagbladet i Nord". */
    private static final Set<String> NAME_PARTICLES = Set.of("of", "the", "and", "du", "de", "des",
            "la", "le", "el", "del", "di", "da", "do", "dos", "das", "van", "von", "der", "den", "am", "an", "og", "i",
            "och", "und", "et", "y", "e", "en", "för", "for", "w", "na");

    private WireCopy() {
    }

    /**
     * Cleans a normalised text.
     *
     * @param text normalised text
     * @param knownOutlet the outlet already known from metadata, or null; a last line naming it is dropped
     */
    static Cleaned clean(String text, String knownOutlet) {
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\n", -1)));
        List<String> removed = new ArrayList<>();
        Found header = headerLine(lines, removed);
        Found dateline = leadingLines(lines, removed);
        List<String> trailing = new ArrayList<>();
        String trailerOutlet = trailingLines(lines, trailing, knownOutlet);
        removed.addAll(trailing);

        String credited = creditedOutlet(header, dateline);
        Dateline found = null;
        if (header != null || dateline != null) {
            String place = dateline == null ? null : dateline.place;
            String date = dateline != null && dateline.date != null ? dateline.date : header == null ? null : header.date;
            String written = header != null && dateline != null ? header.text + "\n" + dateline.text
                    : header != null ? header.text : dateline.text;
            found = new Dateline(place, date, credited, written);
        }
        String outlet = credited != null ? credited : trailerOutlet;
        LocalDate published = header == null || header.date == null ? null : PublicationDates.parseOrNull(header.date);
        String cleaned = removed.isEmpty() ? text : TextNormalizer.normalize(String.join("\n", lines));
        return new Cleaned(cleaned, found, outlet, published, List.copyOf(removed));
    }

    private static String creditedOutlet(Found header, Found dateline) {
        if (dateline != null && dateline.outlet != null) {
            return dateline.outlet;
        }
        return header == null ? null : header.outlet;
    }

    /** What one header said. */
    private record Found(String place, String date, String outlet, String text) {
    }

    private static Found headerLine(List<String> lines, List<String> removed) {
        if (lines.isEmpty() || nonEmptyCount(lines) < 2) {
            return null;
        }
        String first = lines.get(0);
        if (first.length() > 80) {
            return null;
        }
        Matcher m = HEADER_LINE.matcher(first);
        if (!m.matches()) {
            return null;
        }
        String outlet = null;
        String[] rest = m.group(2).strip().split("\\s+");
        if (!rest[0].isEmpty() && isAgencyLike(rest[0])) {
            outlet = rest[0];
        }
        lines.remove(0);
        removed.add(first);
        return new Found(null, m.group(1), outlet, first);
    }

    /** "NTB", "AFP", "dpa": a short or all-capital word, unlike a desk name such as "utenriks". */
    private static boolean isAgencyLike(String word) {
        long letters = word.codePoints().filter(Character::isLetter).count();
        return letters >= 2 && (word.equals(word.toUpperCase(Locale.ROOT)) || word.length() <= 4);
    }

    /** Skips headline lines, removes byline lines, and takes the dateline off the first body line. */
    private static Found leadingLines(List<String> lines, List<String> removed) {
        int seen = 0;
        for (int i = 0; i < lines.size() && seen < 4; i++) {
            String line = lines.get(i);
            if (line.isEmpty()) {
                continue;
            }
            seen++;
            if (BYLINE.matcher(line).matches() && line.length() <= 80 && nonEmptyCount(lines) > 1) {
                removed.add(line);
                lines.remove(i);
                if (i < lines.size() && lines.get(i).isEmpty() && (i == 0 || lines.get(i - 1).isEmpty())) {
                    lines.remove(i);
                }
                i--;
                continue;
            }
            Found dateline = dateline(line);
            if (dateline != null) {
                String rest = line.substring(dateline.text.length());
                if (rest.isEmpty() && nonEmptyCount(lines) < 2) {
                    return null; // a dateline and nothing else: leave it rather than empty the text
                }
                lines.set(i, rest);
                removed.add(dateline.text.strip());
                return new Found(dateline.place, dateline.date, dateline.outlet, dateline.text.strip());
            }
            if (!isHeadlineLike(line)) {
                return null;
            }
        }
        return null;
    }

    /** The dateline at the start of a line, or null. */
    private static Found dateline(String line) {
        String head = line.length() > MAX_PREFIX ? line.substring(0, MAX_PREFIX) : line;
        for (Pattern p : List.of(DATELINE_CREDITED, DATELINE_SLASHED, DATELINE_PLAIN)) {
            Matcher m = p.matcher(head);
            if (!m.lookingAt()) {
                continue;
            }
            String place = m.group("place").strip();
            int letters = (int) place.codePoints().filter(Character::isLetter).count();
            boolean credited = p != DATELINE_PLAIN;
            String date = m.group("date") == null ? null : m.group("date").strip();
            // An unqualified all-capital word and a dash could be an acronym opening a sentence ("EU – ..."),
            // so without an agency or a date the place must look like a place name: four letters or more.
            if (letters < 2 || (!credited && date == null && letters < 4)) {
                continue;
            }
            if (m.end() < head.length() && !startsBody(head.charAt(m.end()))) {
                continue;
            }
            String outlet = credited ? m.group("outlet").strip() : null;
            return new Found(place, date, outlet, head.substring(0, m.end()));
        }
        return null;
    }

    /** A sentence starts after a dateline: a capital (or a letter of a script without case), a digit, a quote. */
    private static boolean startsBody(char c) {
        if (Character.isLetter(c)) {
            return !Character.isLowerCase(c);
        }
        return Character.isDigit(c) || c == '"' || c == '\'' || c == '–' || c == '-';
    }

    /** A headline or kicker above the body: no full stop at the end and not a long sentence. */
    private static boolean isHeadlineLike(String line) {
        char last = line.charAt(line.length() - 1);
        return last != '.' && last != ':' && last != ';' && last != ',' && line.split(" ").length <= 20;
    }

    /** Drops trailing boilerplate lines; returns the outlet a dropped line named, if any. */
    private static String trailingLines(List<String> lines, List<String> removed, String knownOutlet) {
        String outlet = null;
        for (int round = 0; round < 5; round++) {
            int last = lastNonEmpty(lines);
            if (last < 0) {
                return outlet;
            }
            String line = lines.get(last);
            // Boilerplate goes even when nothing is left (the input then has no article text); a site
            // name is only recognised after a finished paragraph, so never alone.
            String named = nonEmptyCount(lines) < 2 ? null : siteName(lines, last, knownOutlet);
            if (named == null && !BoilerplatePhrases.isTrailingLine(line)) {
                return outlet;
            }
            if (named != null && !named.isEmpty() && outlet == null) {
                outlet = named;
            }
            Matcher copyright = COPYRIGHT_OUTLET.matcher(line);
            if (outlet == null && copyright.matches() && copyright.group(1).strip().split(" ").length <= 4) {
                outlet = copyright.group(1).strip();
            }
            removed.add(0, line);
            lines.subList(last, lines.size()).clear();
        }
        return outlet;
    }

    /**
     * The outlet a last line names when it is only a site name: the outlet already known, a domain
     * ("nrk.no"), or a short run of capitalised words without punctuation or digits after a finished
     * paragraph ("Meridian Post"). Empty when the line is the known outlet, null when it is not a site name.
     */
    private static String siteName(List<String> lines, int index, String knownOutlet) {
        String line = lines.get(index);
        if (knownOutlet != null && simplify(line).equals(simplify(knownOutlet))) {
            return "";
        }
        Matcher domain = DOMAIN.matcher(line);
        if (domain.matches()) {
            return domain.group(1);
        }
        String[] words = line.split(" ");
        if (line.length() > 40 || words.length > 4 || line.chars().anyMatch(Character::isDigit)) {
            return null;
        }
        for (String w : words) {
            if (NAME_PARTICLES.contains(w)) {
                continue;
            }
            if (w.isEmpty() || !Character.isUpperCase(w.codePointAt(0)) || !w.chars().allMatch(
                    c -> Character.isLetter(c) || c == '-' || c == '&' || c == '\'' || c == '.')) {
                return null;
            }
        }
        if (line.endsWith(".")) {
            return null;
        }
        int before = index - 1;
        while (before >= 0 && lines.get(before).isEmpty()) {
            before--;
        }
        if (before < 0 || nonEmptyCount(lines) < 3) {
            return null;
        }
        String previous = lines.get(before);
        char end = previous.charAt(previous.length() - 1);
        return end == '.' || end == '!' || end == '?' || end == '"' ? line : null;
    }

    private static String simplify(String name) {
        String s = name.strip().toLowerCase(Locale.ROOT);
        s = s.replaceFirst("^(https?://)?(www\\.)?", "");
        return s.replaceFirst("\\.[a-z]{2,12}/?$", "");
    }

    private static int lastNonEmpty(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isEmpty()) {
                return i;
            }
        }
        return -1;
    }

    private static int nonEmptyCount(List<String> lines) {
        int n = 0;
        for (String l : lines) {
            if (!l.isEmpty()) {
                n++;
            }
        }
        return n;
    }
}
