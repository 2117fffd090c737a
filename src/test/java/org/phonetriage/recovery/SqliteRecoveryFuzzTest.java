package org.phonetriage.recovery;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Function;
import org.phonetriage.fuzz.ParserFuzzing;

/**
 * Fuzz target "sqlite-recovery": the page reader and record carver on any bytes as a database, with
 * a -wal or a -journal beside it. Property: the rows of the tables the schema names, or
 * {@link SqliteRecovery.NotReadable} / IOException with a message — never an unchecked exception
 * (ingest would lose the recovery of that database and say only "recovery-incomplete"), never a row
 * whose values do not match its table's columns.
 */
class SqliteRecoveryFuzzTest {

    private static final Path WORK;

    static {
        try {
            WORK = Files.createTempDirectory("fuzz-recovery");
            WORK.toFile().deleteOnExit();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The first byte says what lies beside the database (0 nothing, 1 a -wal, 2 a -journal), the next
     * four where the database's bytes end and the companion's begin.
     */
    @FuzzTest
    void pageReader(byte[] input) throws IOException {
        if (input.length < 5) {
            return;
        }
        int companion = (input[0] & 0xFF) % 3;
        int split = java.nio.ByteBuffer.wrap(input, 1, 4).getInt();
        byte[] rest = java.util.Arrays.copyOfRange(input, 5, input.length);
        split = Math.max(0, Math.min(split, rest.length));
        Path db = WORK.resolve("fuzz.db");
        for (String suffix : new String[] {"-wal", "-journal"}) {
            Files.deleteIfExists(WORK.resolve("fuzz.db" + suffix));
        }
        Files.write(db, java.util.Arrays.copyOfRange(rest, 0, companion == 0 ? rest.length : split));
        if (companion > 0) {
            Files.write(WORK.resolve("fuzz.db" + (companion == 1 ? "-wal" : "-journal")),
                    java.util.Arrays.copyOfRange(rest, split, rest.length));
        }
        try {
            Function<java.util.Map<String, SqliteRecovery.TableShape>, java.util.Set<String>> all =
                    shapes -> shapes.keySet();
            SqliteRecovery.Scan scan = SqliteRecovery.scan(db, all);
            for (RecoveredTable t : scan.tables().values()) {
                for (RecoveredRow r : t.rows()) {
                    if (r.values().length != t.columns().size() || r.confidence() <= 0 || r.confidence() > 1
                            || r.where() == null) {
                        throw new AssertionError("a row that does not fit its table " + t.name() + ": " + r.where());
                    }
                }
            }
        } catch (SqliteRecovery.NotReadable | IOException e) {
            ParserFuzzing.documented(e);
        }
    }
}
