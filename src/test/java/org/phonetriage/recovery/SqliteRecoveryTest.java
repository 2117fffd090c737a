package org.phonetriage.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Recovery under each condition SQLite leaves deleted rows in: recall at least 0.8 of the rows
 * deleted, and precision 1.0 — every row it returns was once written, value for value.
 */
class SqliteRecoveryTest {

    @TempDir
    Path tmp;

    private final DeletionFixture fx = new DeletionFixture();

    private List<RecoveredRow> recover(Path db) throws Exception {
        SqliteRecovery.Scan scan = SqliteRecovery.scan(db, Set.of("sms"));
        RecoveredTable t = scan.tables().get("sms");
        return t == null ? List.of() : t.rows();
    }

    /**
     * Precision 1.0, and recall at least {@code minRecall} over the deleted rows whose bytes SQLite left
     * in the files (a row a page merge overwrote is beyond any recovery; the recall over all deleted
     * rows is printed beside it).
     */
    private void assertScores(String condition, Path db, List<RecoveredRow> rows, double minRecall) throws Exception {
        assertScores(condition, db, rows, minRecall, java.nio.charset.StandardCharsets.UTF_8);
    }

    private void assertScores(String condition, Path db, List<RecoveredRow> rows, double minRecall,
                              java.nio.charset.Charset encoding) throws Exception {
        double all = fx.recall(rows);
        Set<Long> surviving = fx.surviving(db, encoding);
        double recall = fx.recallOfSurviving(rows, surviving);
        double precision = fx.precision(rows);
        System.out.printf("recovery %-18s deleted %4d left in the file %4d recovered %4d recall %.2f (of all deleted %.2f)"
                + " precision %.2f%n", condition, fx.deleted.size(), surviving.size(), rows.size(), recall, all, precision);
        assertEquals(1.0, precision, condition + ": a recovered row was never written: " + rows.stream()
                .filter(r -> fx.versions.stream().noneMatch(v -> DeletionFixture.agrees(r.values(), v)))
                .map(r -> java.util.Arrays.deepToString(r.values()) + " @" + r.where()).toList());
        assertTrue(recall >= minRecall, condition + ": recall " + recall + ", missed " + fx.missed(rows));
        assertTrue(surviving.size() * 2 >= fx.deleted.size(), condition + ": the fixture must leave most rows to find");
    }

    @Test
    void rowsDeletedInsideLeavesAreFoundInFreeblocks() throws Exception {
        Path db = tmp.resolve("a/mmssms.db");
        java.nio.file.Files.createDirectories(db.getParent());
        try (Connection c = DeletionFixture.open(db, "secure_delete=OFF", "journal_mode=DELETE")) {
            c.createStatement().execute(DeletionFixture.CREATE);
            fx.insert(c, 1, 400, false);
            fx.delete(c, "_id % 7 = 3");
        }
        assertScores("freeblocks", db, recover(db), 0.8);
    }

    @Test
    void wholePagesFreedAreReadFromTheFreelist() throws Exception {
        Path db = tmp.resolve("b/mmssms.db");
        java.nio.file.Files.createDirectories(db.getParent());
        try (Connection c = DeletionFixture.open(db, "secure_delete=OFF", "journal_mode=DELETE")) {
            c.createStatement().execute(DeletionFixture.CREATE);
            fx.insert(c, 1, 600, false);
            fx.delete(c, "_id BETWEEN 100 AND 400");
        }
        assertScores("freelist", db, recover(db), 0.8);
    }

    @Test
    void secureDeleteLeavesNothingAndNothingIsInvented() throws Exception {
        Path db = tmp.resolve("c/mmssms.db");
        java.nio.file.Files.createDirectories(db.getParent());
        try (Connection c = DeletionFixture.open(db, "secure_delete=ON", "journal_mode=DELETE")) {
            c.createStatement().execute(DeletionFixture.CREATE);
            fx.insert(c, 1, 400, false);
            fx.delete(c, "_id % 5 = 1 OR _id BETWEEN 200 AND 300");
        }
        List<RecoveredRow> rows = recover(db);
        assertEquals(List.of(), rows, "secure_delete zeroes what it frees");
    }

