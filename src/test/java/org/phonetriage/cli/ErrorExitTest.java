package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An Error that stops a run ends in one line and exit code 1, never in a JVM stack trace. */
class ErrorExitTest {

    @TempDir
    Path tmp;

    @Test
    void outOfMemorySaysHowToRaiseTheHeap() {
        StringWriter err = new StringWriter();
        assertEquals(Main.FAILURE, Main.failed(new OutOfMemoryError("Java heap space"), "triage", new PrintWriter(err)));
        List<String> lines = err.toString().lines().toList();
        assertEquals(1, lines.size(), err.toString());
        assertTrue(lines.get(0).startsWith("phonetriage: out of memory while running triage (a Java heap of "),
                lines.get(0));
        assertTrue(lines.get(0).matches(".* MB\\) — raise the heap with PHONETRIAGE_JAVA_OPTS=-Xmx\\d+g"), lines.get(0));
    }

    @Test
    void anyOtherErrorIsOneLineToo() {
        StringWriter err = new StringWriter();
        assertEquals(Main.FAILURE, Main.failed(new StackOverflowError(), "xref", new PrintWriter(err)));
        assertEquals("phonetriage: internal error: StackOverflowError", err.toString().strip());
    }

    @Test
    void aWhatsAppKeyThatIsReallyABackupIsRefusedBeforeItIsRead() throws Exception {
        Path notAKey = tmp.resolve("msgstore.db.crypt15");
        Files.write(notAKey, new byte[200_000]);
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "--wa-key", notAKey.toString(), "test-images/D05-android"));
        assertEquals(Main.USAGE, run.exit(), run.err());
        assertTrue(run.err().contains("--wa-key " + notAKey + ": not a WhatsApp key file (over 64 KB)"), run.err());
    }
}
