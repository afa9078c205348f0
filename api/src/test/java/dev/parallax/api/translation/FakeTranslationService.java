package dev.parallax.api.translation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for a LibreTranslate server or DeepL's API on a free local port, speaking the real
 * API's wire format: it checks the method, path, content type, key and body fields a real service
 * checks, answers errors in the service's own shape, and "translates" word by word with a small
 * dictionary. Tests can script other answers (errors, delays) and read every request it received.
 * Test sources only.
 */
public final class FakeTranslationService implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern WORD = Pattern.compile("\\p{L}+");

    /** One request as received. */
    public record Request(String method, String path, Map<String, List<String>> headers, String rawBody) {

        public String header(String name) {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0)).findFirst().orElse(null);
        }

        public JsonNode body() {
            try {
                return JSON.readTree(rawBody);
            } catch (IOException e) {
                throw new AssertionError("request body is not JSON: " + rawBody, e);
            }
        }

        /** The texts sent for translation: LibreTranslate's {@code q} or DeepL's {@code text}. */
        public List<String> texts() {
            JsonNode texts = body().has("q") ? body().get("q") : body().get("text");
            return texts == null ? List.of() : JSON.convertValue(texts, JSON.getTypeFactory()
                    .constructCollectionType(List.class, String.class));
        }
    }

    /** One answer to send. */
    public record Reply(int status, String body, Map<String, String> headers, long delayMillis) {

        public static Reply json(int status, String body) {
            return new Reply(status, body, Map.of(), 0);
        }

        public Reply withHeader(String name, String value) {
            Map<String, String> all = new java.util.HashMap<>(headers);
            all.put(name, value);
            return new Reply(status, body, Map.copyOf(all), delayMillis);
        }

        public Reply after(long millis) {
            return new Reply(status, body, headers, millis);
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(4);
    private final Function<Request, Reply> realService;
    private final Deque<Reply> scripted = new ArrayDeque<>();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private volatile Reply always;

    private FakeTranslationService(Function<Request, Reply> realService) {
        this.realService = realService;
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.createContext("/", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    /** A LibreTranslate server; {@code key} is the API key it requires, or null for none. */
    public static FakeTranslationService libreTranslate(String key, Map<String, String> dictionary) {
        return new FakeTranslationService(r -> libreTranslateAnswer(r, key, dictionary));
    }

    /** DeepL's API, accepting only the given authentication key. */
    public static FakeTranslationService deepL(String key, Map<String, String> dictionary) {
        return new FakeTranslationService(r -> deepLAnswer(r, key, dictionary));
    }

    public URI url() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** The requests received so far, in order. */
    public List<Request> requests() {
        return List.copyOf(requests);
    }

    /** Answers the next requests with these replies, one each, then behaves as the real service again. */
    public synchronized void thenAnswer(Reply... replies) {
        scripted.addAll(List.of(replies));
    }

    /** Answers every request with this reply until {@link #reset()}. */
    public void alwaysAnswer(Reply reply) {
        always = reply;
    }

    /** Forgets the requests and the scripted answers. */
    public synchronized void reset() {
        requests.clear();
        scripted.clear();
        always = null;
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            Request request = new Request(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Map.copyOf(exchange.getRequestHeaders()),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            requests.add(request);
            Reply reply;
            synchronized (this) {
                reply = always != null ? always : scripted.isEmpty() ? null : scripted.poll();
            }
            if (reply == null) {
                reply = realService.apply(request);
            }
            if (reply.delayMillis() > 0) {
                try {
                    Thread.sleep(reply.delayMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            reply.headers().forEach((k, v) -> exchange.getResponseHeaders().set(k, v));
            exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
            if (body.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        } catch (IOException e) {
            // The client went away (a test of its timeout): nothing to answer.
        } finally {
            exchange.close();
        }
    }

    private static Reply libreTranslateAnswer(Request r, String key, Map<String, String> dictionary) {
        if (!r.method().equals("POST") || !r.path().equals("/translate")) {
            return Reply.json(404, "{\"error\": \"Not Found\"}");
        }
        if (!String.valueOf(r.header("Content-Type")).startsWith("application/json")) {
            return Reply.json(400, "{\"error\": \"Invalid request: missing q parameter\"}");
        }
        JsonNode body = r.body();
        for (String field : List.of("q", "source", "target")) {
            if (!body.hasNonNull(field)) {
                return Reply.json(400, "{\"error\": \"Invalid request: missing " + field + " parameter\"}");
            }
        }
        if (key != null && !key.equals(body.path("api_key").asText(null))) {
            return Reply.json(403, "{\"error\": \"Invalid API key\"}");
        }
        if (!body.path("format").asText("text").equals("text")) {
            return Reply.json(400, "{\"error\": \"" + body.path("format").asText() + " format is not supported\"}");
        }
        ObjectNode answer = JSON.createObjectNode();
        if (body.get("q").isArray()) {
            ArrayNode out = answer.putArray("translatedText");
            body.get("q").forEach(t -> out.add(translate(t.asText(), dictionary)));
        } else {
            answer.put("translatedText", translate(body.get("q").asText(), dictionary));
        }
        return Reply.json(200, answer.toString());
    }

    private static Reply deepLAnswer(Request r, String key, Map<String, String> dictionary) {
        if (!r.method().equals("POST") || !r.path().equals("/v2/translate")) {
            return Reply.json(404, "{\"message\": \"Not found\"}");
        }
        if (!("DeepL-Auth-Key " + key).equals(r.header("Authorization"))) {
            return Reply.json(403, "{\"message\": \"Authorization failure, check auth_key\"}");
        }
        if (!String.valueOf(r.header("Content-Type")).startsWith("application/json")) {
            return Reply.json(400, "{\"message\": \"Bad request\"}");
        }
        JsonNode body = r.body();
        if (!body.path("text").isArray() || body.get("text").isEmpty()) {
            return Reply.json(400, "{\"message\": \"Parameter 'text' not specified.\"}");
        }
        if (body.get("text").size() > 50) {
            return Reply.json(413, "{\"message\": \"Too many texts\"}");
        }
        String target = body.path("target_lang").asText("");
        if (target.isEmpty() || target.equals("EN")) {
            return Reply.json(400, "{\"message\": \"Value for 'target_lang' not supported.\"}");
        }
        String detected = body.path("source_lang").asText("NB");
        ObjectNode answer = JSON.createObjectNode();
        ArrayNode translations = answer.putArray("translations");
        body.get("text").forEach(t -> translations.addObject().put("detected_source_language", detected)
                .put("text", translate(t.asText(), dictionary)));
        return Reply.json(200, answer.toString());
    }

    /** Word by word: each word the dictionary knows (lower-cased) is replaced; names, numbers and the rest stay. */
    static String translate(String text, Map<String, String> dictionary) {
        Matcher m = WORD.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String word = dictionary.get(m.group().toLowerCase(Locale.ROOT));
            m.appendReplacement(out, Matcher.quoteReplacement(word == null ? m.group() : word));
        }
        m.appendTail(out);
        return out.toString();
    }
}
