package org.phonetriage.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Two runs of scripts/phonetriage started at once on a source tree with a stale jar build it once:
 * the second waits for the first and runs the jar it built. Maven and Java are stand-ins here (a
 * "mvn" that takes two seconds and fails, as the shade plugin does, when another build is under
 * way; a "java" that prints the jar it was given), so the test checks the launcher, in seconds.
 * Run with flock (Linux) and without it (macOS has none: a lock folder).
 */
class LauncherBuildLockTest {

    @TempDir
    Path tmp;
    Path root;
    Path log;

    private static final String FAKE_MVN = """
            #!/usr/bin/env bash
            echo "start $$" >>"$FAKE_LOG"
            if ! mkdir target/building 2>/dev/null; then
              echo "[ERROR] Could not replace original artifact with shaded artifact!" >&2
              exit 1
            fi
            sleep 2
            echo "jar built by build $$" >target/phonetriage.jar
            rmdir target/building
            echo "end $$" >>"$FAKE_LOG"
            """;

    private static final String FAKE_JAVA = """
            #!/usr/bin/env bash
            while [ "$1" != "-jar" ]; do shift; done
            cat "$2"
            """;

    @BeforeEach
    void sourceTreeWithAStaleJar() throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "the launcher is a bash script");
        root = tmp.resolve("phonetriage");
        Files.createDirectories(root.resolve("scripts"));
        Files.copy(Path.of("scripts/phonetriage"), root.resolve("scripts/phonetriage"));
        executable(root.resolve("scripts/phonetriage"));
        Files.createDirectories(root.resolve("parsers"));
        Files.writeString(root.resolve("pom.xml"), "<project/>");
        Path jar = Files.writeString(Files.createDirectories(root.resolve("target")).resolve("phonetriage.jar"),
                "old jar");
        Files.setLastModifiedTime(jar, FileTime.from(Instant.now().minusSeconds(3600)));
        Files.createDirectories(root.resolve("src/main/java"));
        Files.writeString(root.resolve("src/main/java/Changed.java"), "class Changed {}"); // newer than the jar
        log = tmp.resolve("builds.log");
        Files.writeString(log, "");
    }

    /** The links to the system's tools go before the temporary folder does (JUnit warns about each). */
    @AfterEach
    void removeToolLinks() throws Exception {
        for (String name : List.of("bin-flock", "bin-no-flock")) {
            Path bin = tmp.resolve(name);
            if (Files.isDirectory(bin)) {
                try (var links = Files.list(bin)) {
                    for (Path p : links.filter(Files::isSymbolicLink).toList()) {
                        Files.delete(p);
                    }
                }
            }
        }
    }

    private static void executable(Path file) throws Exception {
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    /** A PATH of the few tools the launcher uses, linked one by one: with flock or without. */
    private Path tools(boolean withFlock) throws Exception {
        Path bin = Files.createDirectories(tmp.resolve(withFlock ? "bin-flock" : "bin-no-flock"));
        List<String> needed = new ArrayList<>(List.of("env", "bash", "find", "mkdir", "rmdir", "rm", "cat", "sleep",
                "dirname", "readlink"));
        if (withFlock) {
            needed.add("flock");
        }
        for (String tool : needed) {
            Path found = which(tool);
            assumeTrue(found != null, tool + " is not installed");
            Files.createSymbolicLink(bin.resolve(tool), found);
        }
        executable(Files.writeString(bin.resolve("mvn"), FAKE_MVN));
        Path javaBin = Files.createDirectories(tmp.resolve("jdk/bin"));
        executable(Files.writeString(javaBin.resolve("java"), FAKE_JAVA));
        return bin;
    }

    private static Path which(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path p = Path.of(dir, tool);
            if (Files.isExecutable(p)) {
                return p;
            }
        }
        return null;
    }

    private Process launch(Path bin) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(bin.resolve("bash").toString(), root.resolve("scripts/phonetriage")
                .toString(), "--version");
        pb.environment().put("PATH", bin.toString());
        pb.environment().put("JAVA_HOME", tmp.resolve("jdk").toString());
        pb.environment().put("FAKE_LOG", log.toString());
        return pb.start();
    }

    @ParameterizedTest(name = "with flock: {0}")
    @ValueSource(booleans = {true, false})
    void twoRunsStartedTogetherBuildOnceAndBothRunTheNewJar(boolean withFlock) throws Exception {
        Path bin = tools(withFlock);
        Process first = launch(bin);
        Process second = launch(bin);
        assertTrue(first.waitFor(60, TimeUnit.SECONDS) && second.waitFor(60, TimeUnit.SECONDS));
        String out1 = new String(first.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String out2 = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err1 = new String(first.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String err2 = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        String builds = Files.readString(log);
        assertEquals(0, first.exitValue(), err1);
        assertEquals(0, second.exitValue(), err2);
        assertEquals(1, builds.lines().filter(l -> l.startsWith("start")).count(), "one build:\n" + builds);
        assertTrue(out1.startsWith("jar built by build "), out1);
        assertEquals(out1, out2, "the run that waited uses the jar the other built");
        String waited = err1.contains("waiting") ? err1 : err2;
        assertTrue(waited.contains("phonetriage: waiting for another run to finish building " + root
                + "/target/phonetriage.jar..."), err1 + err2);

        // the jar is now newer than the sources: the next run builds nothing
        Process third = launch(bin);
        assertTrue(third.waitFor(30, TimeUnit.SECONDS));
        assertEquals(0, third.exitValue());
        assertEquals(1, Files.readString(log).lines().filter(l -> l.startsWith("start")).count());
        assertTrue(Files.notExists(root.resolve("target/.phonetriage-build.lock.d")), "the lock folder is removed");
    }
}
