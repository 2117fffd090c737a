package org.phonetriage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's inline stylesheet and scripts, with a Content-Security-Policy that allows exactly
 * these (by hash) and nothing else: no network, no other script, no eval. Should escaping ever miss
 * a value, an injected {@code <script>} still would not run and nothing would be fetched. The JSON
 * data blocks ({@code type="application/json"}) are never executed, so they need no hash.
 */
final class PageAssets {

    static final String CSS = load("report.css");
    /** Error counting, sortable tables and the lazily rendered identifier table. */
    static final String JS = load("report.js");
    /** The network graph section; runs after {@link GraphLibrary#SCRIPT}. */
    static final String GRAPH_JS = load("network-graph.js");

    private static final String CSS_HASH = sha256(CSS);
    private static final String JS_HASH = sha256(JS);
    private static final String GRAPH_JS_HASH = sha256(GRAPH_JS);
    private static final String LIBRARY_HASH = sha256(GraphLibrary.SCRIPT);

    /** The policy for a page that inlines the graph scripts ({@code withGraph}) or only the base script. */
    static String contentSecurityPolicy(boolean withGraph) {
        String scripts = "'" + JS_HASH + "'" + (withGraph ? " '" + LIBRARY_HASH + "' '" + GRAPH_JS_HASH + "'" : "");
        return "default-src 'none'; base-uri 'none'; form-action 'none'; style-src '" + CSS_HASH
                + "'; script-src " + scripts;
    }

    private static String load(String name) {
        try (InputStream in = PageAssets.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The CSP source for an inline block: the hash of its exact text, as the browser computes it. */
    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }

    private PageAssets() {
    }
}
