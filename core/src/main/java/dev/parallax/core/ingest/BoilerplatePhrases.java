package dev.parallax.core.ingest;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The words with which news sites and feed readers label what is not the article: ad labels,
 * "read more" boxes, share prompts, cookie banners, copyright and end-of-copy lines, in the supported
 * languages. No library lists these; they are written here from the labels sites actually use and
 * checked by the fixtures in {@code src/test/resources/ingest}.
 */
final class BoilerplatePhrases {

    private static final int LABEL_REGION = 80;

    private BoilerplatePhrases() {
    }

    /** Labels that mark an advertisement or sponsored block. */
    static final Pattern AD_LABEL = Pattern.compile("^(advertisement|advertising|sponsored( content)?|paid content|"
            + "annonse|annonsørinnhold|sponset|reklame|annonce|sponsoreret|annons|sponsrat|"
            + "anzeige|werbung|gesponsert|publicité|sponsorisé|publicidad|patrocinado|pubblicità|sponsorizzato|"
            + "advertentie|gesponsord|reklama|sponsorowane|реклама|спонсор\\p{L}*|إعلان|reklam|sponsorlu)"
            + "\\b\\s*[:.–-]?", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Labels that start a box pointing to other articles. */
    static final Pattern READ_MORE = Pattern.compile("^(read (more|also)|see also|related( articles?| stories)?|"
            + "more on this( story)?|les (mer|også)|mer om saken|læs (mere|også)|läs (mer|också)|"
            + "lesen sie (auch|mehr)|mehr zum thema|auch interessant|lire (aussi|la suite|également)|à lire aussi|"
            + "voir aussi|leer más|lee también|le puede interesar|leggi anche|leggi tutto|potrebbe interessarti|"
            + "leia (mais|também)|veja também|lees (meer|ook)|czytaj (więcej|też|także)|zobacz też|"
            + "читать (далее|также)|читайте (также|також)|по теме|اقرأ (أيضا|أيضاً|المزيد)|devamını oku|"
            + "ayrıca bakınız|ilgili haber(ler)?)\\b\\s*[:.–-]?",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A prompt to share the article. */
    static final Pattern SHARE = Pattern.compile("^(share( this( article| story)?)?|del( artikkelen| saken)?|"
            + "del denne (saken|artikkelen)|teilen|artikel teilen|partager( cet article)?|compartir|condividi|"
            + "partilhar|compartilhe|delen|dela|udostępnij|поделиться|поділитися|شارك|paylaş)"
            + "( (on|på|auf|sur|en|su|em|op|na|в|على) \\S+)*$", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that, with {@link #COOKIE_ACTION}, mark a cookie or consent banner. */
    static final Pattern COOKIE = Pattern.compile("\\b(cookies?|informasjonskapsler|kakor|personvern|datenschutz|"
            + "galletas|ciasteczek|ciasteczka|файлы cookie|ملفات تعريف الارتباط|çerez\\p{L}*)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    static final Pattern COOKIE_ACTION = Pattern.compile("\\b(accept\\p{L}*|agree|consent|godta\\p{L}*|"
            + "aksepter\\p{L}*|godkend\\p{L}*|acceptera|akzeptier\\p{L}*|zustimm\\p{L}*|accepte\\p{L}*|acepta\\p{L}*|"
            + "accett\\p{L}*|aceita\\p{L}*|accepteren|akceptuj\\p{L}*|zgadzam|принять|принимаю|прийняти|"
            + "قبول|موافق|kabul)\\b", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * Whole lines that copy-paste and feed readers leave after an article: the "Let's block ads!
     * (Why?)" footer of feed scrapers, copyright lines, the agency's end marks, "Updated ..." stamps,
     * reporting credits.
     */
    private static final List<Pattern> TRAILING_LINES = List.of(
            Pattern.compile("^let'?s block ads!? ?\\(why\\?\\)$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\(?(©|\\(c\\)|copyright\\b).{0,120}$", Pattern.CASE_INSENSITIVE),
            Pattern.compile("^.{0,80}\\b(all rights reserved|alle rettigheter|alle rechte vorbehalten|"
                    + "tous droits réservés|todos los derechos reservados|tutti i diritti riservati|"
                    + "todos os direitos reservados|alle rechten voorbehouden|все права защищены|"
                    + "всі права захищені|جميع الحقوق محفوظة|tüm hakları saklıdır)\\b.{0,80}$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^\\(?((additional )?reporting|writing|editing|compiled) by\\b.{0,300}$",
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^(\\(?(end|slutt|ende|fin|fim|koniec|конец|кінець)\\)?|#{3}|-30-|\\*{3})$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE),
            Pattern.compile("^(updated|last updated|oppdatert|sist oppdatert|opdateret|uppdaterad|aktualisiert|"
                    + "mis à jour|actualizado|aggiornato|atualizado|bijgewerkt|zaktualizowano|обновлено|оновлено|"
                    + "güncellendi|published|publisert|publiceret|publicerad|veröffentlicht|publié|publicado|"
                    + "pubblicato|gepubliceerd|opublikowano|опубликовано|опубліковано|yayınlanma)\\b(?=.*\\d)(?!.*\\.$).{0,60}$",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));

    /** Whether a whole line is one that feeds and copy-paste leave after the article. */
    static boolean isTrailingLine(String line) {
        String l = line.strip();
        for (Pattern p : TRAILING_LINES) {
            if (p.matcher(l).matches()) {
                return true;
            }
        }
        return startsWithLabel(AD_LABEL, l) || startsWithLabel(READ_MORE, l) || SHARE.matcher(l).matches();
    }

    /**
     * Whether a text starts with one of a pattern's labels used as a label: alone, in capitals, or
     * followed by a colon or dash, or heading a short line without a full stop. "Related incidents
     * were reported in 2015." and "Reklame er forbudt." use the word in a sentence and are kept.
     */
    static boolean startsWithLabel(Pattern labels, String text) {
        // Labels are short: matching only the start keeps a megabyte page from being scanned per element.
        java.util.regex.Matcher m = labels.matcher(text).region(0, Math.min(text.length(), LABEL_REGION));
        if (!m.lookingAt()) {
            return false;
        }
        String label = m.group(1);
        String rest = text.substring(label.length()).strip();
        if (rest.isEmpty() || rest.startsWith(":") || rest.startsWith("–") || rest.startsWith("-")
                || rest.startsWith("|") || label.equals(label.toUpperCase(java.util.Locale.ROOT))
                && !label.equals(label.toLowerCase(java.util.Locale.ROOT))) {
            return true;
        }
        return !text.endsWith(".") && text.split("\\s+").length <= 12;
    }

    /** Whether a short text is a cookie or consent banner. */
    static boolean isCookieBanner(String text) {
        return text.length() < 1200 && COOKIE.matcher(text).find() && COOKIE_ACTION.matcher(text).find();
    }
}
