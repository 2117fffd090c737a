package org.phonetriage.report.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.cli.BadInputTest;
import org.phonetriage.cli.Main;
import org.phonetriage.store.CaseDb;

/** The facade: all formats, one format, determinism, and triage writing them. */
class ExportsTest {

    static final List<String> FILES = List.of("graph.graphml", "graph.gexf", "i2/links.csv", "i2/case.anx",
            "neo4j/nodes.csv", "neo4j/relationships.csv", "neo4j/README.txt");

    @TempDir
    Path tmp;

    @Test
    void writingTwiceGivesByteIdenticalFiles() throws Exception {
        ExportFixture fixture = ExportFixture.create(tmp);
        Path first = fixture.export(tmp.resolve("first"));
        Path second = fixture.export(tmp.resolve("second"));
        assertEquals(new TreeSet<>(FILES), files(first));
        for (String f : FILES) {
            assertArrayEquals(Files.readAllBytes(first.resolve(f)), Files.readAllBytes(second.resolve(f)), f);
        }
    }

    @Test
    void oneFormatWritesOnlyItsFiles() throws Exception {
        ExportFixture fixture = ExportFixture.create(tmp);
        Path out = tmp.resolve("out");
        try (Connection db = CaseDb.open(fixture.caseFile, false)) {
            Exports.write("neo4j", db, fixture.xref, out);
            assertEquals(Set.of("neo4j/nodes.csv", "neo4j/relationships.csv", "neo4j/README.txt"), files(out));
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Exports.write("pajek", db, fixture.xref, out));
            assertTrue(e.getMessage().contains("graphml"), e.getMessage());
        }
    }

    @Test
    void triageWritesTheExportsBesideTheOtherOutputs() throws Exception {
        Path out = tmp.resolve("demo");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(),
                "test-images/D01-android.tar", "test-images/D02-android.zip", "test-images/D03-android"));
        assertEquals(Main.OK, run.exit(), run.err());
        assertTrue(files(out).containsAll(FILES), files(out).toString());
        String graphml = Files.readString(out.resolve("graph.graphml"));
        assertTrue(graphml.contains("<data key=\"n_device\">D02-android</data>"), "each seized device is a node");
    }

    /** Every file under {@code dir}, as relative paths with '/'. */
    private static Set<String> files(Path dir) throws Exception {
        Set<String> present = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(Files::isRegularFile).forEach(p -> present.add(dir.relativize(p).toString().replace('\\', '/')));
        }
        return present;
    }
}
