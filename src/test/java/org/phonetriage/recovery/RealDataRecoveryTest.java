package org.phonetriage.recovery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;

/** Recovery on real phones' databases (../shared/realdata; each read from a temporary copy). */
class RealDataRecoveryTest {

    @TempDir
    Path tmp;

    /**
     * A real WhatsApp msgstore.db whose messages 15, 18, 20 and 23 were deleted on the phone
     * (INVENTORY.md). Their cells are no longer in the file (no key_id but the live ones' is left in
     * it), so nothing may come back as deleted; what is there is an earlier version of a live message.
     */
    @Test
    void deletedWhatsAppMessagesOfARealPhone() throws Exception {
        Path db = RealData.copyDatabase("Er-Simon__Sqlite3-restore-deleted-records/msgstore.db", tmp);
        byte[] before = Files.readAllBytes(db);
        SqliteRecovery.Scan scan = SqliteRecovery.scan(db, Set.of("messages"));
        RecoveredTable messages = scan.tables().get("messages");
        List<RecoveredRow> rows = messages == null ? List.of() : messages.rows();
        Set<Long> live = new HashSet<>();
        Set<String> liveKeys = new HashSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db.toAbsolutePath());
             ResultSet rs = c.createStatement().executeQuery("SELECT _id, key_id FROM messages")) {
            while (rs.next()) {
                live.add(rs.getLong(1));
                liveKeys.add(rs.getString(2));
            }
        }
        int keyId = messages == null ? -1 : messages.columns().indexOf("key_id");
        assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(db)), "recovery only reads");
        // the message "Bene" (row 13) was stored once with status 5, later rewritten: its old cell is a
        // freeblock, and its unique key (chat, from_me, key_id) says it is row 13's earlier version
        assertTrue(rows.stream().anyMatch(r -> r.historic() && r.rowid() == 13L
                && "Bene".equals(r.values()[messages.columns().indexOf("data")])), "row 13 before its last change");
        for (RecoveredRow r : rows) {
            if (!r.historic()) {
                assertTrue(r.rowid() == null || !live.contains(r.rowid()), "a live message came back as deleted: " + r);
                assertTrue(keyId < 0 || r.values()[keyId] == null || !liveKeys.contains(r.values()[keyId]),
                        "a live message's key came back as deleted: " + r.where());
            }
        }
    }

    /** A real call log with an empty -wal beside it: the one live call is not "recovered". */
    @Test
    void aRealCallLogWithAnEmptyWalGivesNothing() throws Exception {
        Path db = RealData.copyDatabase("den4uk__andriller/tests/data/data/com.android.providers.contacts/db/calllog.db",
                tmp);
        Files.copy(RealData.path("den4uk__andriller/tests/data/data/com.android.providers.contacts/db/calllog.db-wal"),
                tmp.resolve("calllog.db-wal"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        SqliteRecovery.Scan scan = SqliteRecovery.scan(db, Set.of("calls"));
        assertEquals(Set.of(), scan.tables().keySet());
        assertTrue(scan.shapes().get("calls").columns().contains("normalized_number"));
    }

    /**
     * The MVS iPhone's address book: a 1.3 MB WAL of 320 frames and 70 commits over a book whose
     * people are all gone. Its frames hold the stores' and accounts' bookkeeping, no person's
     * name or number (checked with strings): nothing is recovered, nothing is invented.
     */
    @Test
    void aRealAddressBookWhoseWalHoldsNoPersonGivesNothing() throws Exception {
        Path out = tmp.resolve("mvs");
        org.phonetriage.cli.BadInputTest.Run run = org.phonetriage.cli.BadInputTest.Run.of(List.of("triage", "--out",
                out.toString(), "--region", "US", RealData.path("abrignoni__iLEAPP/admin/test/cases/data/addressBook/"
                        + "testdata.addressBook.addressBook.mvs_ios_2023.zip").toString()));
        assertEquals(0, run.exit(), run.err());
        var counts = new com.fasterxml.jackson.databind.ObjectMapper().readTree(out.resolve("xref.json").toFile())
                .get("devices").get(0).get("counts");
        assertEquals(0, counts.get("contacts").asInt());
        assertEquals(0, counts.get("recovered").asInt());
    }
}
