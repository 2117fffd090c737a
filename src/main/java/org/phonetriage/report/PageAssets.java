package org.phonetriage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * The report's inline stylesheet and script, with a Content-Security-Policy that allows exactly
 * these two (by hash) and nothing else: no network, no other script. Should escaping ever miss a
 * value, an injected {@code <script>} still would not run and nothing would be fetched.
 */
final class PageAssets {

    static final String CSS = load("report.css");
    static final String JS = load("report.js");
    static final String CONTENT_SECURITY_POLICY = "default-src 'none'; base-uri 'none'; "
            + "form-action 'none'; style-src '" + sha256(CSS) + "'; script-src '" + sha256(JS) + "'";

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

    private static String sha256(String text) {
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
