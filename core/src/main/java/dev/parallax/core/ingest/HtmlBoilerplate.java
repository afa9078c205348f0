package dev.parallax.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes from a parsed page what is never article text: scripts and embeds, navigation, ads,
 * share bars, comments, "read more" and related-article boxes, cookie banners, bylines and footers.
 * Elements are recognised by their tag and ARIA role, by the words in their class and id, by the
 * label they start with ("ANNONSE", "Les også:") and by consisting mostly of links.
 *
 * <p>readability4j was tried for this (docs/ingestion.md): it keeps labelled ad blocks and is no
 * longer maintained, so the rules are our own; the article root is chosen afterwards by
 * {@link HtmlArticleExtractor}.
 */
final class HtmlBoilerplate {

    /** Elements that are never article text, whatever their position. */
    private static final String NEVER_ARTICLE = "script, style, noscript, template, iframe, object, embed, svg, "
            + "canvas, video, audio, button, input, select, textarea, nav, footer, aside, dialog, menu, "
            + "figcaption, [role=navigation], [role=banner], [role=contentinfo], [role=complementary], "
            + "[role=dialog], [role=alertdialog], [aria-hidden=true], [hidden], [style*=display:none], "
            + "[style*=display: none], blockquote.twitter-tweet, blockquote.instagram-media";

    /** Words in a class or id that mark a boilerplate block; matched against whole words and word pairs. */
    private static final Set<String> MARKERS = Set.of(
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertising", "adslot", "adunit", "adbox",
            "dfp", "sponsor", "sponsored", "promo", "promotion", "promoted", "share", "sharing", "sharebar",
            "social", "comment", "comments", "disqus", "related", "recommended", "recommendations", "newsletter",
            "signup", "subscribe", "subscription", "paywall", "cookie", "cookies", "consent", "gdpr", "banner",
            "popular", "trending", "teaser", "teasers", "breadcrumb", "breadcrumbs", "footer", "sidebar", "menu",
            "nav", "navbar", "navigation", "masthead", "toolbar", "widget", "outbrain", "taboola", "byline",
            "author", "authors", "timestamp", "tags", "print", "skip", "modal", "popup", "overlay", "embed",
            "caption", "credit", "credits", "meta", "rating", "poll", "survey", "donate", "annonse", "anzeige",
            "werbung", "reklame", "pub", "publicite",
            "mostread", "mestlest", "readmore", "lesmer", "lesogså", "seealso", "morestories", "siteheader",
            "topbar", "relatedarticles", "toplist");

    private HtmlBoilerplate() {
    }

    /** Removes boilerplate from the document in place. */
    static void remove(Document doc) {
        doc.select(NEVER_ARTICLE).remove();
        Element body = doc.body();
        if (body == null) {
            return;
        }
        Map<Element, TextStats> stats = TextStats.of(body);
        int pageText = stats.get(body).paragraphChars;
        List<Element> doomed = new ArrayList<>();
        for (Element e : body.getAllElements()) {
            if (e == body || isStructural(e)) {
                continue;
            }
            TextStats s = stats.getOrDefault(e, TextStats.EMPTY);
            if (isMarked(e) || isLinkList(e, s) || isLabelled(e, s)) {
                // A wrapper with a misleading class ("page-ad-free", "has-sidebar") can hold the article
                // itself: never remove an element that holds most of the page's paragraphs.
                if (!(pageText > 0 && s.paragraphChars * 5 > pageText * 3)) {
                    doomed.add(e);
                }
            }
        }
        for (Element e : doomed) {
            if (e.parent() != null) {
                e.remove();
            }
        }
    }

    private static boolean isStructural(Element e) {
        String tag = e.normalName();
        return tag.equals("html") || tag.equals("body") || tag.equals("article") || tag.equals("main")
                || e.hasAttr("itemprop") && e.attr("itemprop").equals("articleBody");
    }

    /** Whether the class or id names it as boilerplate: "ad-slot", "shareBar", "most-read", "c-comments". */
    static boolean isMarked(Element e) {
        String marks = e.className() + " " + e.id();
        if (marks.isBlank()) {
            return false;
        }
        List<String> words = splitWords(marks);
        for (int i = 0; i < words.size(); i++) {
            if (MARKERS.contains(words.get(i))) {
                return true;
            }
            if (i + 1 < words.size() && MARKERS.contains(words.get(i) + words.get(i + 1))) {
                return true;
            }
        }
        return false;
    }

    /** Words of class and id values: split at spaces, hyphens, underscores and camel-case humps. */
    private static List<String> splitWords(String marks) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < marks.length(); i++) {
            char c = marks.charAt(i);
            boolean hump = Character.isUpperCase(c) && i > 0 && Character.isLowerCase(marks.charAt(i - 1));
            if (!Character.isLetterOrDigit(c) || hump) {
                if (word.length() > 0) {
                    words.add(word.toString().toLowerCase(Locale.ROOT));
                    word.setLength(0);
                }
            }
            if (Character.isLetterOrDigit(c)) {
                word.append(c);
            }
        }
        if (word.length() > 0) {
            words.add(word.toString().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    /** A short block that starts with an ad, "read more" or share label, or a cookie banner. */
    private static boolean isLabelled(Element e, TextStats stats) {
        if (stats.chars == 0 || stats.chars > 1200
                || !e.isBlock() && !e.normalName().equals("span") && !e.normalName().equals("a")) {
            return false;
        }
        String text = e.text();
        // A banner is a container, not a paragraph or list item of the article.
        boolean mayBeBanner = !e.normalName().equals("p") && !e.normalName().equals("li");
        if (text.length() > 600) {
            return mayBeBanner && BoilerplatePhrases.isCookieBanner(text);
        }
        return BoilerplatePhrases.startsWithLabel(BoilerplatePhrases.AD_LABEL, text)
                || BoilerplatePhrases.startsWithLabel(BoilerplatePhrases.READ_MORE, text)
                || text.length() < 80 && BoilerplatePhrases.SHARE.matcher(text).matches()
                || mayBeBanner && BoilerplatePhrases.isCookieBanner(text);
    }

    /** A block that is mostly links: a list of related articles, tags or a menu. */
    private static boolean isLinkList(Element e, TextStats s) {
        String tag = e.normalName();
        if (s.chars == 0 || !(tag.equals("ul") || tag.equals("ol") || tag.equals("div") || tag.equals("section")
                || tag.equals("p") || tag.equals("table"))) {
            return false;
        }
        if (tag.equals("p")) {
            // A paragraph that is one link and nothing else ("Se video: ...") points elsewhere.
            return s.links >= 1 && s.linkChars * 10 >= s.chars * 9 && s.chars < 200;
        }
        return s.links >= 3 && s.linkChars * 10 >= s.chars * 7;
    }
}
