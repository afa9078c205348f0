package dev.parallax.core.ingest;

import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How much text, link text and paragraph text each element of a page holds, counted in one pass
 * over the tree. Asking each element for its text instead would read a deeply nested page once per
 * level, which is what made a 1 MB page slow.
 */
final class TextStats {

    static final TextStats EMPTY = new TextStats();

    int chars;
    int linkChars;
    int links;
    int paragraphChars;

    /** The counts of every element under (and including) the root. */
    static Map<Element, TextStats> of(Element root) {
        Map<Element, TextStats> stats = new IdentityHashMap<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    stats.put(e, new TextStats());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode t && t.parent() != null) {
                    TextStats s = stats.get(t.parent());
                    if (s != null) {
                        s.chars += visibleLength(t.getWholeText());
                    }
                } else if (node instanceof Element e) {
                    TextStats s = stats.get(e);
                    if (e.normalName().equals("a")) {
                        s.links++;
                        s.linkChars = s.chars;
                    }
                    if (e.normalName().equals("p")) {
                        s.paragraphChars = s.chars;
                    }
                    if (node != root && e.parent() != null) {
                        TextStats up = stats.get(e.parent());
                        if (up != null) {
                            up.chars += s.chars;
                            up.linkChars += s.linkChars;
                            up.links += s.links;
                            up.paragraphChars += s.paragraphChars;
                        }
                    }
                }
            }
        }, root);
        return stats;
    }

    /** Characters other than whitespace, plus one per run of whitespace between them. */
    private static int visibleLength(String text) {
        int n = 0;
        boolean space = false;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isWhitespace(text.charAt(i))) {
                space = true;
            } else {
                n += space && n > 0 ? 2 : 1;
                space = false;
            }
        }
        return n;
    }
}
