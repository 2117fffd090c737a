package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.detect.UnreadCategory;
import org.phonetriage.model.Problem;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.DeviceSummary;
import org.phonetriage.xref.XrefReport.IdentifierOnDevice;
import org.phonetriage.xref.XrefReport.SharedIdentifier;

class HtmlReportWriterTest {

    private static final ReportContext CONTEXT = new ReportContext("Op. <Falcon> & \"Co\"",
            Instant.parse("2026-11-28T19:00:00Z"), ZoneId.of("Europe/Paris"), "0.3.0");

    private static final Pattern SCRIPT = Pattern.compile("<script([^>]*)>(.*?)</script>", Pattern.DOTALL);

    private final HtmlReportWriter writer = new HtmlReportWriter();

    @Test
    void escapesHostileValuesEverywhere() {
        String html = writer.toHtml(SampleReports.full(), List.of(new Problem(
                SampleReports.HOSTILE_NAME, "a\"b", "<img src=x onerror=alert(1)>")), CONTEXT);
        assertFalse(html.contains(SampleReports.HOSTILE_NAME));
        assertFalse(html.contains(SampleReports.QUOTES_NAME));
        assertFalse(html.contains("<img"));
        assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assertTrue(html.contains("&quot;&amp;&#39;"));
        assertTrue(html.contains("Op. &lt;Falcon&gt; &amp; &quot;Co&quot;"));
        assertOnlyOwnScripts(html);
    }

    @Test
    void graphDataIsJsonThatCannotLeaveItsScriptElement() throws Exception {
        String html = writer.toHtml(SampleReports.full(), List.of(), CONTEXT, SampleReports.graph());
        assertFalse(html.contains(SampleReports.HOSTILE_NAME));
        assertFalse(html.contains("</x>"));
        assertFalse(html.contains("\u2028"), "a raw U+2028 in the page");
        assertOnlyOwnScripts(html);
        JsonNode graph = new ObjectMapper().readTree(dataBlock(html, NetworkGraphHtml.DATA_ID));
        JsonNode boss = graph.get("nodes").get(2);
        assertEquals(List.of(SampleReports.HOSTILE_NAME, SampleReports.QUOTES_NAME, "a\u2028b</x>"),
                List.of(boss.get("names").get(0).asText(), boss.get("names").get(1).asText(),
                        boss.get("names").get(2).asText()));
        assertTrue(boss.get("lead").asBoolean(), "an unseized key player is a lead");
        JsonNode talks = graph.get("links").get(1);
        assertEquals(46, talks.get("weight").asInt());
        assertEquals("2021-03-02 09:00:00 +01:00", talks.get("first").get("shown").asText());
        JsonNode identifiers = new ObjectMapper().readTree(dataBlock(html, IdentifierTableHtml.DATA_ID));
        assertEquals(SampleReports.HOSTILE_NAME,
                identifiers.get("rows").get(0).get("devices").get(0).get("names").get(1).asText());
    }

