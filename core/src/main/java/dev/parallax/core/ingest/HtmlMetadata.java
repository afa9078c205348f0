package dev.parallax.core.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * What a news page declares about itself: headline, outlet, publication date and language, from
 * Open Graph and other meta tags, JSON-LD ({@code NewsArticle} and kin), {@code <time>} elements and
 * {@code <html lang>}. Structured data comes first because it is written for machines; the
 * {@code <title>} comes last because it usually carries the site name too.
 */
final class HtmlMetadata {

    private static final ObjectReader JSON = JsonMapper.builder(JsonFactory.builder()
                    .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(64).build())
                    .build())
            .build()
            .readerFor(JsonNode.class);

    /** What was found, plus the article body JSON-LD carries (used when the page shows none). */
    record Found(ArticleMetadata metadata, String jsonLdBody) {
    }

    private HtmlMetadata() {
    }

    static Found read(Document doc) {
        JsonNode article = jsonLdArticle(doc);
        String outlet = firstNonBlank(meta(doc, "og:site_name"), jsonLdPublisher(article),
                meta(doc, "application-name"), meta(doc, "publisher"), meta(doc, "dc.publisher"));
        String h1 = textOf(doc.selectFirst("h1"));
        // The <title> usually adds the site or section to the headline; the <h1> it contains is cleaner.
        String fromTitle = h1 != null && !h1.isBlank() && doc.title().contains(h1.strip()) ? h1
                : cleanTitle(doc.title(), outlet);
        String title = firstNonBlank(text(article, "headline"), meta(doc, "og:title"), meta(doc, "twitter:title"),
                meta(doc, "dc.title"), fromTitle, h1);
        String date = firstNonBlank(meta(doc, "article:published_time"), text(article, "datePublished"),
                meta(doc, "datePublished"), meta(doc, "pubdate"), meta(doc, "publishdate"), meta(doc, "publish-date"),
                meta(doc, "date"), meta(doc, "dc.date"), meta(doc, "dc.date.issued"), meta(doc, "dcterms.created"),
                meta(doc, "sailthru.date"), meta(doc, "parsely-pub-date"), timeDatetime(doc),
                text(article, "dateCreated"));
        String language = firstNonBlank(attr(doc.selectFirst("html[lang]"), "lang"),
                attr(doc.selectFirst("html[xml:lang]"), "xml:lang"), jsonLdLanguage(article),
                meta(doc, "content-language"), meta(doc, "dc.language"), meta(doc, "language"),
                meta(doc, "og:locale"));
        if (language != null) {
            language = language.replace('_', '-');
        }
        return new Found(new ArticleMetadata(title, outlet, PublicationDates.parseOrNull(date), language),
                text(article, "articleBody"));
    }

    /**
     * "Massegrav funnet – Nyheter – Avisa" without the parts that name the outlet. When the outlet is
     * not known, only what follows a "|" or "::" is dropped: those separate a site name, while ":" and
     * "–" also occur inside headlines ("Grève : 400 vols annulés").
     */
    static String cleanTitle(String title, String outlet) {
        if (title == null || title.isBlank()) {
            return title;
        }
        if (outlet == null) {
            String[] parts = title.split("\\s+(?:\\||::)\\s+");
            return parts.length > 1 && !parts[0].isBlank() ? parts[0].strip() : title;
        }
        List<String> parts = new ArrayList<>(List.of(title.split("\\s+(?:::|[|–—:·-])\\s+")));
        String site = outlet.strip().toLowerCase(Locale.ROOT);
        boolean named = parts.removeIf(p -> p.strip().toLowerCase(Locale.ROOT).equals(site));
        return !named || parts.isEmpty() ? title : String.join(" – ", parts);
    }

    private static String timeDatetime(Document doc) {
        for (String query : List.of("time[itemprop=datePublished]", "time[pubdate]", "article time[datetime]",
                "header time[datetime]", "time[datetime]")) {
            Element time = doc.selectFirst(query);
            if (time != null) {
                String value = time.hasAttr("datetime") ? time.attr("datetime") : time.text();
                if (!value.isBlank()) {
                    return value;
                }
            }
        }
        return null;
    }

    /** The first JSON-LD object on the page whose type is an article (NewsArticle, ReportageNewsArticle, ...). */
    private static JsonNode jsonLdArticle(Document doc) {
        for (Element script : doc.select("script[type=application/ld+json]")) {
            String data = script.data().strip().replace("<!--", "").replace("-->", "");
            try {
                JsonNode found = findArticle(JSON.readTree(data), 0);
                if (found != null) {
                    return found;
                }
            } catch (IOException | RuntimeException e) {
                // Broken structured data is common on the web and is not the user's error: other
                // metadata sources are used instead.
            }
        }
        return null;
    }

    private static JsonNode findArticle(JsonNode node, int depth) {
        if (node == null || depth > 6) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticleType(node.get("@type"))) {
            return node;
        }
        return findArticle(node.get("@graph"), depth + 1);
    }

    private static boolean isArticleType(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (isArticleType(t)) {
                    return true;
                }
            }
            return false;
        }
        String t = type.asText("");
        return t.endsWith("Article") || t.equals("BlogPosting") || t.equals("Report") || t.equals("LiveBlogPosting");
    }

    private static String jsonLdPublisher(JsonNode article) {
        if (article == null) {
            return null;
        }
        JsonNode publisher = article.get("publisher");
        if (publisher != null && publisher.isArray() && publisher.size() > 0) {
            publisher = publisher.get(0);
        }
        if (publisher == null) {
            return null;
        }
        return publisher.isTextual() ? publisher.textValue() : text(publisher, "name");
    }

    private static String jsonLdLanguage(JsonNode article) {
        if (article == null) {
            return null;
        }
        JsonNode language = article.get("inLanguage");
        if (language == null) {
            return null;
        }
        return language.isTextual() ? language.textValue() : text(language, "alternateName");
    }

    private static String text(JsonNode node, String field) {
        if (node == null) {
            return null;
        }
        JsonNode value = node.get(field);
        return value != null && value.isTextual() ? value.textValue() : null;
    }

    private static String meta(Document doc, String name) {
        for (Element e : doc.getElementsByTag("meta")) {
            String key = firstNonBlank(e.attr("property"), e.attr("name"), e.attr("itemprop"), e.attr("http-equiv"));
            if (key != null && key.equalsIgnoreCase(name)) {
                String content = e.attr("content");
                if (!content.isBlank()) {
                    return content.strip();
                }
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
