package org.phonetriage.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An output is the previous version or the new one, never a part, and leaves no temporary file. */
class AtomicOutputTest {

    @TempDir
    Path dir;

    private List<String> names() throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).map(p -> dir.relativize(p).toString()).sorted().toList();
        }
    }

    @Test
    void aDeviceGivenAsTheOutputIsWrittenIntoNotReplaced() throws Exception {
        // timeline --out /dev/full once renamed a regular file over the device node
        Path device = Path.of("/dev/null");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isWritable(device), "a /dev/null");
        AtomicOutput.writeString(device, "into the device");
        assertFalse(Files.isRegularFile(device), "still a device");
        try (Stream<Path> left = Files.list(device.getParent())) {
            assertTrue(left.noneMatch(p -> p.getFileName().toString().startsWith(".null.phonetriage-")));
        }
    }

    @Test
    void theFileAppearsOnlyOnCommitAndReplacesTheOldOne() throws Exception {
        Path file = Files.writeString(dir.resolve("xref.json"), "old");
        try (AtomicOutput out = AtomicOutput.create(file)) {
            out.writer().write("new ");
            out.writer().flush();
            assertEquals("old", Files.readString(file), "nothing visible before commit");
            out.writer().write("version");
            out.commit();
        }
        assertEquals("new version", Files.readString(file));
        assertEquals(List.of("xref.json"), names());
    }

    @Test
    void anExceptionOnTheWayLeavesThePreviousVersionAndNoTemporaryFile() throws Exception {
        Path file = Files.writeString(dir.resolve("report.html"), "complete old report");
        assertThrows(IllegalStateException.class, () -> {
            try (AtomicOutput out = AtomicOutput.create(file)) {
                out.writer().write("<html>half");
                out.writer().flush();
                throw new IllegalStateException("an analysis failed while writing");
            }
        });
        assertEquals("complete old report", Files.readString(file));
        assertEquals(List.of("report.html"), names());
    }

    @Test
    void aFirstWriteThatFailsLeavesNothing() throws Exception {
        Path file = dir.resolve("graph.graphml");
        try (AtomicOutput out = AtomicOutput.create(file)) {
            out.writer().write("<graphml>");
        }
        assertEquals(List.of(), names(), "closed without commit: no file, no 0-byte file, no temporary file");
    }

    @Test
    void aFullDiskNamesTheFileAndKeepsThePreviousVersion() throws Exception {
        Path file = Files.writeString(dir.resolve("occurrences.csv"), "key\n+33612345678\n");
        NoSpaceLeftException e;
        try (FullDisk disk = FullDisk.after(100, p -> p.getFileName().toString().equals("occurrences.csv"))) {
            e = assertThrows(NoSpaceLeftException.class, () -> {
                try (CsvTable csv = CsvTable.create(file, "key")) {
                    for (int i = 0; i < 100_000; i++) {
                        csv.row("+336" + i);
                    }
                    csv.commit();
                }
            });
        }
        assertEquals("no space left on device while writing " + file, e.getMessage());
        assertEquals(file, e.file());
        assertEquals("key\n+33612345678\n", Files.readString(file));
        assertEquals(List.of("occurrences.csv"), names());
    }

    @Test
    void aFailureTheWriterSwallowedStillStopsTheCommit() throws Exception {
        Path file = Files.writeString(dir.resolve("timeline.csv"), "previous");
        try (FullDisk disk = FullDisk.after(10, p -> true); AtomicOutput out = AtomicOutput.create(file)) {
            PrintWriter print = new PrintWriter(out.writer()); // PrintWriter keeps errors to itself
            print.print("x".repeat(100_000));
            print.flush();
            assertTrue(print.checkError());
            assertThrows(NoSpaceLeftException.class, out::commit);
        }
        assertEquals("previous", Files.readString(file));
        assertEquals(List.of("timeline.csv"), names());
    }

    @Test
    void fullDiskIsToldFromTheSystemsWordsAndOnlyFromThem() {
        assertEquals("no space left on device",
                NoSpaceLeftException.reason(new IOException("No space left on device")));
        assertEquals("no space left on device", NoSpaceLeftException.reason(
                new FileSystemException("D:\\out\\xref.json", null, "There is not enough space on the disk")));
        assertEquals("disk quota exceeded", NoSpaceLeftException.reason(
                new IOException("cannot write", new IOException("Disk quota exceeded"))));
        assertEquals(null, NoSpaceLeftException.reason(new IOException("Permission denied")));
        assertEquals(null, NoSpaceLeftException.reason(new IOException((String) null)));
    }

    @Test
    void theJournalHasWhatWasWrittenWithItsSizeAndHash() throws Exception {
        Path a = dir.resolve("a.txt");
        Path b = dir.resolve("b.txt");
        List<AtomicOutput.Written> written;
        try (AtomicOutput.Journal journal = AtomicOutput.journal()) {
            AtomicOutput.writeString(a, "héllo\n");
            try (AtomicOutput out = AtomicOutput.create(b)) {
                out.stream().write(new byte[] {1, 2, 3});
                // not committed: not in the journal
            }
            written = journal.written();
        }
        assertEquals(1, written.size());
        assertEquals(a.toAbsolutePath(), written.get(0).file());
        byte[] bytes = Files.readAllBytes(a);
        assertEquals(bytes.length, written.get(0).size());
        assertEquals(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)),
                written.get(0).sha256());
        assertEquals("héllo\n", new String(bytes, StandardCharsets.UTF_8));
        assertFalse(Files.exists(b));
    }

    @Test
    void temporaryFilesOfAKilledRunAreRemovedThoseOfARunningOneKept() throws Exception {
        Process finished = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-version").redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        finished.waitFor();
        long dead = finished.pid();
        long alive = ProcessHandle.current().parent().map(ProcessHandle::pid).orElseThrow();
        Path csv = Files.createDirectories(dir.resolve("csv"));
        Path killedXref = Files.writeString(dir.resolve(".xref.json.phonetriage-" + dead + "-1.tmp"), "{\"ver");
        Path killedCsv = Files.writeString(csv.resolve(".links.csv.phonetriage-" + dead + "-7.tmp"), "device_a,");
        Path running = Files.writeString(dir.resolve(".report.html.phonetriage-" + alive + "-2.tmp"), "<html");
        Path mine = Files.writeString(dir.resolve(".graph.gexf.phonetriage-" + ProcessHandle.current().pid()
                + "-999999.tmp"), "<gexf"); // our pid, not ours: a container's earlier run had our pid
        Path notOurs = Files.writeString(dir.resolve(".notes.tmp"), "the examiner's");

        AtomicOutput.writeString(dir.resolve("xref.json"), "{}\n"); // the next write of xref.json removes its leftover
        assertFalse(Files.exists(killedXref));
        assertTrue(Files.exists(killedCsv));

        AtomicOutput.cleanStale(dir);
        assertFalse(Files.exists(killedCsv));
        assertFalse(Files.exists(mine));
        assertTrue(Files.exists(running), "a run still going keeps its file");
        assertTrue(Files.exists(notOurs));
    }

    @Test
    void discardInFlightDeletesWhatAHaltWouldLeave() throws Exception {
        Path file = Files.writeString(dir.resolve("case.jsonld"), "old");
        try (AtomicOutput out = AtomicOutput.create(file)) {
            out.writer().write("{\"@graph\": [");
            out.writer().flush();
            AtomicOutput.discardInFlight();
            assertEquals(List.of("case.jsonld"), names());
        }
        assertEquals("old", Files.readString(file));
    }

    @Test
    void closingTheWriterDoesNotEndTheFile() throws Exception {
        Path file = dir.resolve("timeline.json");
        try (AtomicOutput out = AtomicOutput.create(file)) {
            try (Writer w = out.writer()) {
                w.write("[]");
            }
            assertFalse(Files.exists(file));
            out.commit();
        }
        assertEquals("[]", Files.readString(file));
    }
}