    @Test
    void everyInlineScriptAndStyleIsAllowedByHashAndNothingElse() {
        String html = writer.toHtml(SampleReports.full(), List.of(), CONTEXT, SampleReports.graph());
        Matcher csp = Pattern.compile("content=\"(default-src[^\"]*)\"").matcher(html);
        assertTrue(csp.find());
        String policy = csp.group(1).replace("&#39;", "'");
        assertFalse(policy.contains("unsafe") || policy.contains("http") || policy.contains("*"), policy);
        int scripts = 0;
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            if (script.group(1).isEmpty()) {
                assertTrue(policy.contains(PageAssets.sha256(script.group(2))), "script not in the CSP");
                scripts++;
            }
        }
        assertEquals(3, scripts, "report.js, ECharts, network-graph.js");
        Matcher style = Pattern.compile("<style>(.*?)</style>", Pattern.DOTALL).matcher(html);
        assertTrue(style.find());
        assertTrue(policy.contains("style-src '" + PageAssets.sha256(style.group(1)) + "'"));
        String withoutGraph = writer.toHtml(SampleReports.full(), List.of(), CONTEXT);
        assertFalse(withoutGraph.contains(GraphLibrary.SCRIPT), "the library is only inlined for a graph");
    }

    @Test
    void withScriptsOffTheSectionsAndTheMostSharedIdentifiersRemain() {
        List<SharedIdentifier> many = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            many.add(new SharedIdentifier(String.format("+3361%07d", i), "phone", "A", List.of(),
                    List.of(new IdentifierOnDevice("D01-android", "strong", "e164", List.of("call"), 1,
                            List.of("name " + i), List.of("raw " + i), null, null))));
        }
        many.add(SampleReports.full().identifiers().get(0)); // on two devices: shown first
        XrefReport full = SampleReports.full();
        XrefReport large = new XrefReport(full.format(), full.version(), full.generatedAt(), full.tool(),
                full.devices(), many, full.deviceLinks(), full.keyPlayers());
        String html = writer.toHtml(large, List.of(), CONTEXT);
        String noscript = html.substring(html.indexOf("<noscript><p class=\"none\">The full"));
        noscript = noscript.substring(0, noscript.indexOf("</noscript>"));
        assertTrue(noscript.contains("the first 50 of 501 identifiers"), noscript);
        assertEquals(IdentifierTableHtml.STATIC_ROWS, noscript.split("<tr><td><code>", -1).length - 1);
        assertTrue(noscript.indexOf("+5511987654321") < noscript.indexOf("+33610000000"), "most shared first");
        assertFalse(noscript.contains("+33610000050"));
        assertTrue(html.contains("+33610000499"), "every row is in the data");
        for (String id : List.of("summary", "key-players", "network", "devices", "links", "identifiers", "problems")) {
            assertTrue(html.contains("<section id=\"" + id + "\">"), id);
        }
    }

    /** Every script element is a JSON data block or one of ours, byte for byte. */
    private static void assertOnlyOwnScripts(String html) {
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            String type = script.group(1);
            String body = script.group(2);
            if (type.isEmpty()) {
                assertTrue(body.equals(PageAssets.JS) || body.equals(PageAssets.GRAPH_JS)
                        || body.equals(GraphLibrary.SCRIPT), "a script that is not ours");
            } else {
                assertTrue(type.startsWith(" type=\"application/json\" id=\""), type);
                assertFalse(body.contains("<"), "unescaped < in a data block");
            }
        }
    }

    private static String dataBlock(String html, String id) {
        Matcher script = SCRIPT.matcher(html);
        while (script.find()) {
            if (script.group(1).contains("id=\"" + id + "\"")) {
                return script.group(2);
            }
        }
        throw new AssertionError("no data block " + id);
    }

    @Test
    void nothingExternalIsReferenced() {
        // the library's code and its NOTICE name URLs as text (XML namespaces, licence); neither is a reference
        String html = writer.toHtml(SampleReports.full(), SampleReports.problems(), CONTEXT, SampleReports.graph())
                .replace(GraphLibrary.SCRIPT, "").replace(HtmlText.escape(GraphLibrary.NOTICE.replace('\n', ' ')), "")
                .toLowerCase();
        assertFalse(html.contains("http://"));
        assertFalse(html.contains("https://"));
        assertFalse(html.contains("src="));
        assertFalse(html.contains("url("));
        assertFalse(html.contains("@import"));
        assertTrue(html.contains("<meta charset=\"utf-8\">"));
        assertTrue(html.contains("content-security-policy"));
        assertTrue(html.contains("default-src &#39;none&#39;"));
    }

    @Test
    void everyDeviceLabelAndIdentifierKeyAppears() {
        XrefReport report = SampleReports.full();
        String html = writer.toHtml(report, SampleReports.problems(), CONTEXT);
        for (DeviceSummary d : report.devices()) {
            assertTrue(html.contains("<bdi>" + d.label() + "</bdi>"), d.label());
        }
        for (SharedIdentifier id : report.identifiers()) {
            assertTrue(html.contains("<bdi>" + id.key() + "</bdi>"), id.key());
        }
        assertTrue(html.contains("مدير 😀"));
        assertTrue(html.contains("saved as \u201C<bdi>Chefe</bdi>\u201D"));
    }

    @Test
    void everyDevicePageHasItsOwnSummaryEvenWithoutLinks() {
        String html = new HtmlReportWriter()
                .withCounterparts(Map.of("D01-android", List.of(
                        new DeviceCounterparts.Counterpart("+5511987654321", List.of("Chefe"), 3, 4))))
                .withUnreadFiles(List.of(new UnreadFiles.Device("D05-iphone", List.of(),
                        List.of(new UnreadFiles.Counted(UnreadCategory.ARCHIVE, 7, 1000)))))
                .toHtml(SampleReports.full(), List.of(), CONTEXT);
        String pages = html.substring(html.indexOf("id=\"device-pages\""), html.indexOf("id=\"unread\""));
        String android = pages.substring(0, pages.indexOf("D05-iphone"));
        String iphone = pages.substring(pages.indexOf("D05-iphone"));
        assertTrue(android.contains("Read: 120 contacts, 3400 calls, 5600 messages, 410 identifiers"), android);
        assertTrue(android.contains("Not read: no file left unread"), android);
        assertTrue(android.contains("<code><bdi>+5511987654321</bdi></code></td><td>"), "the counterpart listed");
        assertTrue(android.contains("<td class=\"num\">3</td><td class=\"num\">4</td>"), "its calls and messages");
        assertTrue(iphone.contains("Read: 0 contacts, 1 calls, 2 messages, 3 identifiers"), iphone);
        assertTrue(iphone.contains("Not read: 7 files") && iphone.contains("<a href=\"#unread\">Not read</a>"), iphone);
        assertTrue(iphone.contains("No call or message of its owner with another identifier was logged on it."));
    }

    @Test
    void candidatesAreMarkedAsUnconfirmed() {
        String html = writer.toHtml(SampleReports.full(), List.of(), CONTEXT);
        assertTrue(html.contains("candidate \u2014 unconfirmed</span>"));
    }

    @Test
    void timesAreShownInTheChosenZoneWithTheZoneNamed() {
        String html = writer.toHtml(SampleReports.full(), List.of(), CONTEXT);
        assertTrue(html.contains("Europe/Paris"));
        // 2021-03-02T08:00:00Z is 09:00 in Paris (winter), 2021-06-19T22:10:00Z is 00:10 (summer).
        assertTrue(html.contains(">2021-03-02 09:00:00 +01:00</time>"));
        assertTrue(html.contains(">2021-06-20 00:10:00 +02:00</time>"));
        assertTrue(html.contains("2026-11-28 20:00:00 +01:00"));
    }

    @Test
    void emptyProblemsAndKeyPlayersSaySo() {
        String html = writer.toHtml(SampleReports.empty(), List.of(), CONTEXT);
        assertTrue(html.contains(HtmlReportWriter.NO_PROBLEMS));
        assertTrue(html.contains("No problems"));
        assertTrue(html.contains("not computed"));
        String withProblems = writer.toHtml(SampleReports.empty(), SampleReports.problems(), CONTEXT);
        assertFalse(withProblems.contains("No problems"));
        assertTrue(withProblems.contains("database is encrypted (crypt14)"));
    }

    @Test
    void writesUtf8FileAndSurvivesBrokenText(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("out/report.html");
        writer.write(SampleReports.full(), List.of(new Problem("D01", null, "bad \uD800 \u0007")),
                CONTEXT, file);
        String html = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertTrue(html.contains("bad \uFFFD \uFFFD"));
        assertTrue(html.contains("@media print"));
    }
}
