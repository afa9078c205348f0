package dev.parallax.core.ingest;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The abbreviations that decide whether a period ends a sentence, in three kinds. A title or a
 * linking abbreviation ("Dr.", "bl.a.", "z.B.", "p. ex.", "т. е.") never ends one. A counting word
 * ("Nr.", "No.", "s.") ends none when a number follows. A closing abbreviation ("etc.", "osv.",
 * "Inc.", "a.m.", "г." after a year) often does, so a capitalised word after it starts a new
 * sentence, as ICU decides by itself.
 *
 * <p>These lists are the floor that sentence segmentation needs in every supported language and live
 * here so that segmentation does not depend on how far each language's data file has come; the
 * abbreviations a data file lists are added to the first kind.
 */
final class Abbreviations {

    /** How a period after an abbreviation is read. */
    enum Kind {
        /** Never ends a sentence. */
        NEVER_ENDS,
        /** Ends no sentence before a number. */
        BEFORE_NUMBER,
        /** May end a sentence; ICU's decision stands. */
        MAY_END
    }

    /** Per language: never-ending, before-number, may-end; space-separated, lower case, without the final period. */
    private static final Map<String, String[]> LISTS = Map.ofEntries(
            Map.entry("en", new String[] {
                "mr mrs ms dr prof st gen col lt sgt capt cmdr adm maj gov sen rep rev fr hon pres supt insp det "
                        + "vs approx est dept u.s u.k u.n e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec "
                        + "mt ft ave blvd gen lt.col brig",
                "no nos fig vol pp p art ch",
                "etc inc ltd corp co jr sr a.m p.m bros plc llc"}),
            Map.entry("nb", new String[] {
                "ca bl.a dvs f.eks mht jf ev evt kl pga t.o.m f.o.m mill mrd st dr prof jan feb mar apr aug sep "
                        + "sept okt nov des ang iflg ift tlf hhv vha adm.dir gen ordf statsr stud red",
                "nr s kap art",
                "osv o.l m.m mfl m.fl kr pst"}),
            Map.entry("nn", new String[] {
                "ca bl.a m.a dvs t.d mht jf ev evt kl pga t.o.m f.o.m mill mrd st dr prof jan feb mar apr aug sep "
                        + "sept okt nov des ang iflg ift tlf hhv ordf",
                "nr s kap art",
                "osv osb o.l m.m mfl m.fl kr pst"}),
            Map.entry("da", new String[] {
                "ca bl.a dvs f.eks mht jf evt kl pga hhv inkl ekskl mio mia jan feb mar apr aug sep sept okt nov "
                        + "dec ang iflg tlf dr prof vedr pkt stk",
                "nr s kap art",
                "osv mv m.m o.l mfl m.fl kr pct"}),
            Map.entry("sv", new String[] {
                "ca bl.a dvs t.ex mfl jfr kl pga resp inkl exkl milj mdr jan feb apr aug sep sept okt nov dec ang "
                        + "enl tel dr prof fr.o.m t.o.m s.k f.d p.g.a d.v.s o.d",
                "nr s kap art",
                "osv m.m mm m.fl kr"}),
            Map.entry("de", new String[] {
                "ca z.b u.a d.h bzw vgl sog ggf evtl inkl exkl str dr prof hr fr st mio mrd jan feb mär apr jun jul "
                        + "aug sep sept okt nov dez v.a o.ä z.t s.o u.u i.d.r bspw gem lt bzgl ehem geb gest jh jhd "
                        + "mind rd tsd n.chr v.chr chr dt zzgl v.l.n.r",
                "nr abs art s bd",
                "usw u.s.w etc"}),
            Map.entry("fr", new String[] {
                "mm mme mmes mlle dr pr me st ste gén col cap lt p.ex c.-à-d env av apr j.-c janv févr avr juil "
                        + "sept oct nov déc cf ex hab éd coll préc",
                "n no art p vol",
                "etc"}),
            Map.entry("es", new String[] {
                "sr sra srta dr dra dña prof gral cnel ing lic ee.uu p.ej aprox ene feb mar abr jun jul ago sept "
                        + "sep oct nov dic av avda cía dpto ej máx mín pdte sto sta ud uds vs a.c d.c j.c",
                "n núm art pág vol",
                "etc s.a"}),
            Map.entry("it", new String[] {
                "sig sigg dott dr prof avv ing on gen col cap es p.es cfr ca gen feb mar apr mag giu lug ago set ott "
                        + "nov dic mln mld c.a sen pres d.c a.c",
                "n art pag vol",
                "ecc s.p.a spa"}),
            Map.entry("pt", new String[] {
                "sr sra srs dr dra prof profa eng p.ex ex aprox jan fev mar abr mai jun jul ago set out nov dez av "
                        + "gal cel ten sto sta v.exa exmo exma min pres a.c d.c",
                "n nº art pág vol",
                "etc lda s.a"}),
            Map.entry("nl", new String[] {
                "dhr mevr mw dr prof ir ing drs mr bijv bv m.a.w d.w.z o.a e.d ca resp jan feb mrt apr jun jul aug "
                        + "sep sept okt nov dec mln mld incl excl i.p.v t.a.v zgn m.b.t n.a.v a.s j.l vs gem ong st",
                "nr blz art",
                "enz etc"}),
            Map.entry("pl", new String[] {
                "dr prof mgr inż hab gen płk ks św ul al pl os tzw np m.in tj ok godz ww wg im ds jw sty lut mar kwi "
                        + "cze lip sie wrz paź lis gru woj pow gm tel prok red przyp zob por wyd",
                "nr art s str",
                "r tys mln mld zł itd itp etc"}),
            Map.entry("ru", new String[] {
                "т.е т.к т.н т.о т.ч ул пр им св проф акад ген напр см ср коп н.э янв февр апр авг сент окт нояб "
                        + "дек ок гр пос обл корр зам нач пер рис табл",
                "стр ст д",
                "т.д т.п др г гг млн млрд тыс руб чел"}),
            Map.entry("uk", new String[] {
                "т.б вул просп буд ім св проф акад ген напр див коп обл м т.зв с.м н.е січ лют бер квіт трав черв "
                        + "лип серп вер жовт лист груд",
                "с ст",
                "т.д т.п ін р рр млн млрд тис грн"}),
            Map.entry("ar", new String[] {
                "د أ م.د أ.د ص.ب",
                "ص ج",
                "م هـ ق.م"}),
            Map.entry("tr", new String[] {
                "dr prof doç av yrd alb gen org korg tuğg yzb bkz örn yy sf cad sok mah bşk kr",
                "no s",
                "ltd şti a.ş vb vs"}));

