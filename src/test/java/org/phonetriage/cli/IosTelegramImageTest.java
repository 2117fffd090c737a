package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.parsers.telegram.ios.KeyFiles;

/**
 * D19 (Bruno's iPhone, Telegram's encrypted Postbox) with D13 (Marcos' Android phone, Telegram's
 * cache4.db): the same Telegram accounts and group on both platforms link the two phones. The
 * passcode given is not the app's (none is set): the default key is still tried and opens it.
 */
class IosTelegramImageTest {

    @TempDir
    static Path tmp;
    private static BadInputTest.Run run;

    @BeforeAll
    static void triage() {
        run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(), "--telegram-passcode",
                "0000", "test-images/D13-android-messengers", "test-images/D19-ios-telegram.tar"));
    }

    @Test
    void theOwnersAreTheSimsAndTheTelegramAccount() throws Exception {
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertEquals(List.of("+5521998765432", "iccid:89550531240007771205", "imsi:724053124077712",
                        "telegram:5000000077"),
                column("SELECT DISTINCT i.key FROM owner_identifiers ow JOIN identifiers i ON i.id = ow.identifier_id"
                        + " JOIN devices d ON d.id = ow.device_id WHERE d.label = 'D19-ios-telegram' ORDER BY 1"));
        // the damaged message value, and nothing else; the key file is read with the database, not listed unread
        assertEquals(List.of("content-not-read|1 messages could not be decoded (the value ends 27 bytes early): left out"),
                column("SELECT p.code || '|' || p.reason FROM problems p JOIN devices d ON d.id = p.device_id"
                        + " WHERE d.label = 'D19-ios-telegram'"));
        assertEquals(List.of("telegram-call|incoming|95", "telegram-video-call|missed|"),
                column("SELECT c.kind || '|' || c.direction || '|' || coalesce(c.duration_s, '') FROM calls c"
                        + " JOIN devices d ON d.id = c.device_id WHERE d.label = 'D19-ios-telegram' ORDER BY 1"));
        assertEquals(List.of(".tempkeyEncrypted|parsed", "db_sqlite|parsed"),
                column("SELECT replace(f.path, rtrim(f.path, replace(f.path, '/', '')), '') || '|' || f.status"
                        + " FROM evidence_files f WHERE f.path LIKE '%telegram-data/%' ORDER BY 1"));
    }

    @Test
    void theSameTelegramAccountsAndGroupLinkTheIphoneAndTheAndroidPhone() throws Exception {
        List<String> shared = column("SELECT i.key FROM identifiers i JOIN occurrences o ON o.identifier_id = i.id"
                + " JOIN devices d ON d.id = o.device_id GROUP BY i.key HAVING count(DISTINCT d.label) = 2"
                + " AND (i.key LIKE 'telegram:%' OR i.key LIKE 'app:telegram:%') ORDER BY 1");
        assertEquals(List.of("app:telegram:group:1987654321", "telegram:5000000001", "telegram:777000111",
                "telegram:777000222", "telegram:777000333"), shared);
        JsonNode links = new ObjectMapper().readTree(tmp.resolve("out/xref.json").toFile()).get("device_links");
        assertEquals(1, links.size());
        List<String> via = new ArrayList<>();
        links.get(0).get("via").forEach(v -> via.add(v.asText()));
        // Marcos, D13's owner, is Bruno's Telegram contact: by his account id and the number behind it
        assertEquals(List.of("+33756983142", "telegram:777000333"), via.stream().sorted().toList());
    }

    /** A phone whose user set a local passcode: without it the Postbox is named as not read, with it read. */
    @Test
    void theAppsPasscodeOpensAProtectedKeyFile(@TempDir Path dir) throws Exception {
        Path extraction = dir.resolve("D19-passcode");
        try (TarArchiveInputStream tar = new TarArchiveInputStream(Files.newInputStream(
                Path.of("test-images/D19-ios-telegram.tar")))) {
            for (TarArchiveEntry e = tar.getNextEntry(); e != null; e = tar.getNextEntry()) {
                if (e.isFile()) {
                    Path file = extraction.resolve(e.getName());
                    Files.createDirectories(file.getParent());
                    Files.write(file, tar.readAllBytes());
                }
            }
        }
        Path keyFile;
        try (var files = Files.walk(extraction)) {
            keyFile = files.filter(p -> p.getFileName().toString().equals(".tempkeyEncrypted")).findFirst().orElseThrow();
        }
        Files.write(keyFile, KeyFiles.encrypt(KeyFiles.open(Files.readAllBytes(keyFile)), "2580"));
        for (String passcode : List.of("", "2580")) {
            List<String> args = new ArrayList<>(List.of("triage", "--out", dir.resolve("out" + passcode).toString()));
            if (!passcode.isEmpty()) {
                args.addAll(List.of("--telegram-passcode", passcode));
            }
            args.add(extraction.toString());
            BadInputTest.Run passcodeRun = BadInputTest.Run.of(args);
            assertEquals(Main.PROBLEMS, passcodeRun.exit(), passcodeRun.err());
            List<String> read = CaseQuery.column(dir.resolve("out" + passcode + "/case.db"),
                    "SELECT count(*) FROM messages WHERE kind = 'telegram'");
            List<String> problems = CaseQuery.column(dir.resolve("out" + passcode + "/case.db"),
                    "SELECT code FROM problems ORDER BY code");
            if (passcode.isEmpty()) {
                assertEquals(List.of("0"), read);
                assertEquals(List.of("decryption-failed"), problems);
            } else {
                assertEquals(List.of("8"), read);
                assertEquals(List.of("content-not-read"), problems);
            }
        }
    }

    private static List<String> column(String sql) throws Exception {
        return CaseQuery.column(tmp.resolve("out/case.db"), sql);
    }
}
