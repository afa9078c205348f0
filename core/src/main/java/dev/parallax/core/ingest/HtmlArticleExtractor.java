package dev.parallax.core.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Takes the article out of a news web page: its paragraphs and headings without navigation, ads,
 * share bars, comments, related-article boxes, cookie banners and footers, plus the metadata the page
 * declares (title, outlet, publication date, language).
 */
final class HtmlArticleExtractor {

    /** Elements that are never article text, whatever their position. */
    private static final String NEVER_ARTICLE = "script, style, noscript, template, iframe, svg, form, button, nav, "
            + "footer, aside, header nav, figure figcaption, [role=navigation], [role=banner], [role=contentinfo], "
            + "[role=complementary], [aria-hidden=true], [hidden]";

    /** Class or id fragments that mark boilerplate blocks on news sites. */
    private static final List<String> BOILERPLATE_MARKERS = List.of(
            "advert", "ad-", "-ad", "ads", "promo", "sponsor", "share", "social", "comment", "related",
            "read-more", "readmore", "recommend", "newsletter", "cookie", "consent", "banner", "subscribe",
            "paywall", "most-read", "mest-lest", "popular", "teaser", "breadcrumb", "byline-share", "footer",
            "sidebar", "menu");

    private static final String BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre";

    private HtmlArticleExtractor() {
    }

    static ExtractedArticle extract(String html, String sourceName) {
        Document doc = Jsoup.parse(html);
        ArticleMetadata metadata = metadata(doc);
        doc.select(NEVER_ARTICLE).remove();
        for (Element e : doc.select("[class], [id]")) {
            if (isBoilerplate(e)) {
                e.remove();
            }
        }
        Element root = articleRoot(doc);
        List<String> blocks = new ArrayList<>();
        for (Element block : root.select(BLOCKS)) {
            // A block inside another collected block (a <p> in a <li>) is already in its parent's text.
            if (hasCollectedAncestor(block, root)) {
                continue;
            }
            String text = block.text().strip();
            if (!text.isEmpty()) {
                blocks.add(text);
            }
        }
        if (blocks.isEmpty() && !root.text().isBlank()) {
            blocks.add(root.text().strip());
        }
        if (blocks.isEmpty()) {
            throw new InvalidSourceException(InputProblem.NO_ARTICLE_TEXT, sourceName,
                    "is an HTML page without article text");
        }
        return new ExtractedArticle(String.join("\n\n", blocks), metadata);
    }

    private static boolean hasCollectedAncestor(Element block, Element root) {
        for (Element p = block.parent(); p != null && p != root; p = p.parent()) {
            if (p.is(BLOCKS)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isBoilerplate(Element e) {
        if (e.tagName().equals("body") || e.tagName().equals("html") || e.tagName().equals("article")
                || e.tagName().equals("main")) {
            return false;
        }
        String marks = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        for (String token : marks.split("[\\s_]+")) {
            for (String marker : BOILERPLATE_MARKERS) {
                if (token.equals(marker.replace("-", "")) || token.startsWith(marker) || token.endsWith(marker)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The element holding the article: the {@code <article>} with most paragraph text, else main, else body. */
    private static Element articleRoot(Document doc) {
        Element best = null;
        int bestLength = 0;
        for (Element candidate : doc.select("article, [itemprop=articleBody], main, [role=main]")) {
            int length = candidate.select("p").text().length();
            if (length > bestLength) {
                best = candidate;
                bestLength = length;
            }
        }
        return best != null ? best : doc.body();
    }

    private static ArticleMetadata metadata(Document doc) {
        String title = firstNonBlank(meta(doc, "og:title"), doc.title(), textOf(doc.selectFirst("h1")));
        String outlet = firstNonBlank(meta(doc, "og:site_name"), meta(doc, "application-name"),
                meta(doc, "publisher"));
        String date = firstNonBlank(meta(doc, "article:published_time"), meta(doc, "datePublished"),
                meta(doc, "pubdate"), meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "DC.date.issued"),
                attr(doc.selectFirst("time[datetime]"), "datetime"), jsonLdDate(doc));
        String language = firstNonBlank(attr(doc.selectFirst("html[lang]"), "lang"),
                meta(doc, "og:locale"), meta(doc, "content-language"));
        if (language != null) {
            language = language.replace('_', '-');
        }
        return new ArticleMetadata(title, outlet, PublicationDates.parseOrNull(date), language);
    }

    private static String jsonLdDate(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            java.util.regex.Matcher m = java.util.regex.Pattern
                    .compile("\"datePublished\"\\s*:\\s*\"([^\"]+)\"").matcher(script.data());
            if (m.find()) {
                return m.group(1);
            }
        }
        return null;
    }

    private static String meta(Document doc, String name) {
        Elements found = doc.select("meta[property=" + name + "], meta[name=" + name + "], meta[itemprop=" + name
                + "], meta[http-equiv=" + name + "]");
        for (Element e : found) {
            String content = e.attr("content");
            if (!content.isBlank()) {
                return content.strip();
            }
        }
        return null;
    }

    private static String attr(Element e, String attribute) {
        return e == null ? null : e.attr(attribute);
    }

    private static String textOf(Element e) {
        return e == null ? null : e.text();
    }

    private static String firstNonBlank(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }
}
