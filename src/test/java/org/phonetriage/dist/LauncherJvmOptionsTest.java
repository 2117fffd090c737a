package org.phonetriage.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM options scripts/phonetriage chooses: the quick compiler and the serial collector for
 * the quick commands, the quick compiler for a long command on less than 64 MB, the optimising
 * compiler from 20,000 calls and the parallel collector past it, and PHONETRIAGE_JAVA_OPTS after
 * them all. Java is a stand-in
 * that prints its arguments, in the distribution's layout (bin/, lib/).
 */
class LauncherJvmOptionsTest {

    @TempDir
    Path tmp;
    Path root;

    private static final String FAKE_JAVA = """
            #!/usr/bin/env bash
            echo "$*"
            """;

    @BeforeEach
    void distribution() throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "the launcher is a bash script");
        root = tmp.resolve("phonetriage");
        Files.createDirectories(root.resolve("bin"));
        Files.copy(Path.of("scripts/phonetriage"), root.resolve("bin/phonetriage"));
        executable(root.resolve("bin/phonetriage"));
        Files.writeString(Files.createDirectories(root.resolve("lib")).resolve("phonetriage.jar"), "jar");
        executable(Files.writeString(Files.createDirectories(tmp.resolve("jdk/bin")).resolve("java"), FAKE_JAVA));
    }

    @Test
    void aQuickCommandRunsOnTheQuickCompilerAndTheSerialCollector() throws Exception {
        String args = launch(null, "search", "+33612345678");
        assertTrue(args.contains("-XX:TieredStopAtLevel=1 -XX:+UseSerialGC"), args);
    }

    @Test
    void littleEvidenceRunsOnTheQuickCompiler() throws Exception {
        Path item = Files.createDirectories(tmp.resolve("small"));
        Files.writeString(item.resolve("contacts2.db"), "x".repeat(1000));
        String args = launch(null, "triage", item.toString(), "--out", tmp.resolve("out").toString());
        assertTrue(args.contains("-XX:TieredStopAtLevel=1"), args);
        assertTrue(!args.contains("Tier4") && !args.contains("InlineSmallCode"), args);
    }

    @Test
    void largeEvidenceRunsTheOptimisingCompilerFromTwentyThousandCallsAndTheParallelCollector() throws Exception {
        Path item = Files.createDirectories(tmp.resolve("large"));
        try (RandomAccessFile f = new RandomAccessFile(item.resolve("msgstore.db").toFile(), "rw")) {
            f.setLength(65L * 1024 * 1024); // sparse: its size counts, no disk is used
        }
        String args = launch("-Xmx2g", "triage", item.toString());
        assertTrue(args.contains("-XX:Tier4InvocationThreshold=20000"), args);
        assertTrue(args.contains("-XX:InlineSmallCode=1000"), args);
        assertTrue(args.contains("-XX:+UseParallelGC"), args);
        assertTrue(!args.contains("TieredStopAtLevel"), args);
        assertTrue(args.indexOf("UseParallelGC") < args.indexOf("-Xmx2g"), "the examiner's options last: " + args);
        assertEquals("-jar", args.split(" ")[args.split(" ").length - 4], args);
    }

    /** The JVM refuses two collectors: one named in PHONETRIAGE_JAVA_OPTS replaces the launcher's. */
    @Test
    void theExaminersCollectorReplacesTheLaunchers() throws Exception {
        String args = launch("-Xmx1g -XX:+UseG1GC", "search", "+33612345678");
        assertTrue(args.contains("-XX:TieredStopAtLevel=1") && !args.contains("UseSerialGC"), args);
        assertTrue(args.contains("-XX:+UseG1GC"), args);
    }

    /** The arguments the launcher gave Java, with PHONETRIAGE_JAVA_OPTS set when not null. */
    private String launch(String javaOpts, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(new java.util.ArrayList<>(List.of("bash", root.resolve("bin/phonetriage").toString())));
        pb.command().addAll(List.of(command));
        pb.environment().put("JAVA_HOME", tmp.resolve("jdk").toString());
        pb.environment().remove("PHONETRIAGE_JAVA_OPTS");
        if (javaOpts != null) {
            pb.environment().put("PHONETRIAGE_JAVA_OPTS", javaOpts);
        }
        pb.redirectErrorStream(true);
        Process p = pb.start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        assertEquals(0, p.exitValue(), out);
        return out;
    }

    private static void executable(Path file) throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
