package org.phonetriage.dist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The offline distribution, target/phonetriage-&lt;version&gt;.zip, as a lab gets it: what it holds, and
 * its launcher run from the unzipped folder with nothing on the PATH but Java and the shell's own
 * tools (no Maven, no source tree). Run by failsafe in the package phase, right after the zip is
 * made, so "mvn package" fails when the zip is incomplete or its launcher does not run.
 */
class DistributionIT {

    private static final String VERSION = System.getProperty("phonetriage.version");
    private static final String ROOT = "phonetriage-" + VERSION + "/";

    @TempDir
    static Path tmp;
    static Path zip;
    static List<String> entries = new ArrayList<>();
    static Map<String, Integer> modes = new HashMap<>();

    @BeforeAll
    static void readZip() throws IOException {
        zip = Path.of(System.getProperty("phonetriage.dist"));
        assertTrue(Files.isRegularFile(zip), "the package phase makes " + zip);
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                entries.add(e.getName());
                modes.put(e.getName(), e.getUnixMode());
            }
        }
    }

    /** The links to java, bash … point out of the temporary folder: removed first, quietly. */
    @AfterAll
    static void removeToolLinks() throws IOException {
        Path tools = tmp.resolve("only-java");
        if (Files.isDirectory(tools)) {
            try (var links = Files.list(tools)) {
                for (Path link : links.toList()) {
                    Files.delete(link);
                }
            }
        }
    }

    @Test
    void holdsTheJarLaunchersReadmeDocsLicencesAndTestImages() {
        for (String name : List.of("lib/phonetriage.jar", "bin/phonetriage", "bin/phonetriage.bat", "README.md",
                "NOTICE.txt", "THIRD-PARTY.txt", "licenses/commons-compress/META-INF/LICENSE.txt",
                "licenses/commons-compress/META-INF/NOTICE.txt", "licenses/echarts/META-INF/resources/webjars/echarts/"
                        + "5.3.1/NOTICE", "test-images/MANIFEST.sha256", "test-images/D01-android.tar", "docs/contract.md",
                "docs/schemas/xref.schema.json", "docs/schemas/events.schema.json", "docs/schemas/manifest.schema.json")) {
            assertTrue(entries.contains(ROOT + name), name + " in " + zip);
        }
        assertEquals(0755, modes.get(ROOT + "bin/phonetriage") & 0777, "the launcher is executable");
        assertTrue(entries.stream().allMatch(e -> e.startsWith(ROOT)), "one top folder");
    }

    @Test
    void everyLibraryInTheJarIsListedWithItsLicence() throws IOException {
        String thirdParty = text(ROOT + "THIRD-PARTY.txt");
        assertFalse(thirdParty.toLowerCase().contains("unknown license"), thirdParty);
        Set<String> bundled = bundledLibraries();
        assertTrue(bundled.size() > 15, bundled.toString());
        for (String library : bundled) {
            assertTrue(thirdParty.contains("(" + library + " - ") || thirdParty.contains("(" + library + ")"),
                    library + " is bundled but not in THIRD-PARTY.txt:\n" + thirdParty);
        }
        assertTrue(text(ROOT + "NOTICE.txt").startsWith("phonetriage " + VERSION + "\n"));
    }

    @Test
    void theUnzippedLauncherRunsWithOnlyJava() throws Exception {
        assumeFalse(System.getProperty("os.name").startsWith("Windows"), "bin/phonetriage is a bash script");
        Path home = unzip(tmp.resolve("unzipped")).resolve(ROOT);
        Path tools = Files.createDirectories(tmp.resolve("only-java"));
        Files.createSymbolicLink(tools.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        for (String tool : List.of("bash", "dirname", "readlink")) {
            Files.createSymbolicLink(tools.resolve(tool), which(tool));
        }
        Path work = Files.createDirectories(tmp.resolve("elsewhere"));

        Run version = run(tools, work, home.resolve("bin/phonetriage").toString(), "--version");
        assertEquals(0, version.exit(), version.output());
        assertTrue(version.output().startsWith("phonetriage " + VERSION + "\n"), version.output());

        // through a symbolic link, as a lab installs it on the PATH
        Path link = Files.createSymbolicLink(tools.resolve("phonetriage"), home.resolve("bin/phonetriage"));
        Run triage = run(tools, work, link.toString(), "triage", home.resolve("test-images/D01-android.tar").toString(),
                home.resolve("test-images/D03-android").toString(), "--out", work.resolve("out").toString());
        assertEquals(0, triage.exit(), triage.output());
        assertTrue(triage.output().contains("1 device links (1 strong, 0 candidate), 0 problem(s)."), triage.output());
        assertTrue(Files.size(work.resolve("out/report.html")) > 0);
        assertTrue(Files.readString(work.resolve("out/csv/devices.csv")).contains("\nD03-android,"));
    }

    private record Run(int exit, String output) {
    }

    private static Run run(Path tools, Path dir, String... command) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        pb.environment().remove("JAVA_HOME");
        pb.environment().put("PATH", tools.toString());
        Process p = pb.start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), output);
        return new Run(p.exitValue(), output);
    }

    private static Path which(String tool) {
        for (String dir : System.getenv("PATH").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, tool);
            if (Files.isExecutable(candidate)) {
                return candidate;
            }
        }
        throw new AssertionError(tool + " not found on the PATH");
    }

    /** Unzips with the entries' Unix modes, as unzip(1) does. */
    private static Path unzip(Path target) throws IOException {
        try (ZipFile z = ZipFile.builder().setPath(zip).get()) {
            for (ZipArchiveEntry e : Collections.list(z.getEntries())) {
                Path out = target.resolve(e.getName()).normalize();
                assertTrue(out.startsWith(target), e.getName());
                if (e.isDirectory()) {
                    Files.createDirectories(out);
                    continue;
                }
                Files.createDirectories(out.getParent());
                try (InputStream in = z.getInputStream(e)) {
                    Files.copy(in, out);
                }
                if ((e.getUnixMode() & 0100) != 0) {
                    Set<PosixFilePermission> perms = PosixFilePermissions.fromString("rwxr-xr-x");
                    Files.setPosixFilePermissions(out, perms);
                }
            }
        }
        return target;
    }

    /** group:artifact:version of every library whose Maven metadata the shaded jar carries, ours aside. */
    private static Set<String> bundledLibraries() throws IOException {
        Set<String> libraries = new TreeSet<>();
        try (ZipFile z = ZipFile.builder().setPath(zip).get();
             ZipInputStream jar = new ZipInputStream(z.getInputStream(z.getEntry(ROOT + "lib/phonetriage.jar")))) {
            for (ZipEntry e; (e = jar.getNextEntry()) != null; ) {
                if (e.getName().startsWith("META-INF/maven/") && e.getName().endsWith("/pom.properties")) {
                    Properties p = new Properties();
                    p.load(new ByteArrayInputStream(jar.readAllBytes()));
                    if (!"org.phonetriage".equals(p.getProperty("groupId"))) {
                        libraries.add(p.getProperty("groupId") + ":" + p.getProperty("artifactId") + ":"
                                + p.getProperty("version"));
                    }
                }
            }
        }
        return libraries;
    }

    private static String text(String entry) throws IOException {
        try (ZipFile z = ZipFile.builder().setPath(zip).get(); InputStream in = z.getInputStream(z.getEntry(entry))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
