package org.phonetriage.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher in a source tree rebuilds the jar when it is missing or stale; a pipeline reading
 * its standard output (--log-json, --json) must get nothing of the build. Maven prints ANSI codes
 * even in batch mode, so a stand-in mvn prints them on both streams, and the launcher must keep
 * them off standard output and off standard error, showing the build's text only when it fails.
 */
class LauncherOutputTest {

    @TempDir
    Path tmp;

    private static final String ESC = "\u001b";

    @Test
    void aRebuildLeavesStandardOutputToTheToolAndNoAnsiCodes() throws Exception {
        Result r = launch(false, "formats", "--json");
        assertEquals(0, r.exit, r.err);
        assertFalse(r.out.contains(ESC) || r.err.contains(ESC), "no ANSI codes:\n" + r.out + r.err);
        assertTrue(new ObjectMapper().readTree(r.out).isArray(), "standard output is the tool's JSON:\n" + r.out);
        assertEquals("phonetriage: building " + tmp.resolve("root/target/phonetriage.jar") + " (mvn package)...",
                r.err.strip());
    }

    @Test
    void aFailedBuildIsShownOnStandardErrorWithoutAnsiCodes() throws Exception {
        Result r = launch(true, "formats", "--json");
        assertEquals(1, r.exit, r.err);
        assertEquals("", r.out);
        assertFalse(r.err.contains(ESC), r.err);
        assertTrue(r.err.contains("[ERROR] COMPILATION ERROR in Main.java"), r.err);
        assertTrue(r.err.strip().endsWith("phonetriage: the build failed (above)"), r.err);
    }

    private record Result(int exit, String out, String err) {
    }

    /** Runs a copy of scripts/phonetriage in a source tree without its jar, with a stand-in mvn on the PATH. */
    private Result launch(boolean buildFails, String... args) throws Exception {
        assumeTrue(new File("/bin/bash").canExecute(), "bash");
        Path root = Files.createDirectories(tmp.resolve("root"));
        Path launcher = Files.createDirectories(root.resolve("scripts")).resolve("phonetriage");
        Files.copy(Path.of("scripts/phonetriage"), launcher);
        launcher.toFile().setExecutable(true);
        Files.createDirectories(root.resolve("src/main"));
        Files.writeString(root.resolve("src/main/Main.java"), "class Main {}\n");
        Files.writeString(root.resolve("pom.xml"), "<project/>\n");
        Path jar = tmp.resolve("runnable.jar");
        writeJarOfThisClasspath(jar);

        Path bin = Files.createDirectories(tmp.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\n"
                + "printf '\\033[0m\\033[1m[INFO] Building phonetriage\\033[m\\n'\n"
                + "printf '\\033[0m\\033[33m[WARNING] a warning\\033[0m\\n' >&2\n"
                + (buildFails ? "printf '\\033[1;31m[ERROR] COMPILATION ERROR in Main.java\\033[m\\n'\nexit 1\n"
                        : "mkdir -p target && cp '" + jar + "' target/phonetriage.jar\n"));
        Files.setPosixFilePermissions(mvn, PosixFilePermissions.fromString("rwxr-xr-x"));

        List<String> command = new ArrayList<>(List.of("/bin/bash", launcher.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectError(tmp.resolve("err.txt").toFile());
        Map<String, String> env = pb.environment();
        env.put("PATH", bin + File.pathSeparator + env.getOrDefault("PATH", "/usr/bin:/bin"));
        env.put("JAVA_HOME", System.getProperty("java.home"));
        Process p = pb.start();
        p.getOutputStream().close();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Result(p.exitValue(), out, Files.readString(tmp.resolve("err.txt")));
    }

    /** A jar that runs phonetriage's Main from this test's class path (its manifest names every entry). */
    private static void writeJarOfThisClasspath(Path jar) throws Exception {
        StringBuilder classPath = new StringBuilder();
        for (String entry : System.getProperty("java.class.path").split(File.pathSeparator)) {
            classPath.append(Path.of(entry).toUri()).append(' ');
        }
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "org.phonetriage.cli.Main");
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH, classPath.toString().strip());
        try (OutputStream out = Files.newOutputStream(jar); JarOutputStream ignored = new JarOutputStream(out, manifest)) {
            // the manifest is the whole jar
        }
    }
}
