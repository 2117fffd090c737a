package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;

/**
 * Android backups (.ab) from the mvt project's tests (INVENTORY §1.1): v1 compressed with one SMS
 * and one MMS, v5 AES-256 (password 123456) with one SMS, v5 compressed from a Samsung; and the
 * ways such a file goes wrong.
 */
class AndroidBackupTriageTest {

    private static final String DIR = "mvt-project__mvt/tests/artifacts/android_backup/";

    @TempDir
    Path tmp;

    @Test
    void plainCompressedAndEncryptedBackupsGiveTheirMessages() throws Exception {
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), "--password", "123456",
                RealData.path(DIR + "backup.ab").toString(), RealData.path(DIR + "backup2.ab").toString(),
                RealData.path(DIR + "backup3.ab").toString()));
        assertEquals(Main.OK, run.exit(), run.err());
        JsonNode devices = new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("devices");
        assertEquals(List.of(2, 1, 1), List.of(devices.get(0).get("counts").get("messages").asInt(),
                devices.get(1).get("counts").get("messages").asInt(), devices.get(2).get("counts").get("messages").asInt()));
        assertEquals("android-backup", devices.get(0).get("evidence").get(0).get("format").asText());
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + out.resolve("case.db"));
             Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT m.kind, m.body, m.time_utc, group_concat(o.party_role || ' ' || o.raw)"
                     + " FROM messages m JOIN devices d ON d.id = m.device_id LEFT JOIN occurrence_details o"
                     + " ON o.record_table = 'messages' AND o.record_id = m.id WHERE d.label = 'backup'"
                     + " GROUP BY m.id ORDER BY m.kind")) {
            rs.next();
            assertEquals("mms", rs.getString(1));
            assertEquals("Very suspicious MMS, click on this link http://google.com", rs.getString(2));
            assertEquals("2020-01-20T14:49:49Z", rs.getString(3));
            assertEquals("from +12345678,to +23456789", rs.getString(4));
            rs.next();
            assertEquals("sms", rs.getString(1));
            assertEquals("Hi this is a test message to https://google.com/", rs.getString(2));
            assertEquals("2022-02-22T15:29:41.956Z", rs.getString(3));
        }
    }

    @Test
    void encryptedWithoutOrWithAWrongPasswordIsAClearProblemAndNothingIsIngested() throws Exception {
        Path backup = RealData.path(DIR + "backup2.ab");
        BadInputTest.Run none = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("a").toString(), backup.toString()));
        assertEquals(Main.PROBLEMS, none.exit());
        assertTrue(none.err().contains("encrypted backup: give --password"), none.err());
        Path wrongFile = Files.writeString(tmp.resolve("pw.txt"), "654321\n");
        BadInputTest.Run wrong = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("b").toString(),
                "--password-file", wrongFile.toString(), backup.toString()));
        assertEquals(Main.PROBLEMS, wrong.exit());
        assertTrue(wrong.err().contains("wrong backup password"), wrong.err());
        JsonNode device = new ObjectMapper().readTree(tmp.resolve("b/xref.json").toFile()).get("devices").get(0);
        assertEquals(0, device.get("counts").get("messages").asInt(), "nothing half-ingested");
    }

    @Test
    void aTruncatedBackupOrAnotherFileNamedAbIsAProblemNotACrash() throws Exception {
        byte[] whole = Files.readAllBytes(RealData.path(DIR + "backup.ab"));
        Path truncated = Files.write(tmp.resolve("truncated.ab"), Arrays.copyOf(whole, whole.length / 2));
        Path headerOnly = Files.writeString(tmp.resolve("header.ab"), "ANDROID BACKUP\n9\n1\nnone\n");
        Path garbage = Files.write(tmp.resolve("zlib.ab"), concat("ANDROID BACKUP\n1\n1\nnone\n".getBytes(),
                new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                truncated.toString(), headerOnly.toString(), garbage.toString(), "test-images/D03-android"));
        assertEquals(Main.PROBLEMS, run.exit());
        assertTrue(!run.err().contains("\tat "), run.err());
        assertTrue(run.err().contains("problem: truncated:"), run.err());
        assertTrue(run.err().contains("problem: header: ") && run.err().contains("unsupported Android backup version 9"),
                run.err());
        assertTrue(run.err().contains("problem: zlib: "), run.err());
        assertTrue(run.err().contains("-> D03-android: 49 records"), "the rest still processed: " + run.err());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }
}
