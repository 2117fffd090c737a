package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;
import org.phonetriage.testimages.EncryptedBackupWriter;

/**
 * mvt's real iTunes backup fragment, encrypted the way iOS does it (EncryptedBackupWriter): with the
 * password it reads exactly as the plain one; without it, or with a wrong one, the item is refused
 * with the reason and nothing of it is ingested.
 */
class EncryptedBackupTest {

    private static final String PASSWORD = "correct horse";

    @TempDir
    Path tmp;
    private Path backup;

    @BeforeEach
    void encrypt() throws Exception {
        backup = tmp.resolve("ios-encrypted");
        EncryptedBackupWriter.encrypt(RealData.path("mvt-project__mvt/tests/artifacts/ios_backup"), backup, PASSWORD,
                42);
    }

    @Test
    void withThePasswordItReadsAsThePlainBackup() throws Exception {
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "--password=" + PASSWORD, backup.toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(run.err().contains("files listed in Manifest.db are not in the backup"), run.err());
        assertEquals(List.of("4"), column("SELECT count(*) FROM messages"), "1 SMS and 3 WhatsApp messages");
        assertTrue(column("SELECT path FROM evidence_files WHERE status = 'parsed'")
                .contains("HomeDomain/Library/SMS/sms.db"));
    }

    @Test
    void withoutAPasswordNothingIsIngested() throws Exception {
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                backup.toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(run.err().contains("encrypted backup: give --password (or --password-file)"), run.err());
        assertEquals(List.of("0"), column("SELECT count(*) FROM messages"));
    }

    @Test
    void aWrongPasswordIsSaid() throws Exception {
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "--password=wrong", backup.toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(run.err().contains("ios-encrypted: wrong backup password"), run.err());
        assertEquals(List.of("0"), column("SELECT count(*) FROM messages"));
    }

    @Test
    void aLabsPasswordListIsTriedInOrder() throws Exception {
        Path list = java.nio.file.Files.writeString(tmp.resolve("passwords.txt"), "nope\r\n\n" + PASSWORD + "\n");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                "--password-file", list.toString(), backup.toString(), "test-images/D04-android.ab"));
        assertTrue(run.err().contains("D04-android.ab: wrong backup password (none of the 2 given fits)"), run.err());
        assertEquals(List.of("4"), column("SELECT count(*) FROM messages m JOIN devices d ON d.id = m.device_id"
                + " WHERE d.label = 'ios-encrypted'"), "the second line opens the iPhone backup");
        BadInputTest.Run both = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out2").toString(),
                "--password", "phonetriage-demo", "--password-file", list.toString(), backup.toString(),
                "test-images/D04-android.ab"));
        assertEquals(Main.PROBLEMS, both.exit(), both.err());
        assertTrue(!both.err().contains("wrong backup password"), "--password and the list together open both");
    }

    private List<String> column(String sql) throws Exception {
        return CaseQuery.column(tmp.resolve("out/case.db"), sql);
    }
}