    /** Closing abbreviations in any language's list a caller may pass, whatever the text's language. */
    private static final Set<String> UNIVERSAL_MAY_END = Set.of("etc", "inc", "ltd", "corp", "co", "jr", "sr",
            "a.m", "p.m", "osv", "usw", "m.m", "o.l", "mv", "mfl", "m.fl", "kr");
    private static final Set<String> UNIVERSAL_BEFORE_NUMBER = Set.of("no", "nr", "nos", "art", "s", "p", "pp", "vol");

    private final Map<String, Kind> kinds = new HashMap<>();

    /**
     * The abbreviations of a language (BCP 47 tag) and those the caller adds.
     *
     * @param extra lower-case abbreviations without their final period, as language data files list them
     */
    Abbreviations(String languageTag, Set<String> extra) {
        String language = languageTag == null ? "" : LanguageIdentifier.primary(languageTag);
        if (language.equals("no")) {
            language = "nb";
        }
        // A data file lists abbreviations without their kind: the well-known closing and counting ones
        // are recognised, the rest are taken as never ending a sentence. The built-in lists, which know
        // their kinds, come after and win ("Sr." is "Señor" in Spanish, not a closing "Sr.").
        for (String e : extra) {
            String k = key(e);
            kinds.put(k, UNIVERSAL_MAY_END.contains(k) ? Kind.MAY_END
                    : UNIVERSAL_BEFORE_NUMBER.contains(k) ? Kind.BEFORE_NUMBER : Kind.NEVER_ENDS);
        }
        String[] lists = LISTS.get(language);
        if (lists != null) {
            add(lists[0], Kind.NEVER_ENDS);
            add(lists[1], Kind.BEFORE_NUMBER);
            add(lists[2], Kind.MAY_END);
        }
    }

    private void add(String list, Kind kind) {
        for (String a : list.split(" ")) {
            kinds.put(key(a), kind);
        }
    }

    /** The kind of an abbreviation as written before its final period ("Dr", "z. B", "bl.a"), or null. */
    Kind kindOf(String written) {
        return kinds.get(key(written));
    }

    /** Lower case without spaces, so that "z. B" and "z.B" are one abbreviation. */
    static String key(String abbreviation) {
        return abbreviation.toLowerCase(Locale.ROOT).replace(" ", "");
    }
}
