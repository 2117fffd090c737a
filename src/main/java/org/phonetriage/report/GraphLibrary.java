package org.phonetriage.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

/**
 * Apache ECharts, read from its WebJar on the classpath and inlined into report.html, so the
 * network graph draws offline and nothing is ever fetched. Its version comes from the WebJar's own
 * pom.properties: upgrading the dependency in pom.xml is the only change needed.
 */
final class GraphLibrary {

    private static final String WEBJAR = "/META-INF/resources/webjars/echarts/";

    static final String VERSION = version();
    /** The minified bundle (with the graph series and force layout), exactly as shipped. */
    static final String SCRIPT = checkedScript(load(WEBJAR + VERSION + "/dist/echarts.min.js"));
    /** The Apache NOTICE that must accompany a copy of the library. */
    static final String NOTICE = load(WEBJAR + VERSION + "/NOTICE").strip();

    private GraphLibrary() {
    }

    private static String version() {
        Properties p = new Properties();
        try (InputStream in = open("/META-INF/maven/org.webjars.npm/echarts/pom.properties")) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p.getProperty("version");
    }

    /**
     * Inline script text ends at the first {@code </script}, and {@code <!--} changes how the HTML
     * parser reads it; the bundle is taken as is, so a version containing either is refused.
     */
    private static String checkedScript(String script) {
        String lower = script.toLowerCase(Locale.ROOT);
        if (lower.contains("</script") || lower.contains("<!--")) {
            throw new IllegalStateException("echarts " + VERSION + " cannot be inlined into a <script> element");
        }
        return script;
    }

    private static String load(String resource) {
        try (InputStream in = open(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String resource) {
        InputStream in = GraphLibrary.class.getResourceAsStream(resource);
        if (in == null) {
            throw new IllegalStateException("missing " + resource + " (the org.webjars.npm:echarts dependency)");
        }
        return in;
    }
}
