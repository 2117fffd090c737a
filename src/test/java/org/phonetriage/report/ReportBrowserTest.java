package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.cli.Main;

/**
 * report.html of the test images, opened in headless Chromium: the scripts run without an error
 * (none counted by report.js, none on the browser console, no Content-Security-Policy refusal),
 * the graph draws its nodes, each inside the canvas and no two under one label (unless their
 * aliases are the same), and a filter given in the URL narrows the identifier table. (What the
 * page shows with scripts off is its HTML: see HtmlReportWriterTest.) Skipped when no Chromium is
 * installed (.ci/run installs it). Leaves target/report-screenshot.png for a person to look at.
 */
class ReportBrowserTest {

    private static final List<String> IMAGES = List.of("test-images/D01-android.tar",
            "test-images/D02-android.zip", "test-images/D03-android");
    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome-stable",
            "google-chrome");
    private static final long TIMEOUT_SECONDS = 60;
    private static final String BOSS = "+5511987654321";

    @TempDir
    static Path tmp;
    static Path browser;
    static Path report;

    @BeforeAll
    static void triage() throws IOException {
        Optional<Path> found = findBrowser();
        assumeTrue(found.isPresent(), "no Chromium on PATH (or PHONETRIAGE_CHROMIUM): browser test skipped");
        browser = found.get();
        Path out = tmp.resolve("case");
        List<String> args = new ArrayList<>(List.of("triage", "--out", out.toString()));
        args.addAll(IMAGES);
        assertEquals(Main.OK, quietly(args), "triage of the test images");
        report = out.resolve(HtmlReportWriter.FILE_NAME);
    }

    @Test
    void scriptsRunCleanlyAndTheGraphDrawsItsNodes() throws Exception {
        Run run = chromium(report.toUri().toString(), "--dump-dom");
        assertNoScriptErrors(run);
        assertTrue(attribute(run.dom, "data-rendered-nodes") > 0, "the graph drew no node");
        assertEquals(14, attribute(run.dom, "data-total"), "identifiers in the table's data (3 owner e-mails)");
        assertEquals(14, attribute(run.dom, "data-shown"), "rows rendered");
        // the details panel opens on the top unseized key player: the boss
        assertTrue(run.dom.contains("Not seized: key player #1, a lead"), "details of the lead: the boss, first");
    }

    @Test
    void everyNodeIsDrawnInsideTheCanvasWithItsOwnLabel() throws Exception {
        Run run = chromium(report.toUri().toString(), "--dump-dom");
        assertNoScriptErrors(run);
        long width = attribute(run.dom, "data-canvas-width");
        long height = attribute(run.dom, "data-canvas-height");
        List<DrawnNode> drawn = drawnNodes(run.dom);
        assertEquals(attribute(run.dom, "data-visible-nodes"), drawn.size(), "every visible node's place recorded");
        for (DrawnNode n : drawn) {
            assertTrue(n.x - n.radius >= 0 && n.x + n.radius <= width && n.y - n.radius >= 0
                    && n.y + n.radius <= height, n + " outside the " + width + "×" + height + " canvas");
        }
        Map<String, DrawnNode> byLabel = new HashMap<>();
        for (DrawnNode n : drawn) {
            if (n.label == null) {
                continue;
            }
            DrawnNode same = byLabel.putIfAbsent(n.label, n);
            assertTrue(same == null || same.names.equals(n.names) && !n.names.isEmpty(),
                    "two nodes labelled \"" + n.label + "\": " + same + " and " + n);
        }
        assertTrue(byLabel.size() >= 4, "the devices and the key players are labelled: " + byLabel.keySet());
        Map<String, DrawnNode> byId = new HashMap<>();
        drawn.forEach(n -> byId.put(n.id, n));
        for (DrawnNode n : drawn) {
            if (n.owner != null) { // a device beside its owner: within a tenth of the canvas
                DrawnNode owner = byId.get(n.owner);
                double distance = Math.hypot(n.x - owner.x, n.y - owner.y);
                assertTrue(distance <= Math.max(width, height) / 10.0, n + " is " + distance + " px from " + owner);
            }
        }
        assertEquals(3, drawn.stream().filter(n -> n.owner != null).count(), "the three phones, each by its owner");
        // a proven person is one node: D01's owner, his number, e-mail and ICCID together
        assertTrue(drawn.stream().anyMatch(n -> n.id.equals("+33612345678")), "D01's owner drawn");
        assertFalse(drawn.stream().anyMatch(n -> n.id.startsWith("iccid:") || n.id.startsWith("email:")),
                "a seized owner's SIM and account are drawn in his node, not beside it");
    }

    private record DrawnNode(String id, long x, long y, long radius, String label, String names, String owner) {
    }

    /** What network-graph.js recorded of the drawing: each node's place in pixels and its label. */
    private static List<DrawnNode> drawnNodes(String dom) {
        List<DrawnNode> nodes = new ArrayList<>();
        Matcher m = Pattern.compile("<li data-node-x=\"(-?\\d+)\" data-node-y=\"(-?\\d+)\" data-node-radius=\"(\\d+)\""
                + "(?: data-label=\"([^\"]*)\")? data-names=\"([^\"]*)\"(?: data-owner=\"([^\"]*)\")?>([^<]*)</li>")
                .matcher(dom);
        while (m.find()) {
            nodes.add(new DrawnNode(m.group(7), Long.parseLong(m.group(1)), Long.parseLong(m.group(2)),
                    Long.parseLong(m.group(3)), m.group(4), m.group(5), m.group(6)));
        }
        return nodes;
    }

    @Test
    void aFilterInTheUrlNarrowsTheIdentifierTable() throws Exception {
        Run run = chromium(report.toUri() + "#filter=%2B5511987654321", "--dump-dom");
        assertNoScriptErrors(run);
        assertEquals(1, attribute(run.dom, "data-matching"));
        List<String> keys = new ArrayList<>();
        Matcher rows = Pattern.compile("<tr data-key=\"([^\"]*)\"").matcher(run.dom);
        while (rows.find()) {
            keys.add(rows.group(1));
        }
        assertEquals(List.of(BOSS), keys);
        for (String alias : List.of("Tio BR", "Chefe", "Patrão")) {
            assertTrue(run.dom.contains("saved as \u201C<bdi>" + alias + "</bdi>\u201D"), alias);
        }
    }

    @Test
    void writesAScreenshotForAPerson() throws Exception {
        Path png = Path.of("target", "report-screenshot.png").toAbsolutePath();
        Files.deleteIfExists(png);
        Run run = chromium(report.toUri().toString(), "--window-size=1400,2400", "--screenshot=" + png);
        assertTrue(Files.size(png) > 10_000, "screenshot written: " + run.log);
    }

    private static void assertNoScriptErrors(Run run) {
        assertEquals(0, attribute(run.dom, "data-js-errors"), "errors counted by report.js");
        for (String line : run.log.split("\n")) {
            assertFalse(line.contains("Uncaught") || line.contains("Content Security Policy"), line);
        }
    }

    /** The numeric value of the first {@code name="N"} in the DOM; fails when it is missing. */
    private static long attribute(String dom, String name) {
        Matcher m = Pattern.compile(" " + name + "=\"(\\d+)\"").matcher(dom);
        assertTrue(m.find(), name + " missing: the page's scripts did not run");
        return Long.parseLong(m.group(1));
    }

    private record Run(String dom, String log) {
    }

    /** One headless run; its console (errors included) goes to the log via --enable-logging. */
    private static Run chromium(String url, String... action) throws Exception {
        Path profile = Files.createTempDirectory(tmp, "profile");
        List<String> command = new ArrayList<>(List.of(browser.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync", "--user-data-dir=" + profile,
                "--enable-logging=stderr", "--v=0", "--virtual-time-budget=5000"));
        command.addAll(List.of(action));
        command.add(url);
        Path stdout = Files.createTempFile(tmp, "dom", ".html");
        Path stderr = Files.createTempFile(tmp, "log", ".txt");
        Process p = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile()).start();
        if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            throw new AssertionError("chromium did not finish in " + TIMEOUT_SECONDS + " s: " + command);
        }
        String log = Files.readString(stderr, StandardCharsets.UTF_8);
        assertEquals(0, p.exitValue(), log);
        return new Run(Files.readString(stdout, StandardCharsets.UTF_8), log);
    }

    private static Optional<Path> findBrowser() {
        String configured = System.getenv("PHONETRIAGE_CHROMIUM");
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "");
        for (String name : BROWSERS) {
            for (String dir : path.split(java.io.File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Runs the command line in-process, keeping its progress output out of the test log. */
    private static int quietly(List<String> args) {
        PrintWriter sink = new PrintWriter(Writer.nullWriter());
        return Main.run(sink, sink, args.toArray(String[]::new));
    }
}
