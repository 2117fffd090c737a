package org.phonetriage.sweep;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.Arrays;
import org.phonetriage.fuzz.ParserFuzzing;
import org.phonetriage.model.SweptValue;

/**
 * Fuzz target "sweep": any bytes as a file no parser claimed — the first byte says which (0 a SQLite
 * database, 1 a plist, 2 an XML file, 3 a JSON file), the rest is the file. Property: finds, or the
 * sweep's documented exception (SQLException for a database, IOException for a document) with a
 * message — never an unchecked exception; and every find is one the sweep's own rules accept (a
 * kind its value has under its column, a confidence between 0 and 1).
 */
class UnmodelledSweepFuzzTest {

    private static final String[] DOCUMENTS = {"plist", "xml", "json"};
    private static final Path WORK;

    static {
        try {
            WORK = Files.createTempDirectory("fuzz-sweep");
            WORK.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest
    void anyUnclaimedFile(byte[] input) throws IOException {
        if (input.length < 1) {
            return;
        }
        int kind = (input[0] & 0xFF) % 4;
        byte[] content = Arrays.copyOfRange(input, 1, input.length);
        try {
            if (kind == 0) {
                Path db = WORK.resolve("fuzz.db");
                Files.deleteIfExists(WORK.resolve("fuzz.db-journal"));
                Files.write(db, content);
                DatabaseSweep.sweep(db, "fuzz", UnmodelledSweepFuzzTest::check);
            } else {
                DocumentSweep.sweep(content, DOCUMENTS[kind - 1], "fuzz", UnmodelledSweepFuzzTest::check);
            }
        } catch (SQLException | IOException e) {
            ParserFuzzing.documented(e);
        }
    }

    private static void check(SweptValue v) {
        if (v.raw() == null || v.raw().isBlank() || v.confidence() < 0 || v.confidence() > 1
                || !v.kind().equals(ValueShapes.kindOf(v.raw(), v.column()))) {
            throw new AssertionError("a find the sweep's rules do not accept: " + v);
        }
    }
}
