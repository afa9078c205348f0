package dev.parallax.core.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Takes the article out of a news web page: its headings, paragraphs, lists and quotations, without
 * navigation, ads, share bars, comments, related-article boxes, cookie banners and footers
 * ({@link HtmlBoilerplate}), plus the metadata the page declares ({@link HtmlMetadata}).
 *
 * <p>The article is the element the page marks as the article body ({@code itemprop=articleBody}),
 * else the tightest {@code <article>} or {@code <main>} holding most of the paragraph text, else the
 * element with the densest paragraph text (each paragraph scores for its parent and, at 0.6, for its
 * grandparent, so an article split over sibling containers is kept whole).
 */
final class HtmlArticleExtractor {

    /** Elements whose start and end separate paragraphs. */
    private static final Set<String> BLOCKS = Set.of("p", "div", "section", "article", "main", "header", "h1", "h2",
            "h3", "h4", "h5", "h6", "ul", "ol", "dl", "dt", "dd", "blockquote", "pre", "table", "figure", "hr",
            "address", "details", "summary", "center", "body");
    /** Elements whose start and end separate lines within a paragraph. */
    private static final Set<String> LINES = Set.of("li", "br", "tr");

    private static final double GRANDPARENT_SHARE = 0.6;

    private HtmlArticleExtractor() {
    }

    static ExtractedArticle extract(String html, String sourceName) {
        Document doc = Jsoup.parse(html);
        HtmlMetadata.Found found = HtmlMetadata.read(doc);
        HtmlBoilerplate.remove(doc);
        Element root = articleRoot(doc);
        String body = root == null ? "" : headlineAbove(doc, root) + text(root);
        if (body.isBlank() && found.jsonLdBody() != null && !found.jsonLdBody().isBlank()) {
            // Pages rendered by JavaScript often carry the article only in their structured data.
            body = found.jsonLdBody();
        }
        if (body.isBlank()) {
            throw new InvalidSourceException(InputProblem.NO_ARTICLE_TEXT, sourceName,
                    "is an HTML page without article text (only navigation, ads or scripts were found; if the "
                            + "page is built by JavaScript, save it after it has loaded or paste its text)");
        }
        return new ExtractedArticle(body, found.metadata());
    }

    /**
     * The page's headline followed by a blank line when the article root does not contain it (it often
     * sits in a header above the body), so that a saved page reads like its pasted text.
     */
    private static String headlineAbove(Document doc, Element root) {
        if (!root.getElementsByTag("h1").isEmpty()) {
            return "";
        }
        Element h1 = doc.selectFirst("h1");
        if (h1 == null || h1.text().isBlank() || root.parents().contains(h1)) {
            return "";
        }
        return h1.text().strip() + "\n\n";
    }

    /** The element holding the article, or null when the page has no body text at all. */
    static Element articleRoot(Document doc) {
        Element body = doc.body();
        if (body == null) {
            return null;
        }
        Map<Element, TextStats> stats = TextStats.of(body);
        Element marked = best(doc, "[itemprop=articleBody]", stats);
        if (marked != null && stats.get(marked).chars >= 100) {
            return marked;
        }
        int pageParagraphs = stats.get(body).paragraphChars;
        Element semantic = tightest(doc, "article, main, [role=main]", stats);
        if (semantic != null && stats.get(semantic).paragraphChars * 2 >= pageParagraphs
                && stats.get(semantic).paragraphChars > 0) {
            return semantic;
        }
        Element dense = densest(body, stats);
        return dense != null ? dense : body;
    }

    private static Element best(Document doc, String query, Map<Element, TextStats> stats) {
        Element best = null;
        for (Element e : doc.select(query)) {
            if (best == null || stats.get(e).chars > stats.get(best).chars) {
                best = e;
            }
        }
        return best;
    }

    /** Of the candidates with at least 80% of the most paragraph text, the one with least other text. */
    private static Element tightest(Document doc, String query, Map<Element, TextStats> stats) {
        int most = 0;
        for (Element e : doc.select(query)) {
            most = Math.max(most, stats.get(e).paragraphChars);
        }
        Element tightest = null;
        for (Element e : doc.select(query)) {
            TextStats s = stats.get(e);
            if (s.paragraphChars * 5 >= most * 4 && (tightest == null || s.chars < stats.get(tightest).chars)) {
                tightest = e;
            }
        }
        return tightest;
    }

    private static Element densest(Element body, Map<Element, TextStats> stats) {
        Map<Element, Double> score = new IdentityHashMap<>();
        for (Element e : body.getAllElements()) {
            int length;
            Element container;
            if (e.normalName().equals("p") || e.normalName().equals("pre") || e.normalName().equals("blockquote")) {
                length = stats.get(e).chars;
                container = e.parent();
            } else {
                // Old templates write paragraphs as text separated by <br> directly in a <div> or <td>.
                length = ownTextLength(e);
                container = length >= 50 ? e : null;
            }
            if (container == null || length == 0) {
                continue;
            }
            TextStats s = stats.get(container);
            double linkShare = s == null || s.chars == 0 ? 0 : (double) s.linkChars / s.chars;
            double points = length * (1 - linkShare);
            score.merge(container, points, Double::sum);
            if (container.parent() != null) {
                score.merge(container.parent(), points * GRANDPARENT_SHARE, Double::sum);
            }
        }
        Element best = null;
        double bestScore = 0;
        for (Map.Entry<Element, Double> e : score.entrySet()) {
            if (e.getValue() > bestScore) {
                best = e.getKey();
                bestScore = e.getValue();
            }
        }
        return best;
    }

    private static int ownTextLength(Element e) {
        int n = 0;
        for (Node child : e.childNodes()) {
            if (child instanceof TextNode t) {
                n += t.text().strip().length();
            }
        }
        return n;
    }

    /** The text of an element: a blank line between blocks, a line break between list items and at {@code <br>}. */
    static String text(Element root) {
        StringBuilder out = new StringBuilder();
        int[] pendingBreak = {0};
        int[] preDepth = {0};
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode t) {
                    String s = preDepth[0] > 0 ? t.getWholeText() : collapse(t.getWholeText());
                    if (s.isBlank()) {
                        if (!s.isEmpty() && out.length() > 0 && pendingBreak[0] == 0) {
                            out.append(' ');
                        }
                        return;
                    }
                    if (out.length() > 0 && pendingBreak[0] > 0) {
                        out.append(pendingBreak[0] > 1 ? "\n\n" : "\n");
                    }
                    pendingBreak[0] = 0;
                    out.append(s);
                } else if (node instanceof Element e) {
                    preDepth[0] += e.normalName().equals("pre") ? 1 : 0;
                    breakAt(e);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    preDepth[0] -= e.normalName().equals("pre") ? 1 : 0;
                    breakAt(e);
                }
            }

            private void breakAt(Element e) {
                String tag = e.normalName();
                if (BLOCKS.contains(tag)) {
                    pendingBreak[0] = 2;
                } else if (tag.equals("br") && pendingBreak[0] == 1 && out.length() > 0) {
                    pendingBreak[0] = 2; // <br><br> is how old templates separate paragraphs
                } else if (LINES.contains(tag)) {
                    pendingBreak[0] = Math.max(pendingBreak[0], 1);
                }
            }
        }, root);
        return out.toString();
    }

    private static String collapse(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        if (space) {
            out.append(' ');
        }
        return out.toString();
    }
}