    @Test
    void autoVacuumDatabasesKeepFreeblocks() throws Exception {
        Path db = tmp.resolve("d/mmssms.db");
        java.nio.file.Files.createDirectories(db.getParent());
        try (Connection c = DeletionFixture.open(db, "auto_vacuum=FULL", "secure_delete=OFF", "journal_mode=DELETE")) {
            c.createStatement().execute(DeletionFixture.CREATE);
            fx.insert(c, 1, 500, false);
            fx.delete(c, "_id % 4 = 2");
        }
        assertScores("auto-vacuum", db, recover(db), 0.8);
    }

    @Test
    void overflowChainsOfLongMessagesAreFollowed() throws Exception {
        Path db = tmp.resolve("e/mmssms.db");
        java.nio.file.Files.createDirectories(db.getParent());
        try (Connection c = DeletionFixture.open(db, "page_size=1024", "secure_delete=OFF", "journal_mode=DELETE")) {
            c.createStatement().execute(DeletionFixture.CREATE);
            fx.insert(c, 1, 90, true);
            fx.delete(c, "_id % 3 = 0");
        }
        assertScores("overflow", db, recover(db), 0.8);
    }

    @Test
    void walFramesOfEarlierCommitsGiveDeletedAndEditedRows() throws Exception {
        Path db = tmp.resolve("f/msgstore.db");
        java.nio.file.Files.createDirectories(db.getParent());
        Path copy;
        try (Connection c = DeletionFixture.open(db, "journal_mode=WAL", "wal_autocheckpoint=0", "secure_delete=ON")) {
            c.createStatement().execute(DeletionFixture.CREATE);
            fx.insert(c, 1, 150, false);
            try (Statement st = c.createStatement()) {
                st.execute("PRAGMA wal_checkpoint(TRUNCATE)");
            }
            fx.insert(c, 151, 300, false);
            fx.delete(c, "_id % 6 = 0");
            fx.updateBody(c, 7, "edited later");
            fx.delete(c, "_id BETWEEN 160 AND 170");
            copy = DeletionFixture.snapshot(db, tmp.resolve("f-copy"));
        }
        List<RecoveredRow> rows = recover(copy);
        assertScores("WAL", copy, rows, 0.8);
        assertTrue(rows.stream().anyMatch(r -> r.historic() && r.rowid() == 7L), "the message before its edit");
    }

    @Test
    void aPersistedRollbackJournalHoldsThePagesBeforeTheDelete() throws Exception {
        Path db = tmp.resolve("g/contacts2.db");
        java.nio.file.Files.createDirectories(db.getParent());
        Path copy;
        try (Connection c = DeletionFixture.open(db, "journal_mode=PERSIST", "secure_delete=ON")) {
            c.createStatement().execute(DeletionFixture.CREATE);
            fx.insert(c, 1, 200, false);
            fx.delete(c, "_id % 5 = 4");
            copy = DeletionFixture.snapshot(db, tmp.resolve("g-copy"));
        }
        assertScores("rollback journal", copy, recover(copy), 0.8);
    }

    @Test
    void utf16DatabasesAreDecodedInTheirEncoding() throws Exception {
        Path db = tmp.resolve("h/mmssms.db");
        java.nio.file.Files.createDirectories(db.getParent());
        try (Connection c = DeletionFixture.open(db, "encoding='UTF-16le'", "secure_delete=OFF", "journal_mode=DELETE")) {
            c.createStatement().execute(DeletionFixture.CREATE);
            fx.insert(c, 1, 300, false);
            fx.delete(c, "_id % 4 = 1");
        }
        assertScores("UTF-16", db, recover(db), 0.8, java.nio.charset.StandardCharsets.UTF_16LE);
    }
}
