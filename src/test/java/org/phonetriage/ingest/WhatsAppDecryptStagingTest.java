package org.phonetriage.ingest;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.detect.ParsePlan;
import org.phonetriage.detect.ParsePlanner;
import org.phonetriage.detect.SqliteMatcher;
import org.phonetriage.parsers.FileParsers;
import org.phonetriage.evidence.EvidenceEntry;
import org.phonetriage.evidence.EvidenceOpener;
import org.phonetriage.evidence.EvidenceTree;
import org.phonetriage.evidence.TreeHash;
import org.phonetriage.evidence.WhatsAppBackupWriter;
import org.phonetriage.parsers.sqlite.SqliteDefinitions;
import org.phonetriage.store.CaseDb;
import org.phonetriage.store.CaseWriter;

/**
 * The decrypted copy of a WhatsApp backup is kept in the work folder only when the tag
 * authenticates it: after a wrong key or a damaged file nothing of it is left to be parsed.
 */
class WhatsAppDecryptStagingTest {

    @TempDir
    Path tmp;

    @Test
    void onlyAnAuthenticatedBackupLeavesADecryptedCopy() throws Exception {
        byte[] rootKey = new byte[32];
        Arrays.fill(rootKey, (byte) 9);
        Path phone = Files.createDirectories(tmp.resolve("phone"));
        WhatsAppBackupWriter.Sample sample = WhatsAppBackupWriter.sample();
        WhatsAppBackupWriter.writeCrypt15(sample.database(), rootKey, 4, phone.resolve("msgstore.db.crypt15"));
        byte[] intact = Files.readAllBytes(phone.resolve("msgstore.db.crypt15"));
        Files.write(phone.resolve("cut.db.crypt15"), Arrays.copyOf(intact, intact.length - 40));
        Path keyFile = tmp.resolve("key");
        WhatsAppBackupWriter.writeKeyFile(rootKey, keyFile);
        Path wrongKeyFile = tmp.resolve("wrong.key");
        WhatsAppBackupWriter.writeKeyFile(new byte[32], wrongKeyFile);

        try (Connection db = CaseDb.open(tmp.resolve("case.db"), true); CaseWriter writer = new CaseWriter(db);
             EvidenceTree tree = EvidenceOpener.open(phone, "phone", tmp.resolve("work"), null)) {
            SqliteMatcher matcher = new SqliteMatcher(SqliteDefinitions.builtIn());
            DatabaseStager stager = new DatabaseStager(writer, matcher, new UnreadFileRecorder(writer));
            ParsePlan plan = new ParsePlanner(matcher, FileParsers.builtIn()).plan(tree, () -> { });
            long itemId = writer.addEvidenceItem(writer.addDevice("phone", "other"), phone, "folder", null, null);
            EvidenceEntry good = tree.find("msgstore.db.crypt15").orElseThrow();
            EvidenceEntry cut = tree.find("cut.db.crypt15").orElseThrow();
            ProblemLog problems = new ProblemLog(null);

            stager.setWhatsAppKey(Files.readAllBytes(wrongKeyFile));
            assertTrue(stager.decryptAndMatch(tree, plan, good, 15, itemId, tmp.resolve("db-0"), problems).isEmpty());
            assertNothingIn(tmp.resolve("db-0"));
            stager.setWhatsAppKey(Files.readAllBytes(keyFile));
            assertTrue(stager.decryptAndMatch(tree, plan, cut, 15, itemId, tmp.resolve("db-1"), problems).isEmpty());
            assertNothingIn(tmp.resolve("db-1"));
            assertEquals(List.of("phone: msgstore.db.crypt15: cannot decrypt: wrong key, or not a crypt15 file",
                    "phone: cut.db.crypt15: cannot decrypt: the file is truncated or altered (the key is right, but its"
                            + " authentication tag does not match)"),
                    problems.all().stream().map(p -> p.message()).toList());

            assertFalse(stager.decryptAndMatch(tree, plan, good, 15, itemId, tmp.resolve("db-2"), problems).isEmpty());
            try (InputStream plain = Files.newInputStream(sample.database())) {
                assertArrayEquals(plain.readAllBytes(), Files.readAllBytes(tmp.resolve("db-2/msgstore.db")));
            }
            writer.flush();
            assertEquals(TreeHash.sha256(phone.resolve("msgstore.db.crypt15")), db.createStatement().executeQuery(
                    "SELECT sha256 FROM evidence_files WHERE path = 'msgstore.db.crypt15' AND status = 'parsed'")
                    .getString(1), "the hash is of the encrypted evidence file");
        }
    }

    private static void assertNothingIn(Path folder) throws Exception {
        try (Stream<Path> files = Files.list(folder)) {
            assertEquals(List.of(), files.toList());
        }
    }
}
