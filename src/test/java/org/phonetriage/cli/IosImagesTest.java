package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed iPhone images (test-images/README.md): one phone as a plain backup, an encrypted
 * backup and a file-system tar. All three read the same records; the encrypted one only with its
 * password.
 */
class IosImagesTest {

    @TempDir
    static Path tmp;
    private static BadInputTest.Run run;

    @BeforeAll
    static void triage() {
        run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(), "--password",
                "phonetriage-demo", "test-images/D10-ios-backup", "test-images/D11-ios-encrypted",
                "test-images/D12-ios-ffs.tar"));
    }

    @Test
    void theThreeFormsReadTheSameRecords() throws Exception {
        assertEquals(Main.OK, run.exit(), run.err());
        assertEquals(List.of("D10-ios-backup|2|2|3", "D11-ios-encrypted|2|2|3", "D12-ios-ffs|2|2|3"), column(
                "SELECT label || '|' || (SELECT count(*) FROM contacts c WHERE c.device_id = d.id) || '|'"
                        + " || (SELECT count(*) FROM calls c WHERE c.device_id = d.id) || '|'"
                        + " || (SELECT count(*) FROM messages m WHERE m.device_id = d.id) FROM devices d ORDER BY label"));
        assertEquals(List.of("Preciso de um táxi às 6h"), column("SELECT DISTINCT body FROM messages WHERE body LIKE"
                + " 'Preciso%'"), "the body only in attributedBody's typedstream");
        assertEquals(List.of("image/jpeg IMG_2041.jpeg"), column("SELECT DISTINCT media FROM messages WHERE media"
                + " IS NOT NULL"), "sms.db's attachment listed with its message");
        assertEquals(List.of("facetime-audio|missed", "cellular|incoming"), column("SELECT DISTINCT kind || '|' ||"
                + " direction FROM calls ORDER BY kind DESC"));
    }

    @Test
    void ownersAndDeviceFacts() throws Exception {
        assertTrue(column("SELECT DISTINCT i.key FROM owner_identifiers ow JOIN identifiers i ON i.id = ow.identifier_id"
                + " JOIN devices d ON d.id = ow.device_id WHERE d.label = 'D12-ios-ffs'")
                .containsAll(List.of("+34655901442", "iccid:89340723101234567893", "imsi:214071234567890")),
                "the FFS's commcenter plist under the vendor prefix");
        assertTrue(column("SELECT f.name || '|' || f.value FROM device_facts f JOIN devices d ON d.id = f.device_id"
                + " WHERE d.label = 'D11-ios-encrypted'").contains("Serial Number|F17ZX0YZN72J"));
    }

    @Test
    void verifyFindsABackupsFilesUnderTheirHashedNames() {
        BadInputTest.Run verify = BadInputTest.Run.of(List.of("verify", "--case", tmp.resolve("out/case.db").toString()));
        assertEquals(Main.OK, verify.exit(), verify.out() + verify.err());
        assertTrue(verify.out().contains("D10-ios-backup/HomeDomain/Library/SMS/sms.db (sha256"), verify.out());
        assertTrue(verify.out().contains("D11-ios-encrypted/HomeDomain/Library/SMS/sms.db (hashed decrypted at ingest"),
                verify.out());
    }

    @Test
    void theEncryptedOneNeedsItsPassword() {
        BadInputTest.Run plain = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("nopass").toString(),
                "test-images/D11-ios-encrypted"));
        assertEquals(Main.PROBLEMS, plain.exit(), plain.err());
        assertTrue(plain.err().contains("D11-ios-encrypted: encrypted backup: give --password"), plain.err());
    }

    private static List<String> column(String sql) throws Exception {
        return CaseQuery.column(tmp.resolve("out/case.db"), sql);
    }
}
