package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.model.Problem;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.DeviceSummary;
import org.phonetriage.xref.XrefReport.SharedIdentifier;

class HtmlReportWriterTest {

    private static final ReportContext CONTEXT = new ReportContext("Op. <Falcon> & \"Co\"",
            Instant.parse("2026-11-28T19:00:00Z"), ZoneId.of("Europe/Paris"), "0.3.0");

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
        // Only our own script element exists.
        assertEquals(1, html.split("<script", -1).length - 1);
    }

    @Test
    void nothingExternalIsReferenced() {
        String html = writer.toHtml(SampleReports.full(), SampleReports.problems(), CONTEXT)
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
