package org.phonetriage.parsers.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;
import org.phonetriage.cli.BadInputTest;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.Message;

/**
 * The iOS definitions on real stores (INVENTORY §2): the iLEAPP address books (Josh Hickman's iOS
 * 15 image with its WAL, BelkaCTF, the MVS image whose contacts are gone), the sms.db of mvt's
 * backup fragment (found under its hashed name by its schema) and plaso's iMessage chat.db.
 */
class IosDefinitionsRealDataTest {

    private static final String ILEAPP = "abrignoni__iLEAPP/admin/test/cases/data/addressBook/";

    @TempDir
    Path tmp;

    /** A writable copy of the one content file in a folder of mvt's backup fragment ("3d", "b8"). */
    private Path mvtBackupFile(String folder) throws Exception {
        String dir = "mvt-project__mvt/tests/artifacts/ios_backup/" + folder;
        try (var files = java.nio.file.Files.list(RealData.path(dir))) {
            return RealData.copyDatabase(dir + "/" + files.findFirst().orElseThrow().getFileName(), tmp);
        }
    }

    private CollectingSink parse(Path copy, String path) throws Exception {
        CollectingSink sink = new CollectingSink();
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            SqliteSchema schema = SqliteSchema.read(db);
            for (SqliteDefinition def : new org.phonetriage.detect.SqliteMatcher(SqliteDefinitions.builtIn())
                    .match(schema, path)) {
                SqliteDefinitionRunner.run(def, db, schema, new SqliteDefinitionRunner.Source("t", path, "0"), sink);
            }
        }
        return sink;
    }

    @Test
    void theAddressBooksThroughTriage() throws Exception {
        Path out = tmp.resolve("out");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), "--region", "US",
                RealData.path(ILEAPP + "testdata.addressBook.addressBook.josh_ios15_ffs.zip").toString(),
                RealData.path(ILEAPP + "testdata.addressBook.addressBook.belkasoft_ctf6_ios_device1.zip").toString(),
                RealData.path(ILEAPP + "testdata.addressBook.addressBook.mvs_ios_2023.zip").toString()));
        assertEquals(0, run.exit(), run.err());
        JsonNode devices = new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("devices");
        Map<String, Integer> contacts = new java.util.TreeMap<>();
        devices.forEach(d -> contacts.put(d.get("label").asText().replaceAll(".*\\.", ""),
                d.get("counts").get("contacts").asInt()));
        assertEquals(Map.of("josh_ios15_ffs", 9, "belkasoft_ctf6_ios_device1", 1, "mvs_ios_2023", 0), contacts,
                "ABPerson rows after the WAL is applied (mvs: all deleted)");
        assertEquals("ios", devices.get(1).get("platform").asText());
    }

    @Test
    void whatsAppOnJoshsIphoneWithItsOwnNumber() throws Exception {
        Path out = tmp.resolve("wa");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(), RealData.path(
                "abrignoni__iLEAPP/admin/test/cases/data/whatsApp/testdata.whatsApp.whatsAppMessages.josh_ios15_ffs.zip")
                .toString()));
        assertEquals(0, run.exit(), run.err());
        JsonNode device = new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("devices").get(0);
        assertEquals(32, device.get("counts").get("messages").asInt(), "ZWAMESSAGE = 32");
        assertEquals("+19195794674", device.get("owner_identifiers").get(0).get("key").asText(),
                "the owner's JID is the recipient of the messages it received");
        assertEquals("US", device.get("home_region").asText());
        assertEquals("own-number", device.get("region_basis").asText());
    }

    @Test
    void theBasebandPreferencesGiveTheOwnersSimsAndHandsets() throws Exception {
        String dir = "abrignoni__iLEAPP/admin/test/cases/data/celWireless/testdata.celWireless.celWireless.";
        Path plaso = java.nio.file.Files.createDirectories(tmp.resolve("plaso-phone/Library/Preferences"));
        java.nio.file.Files.copy(RealData.path("log2timeline__plaso/test_data/ios/com.apple.commcenter.data.plist"),
                plaso.resolve("com.apple.commcenter.data.plist"));
        Path out = tmp.resolve("cw");
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", out.toString(),
                RealData.path(dir + "josh_ios15_ffs.zip").toString(), RealData.path(dir + "mvs_ios_2023.zip").toString(),
                RealData.path(dir + "belkasoft_ctf6_ios_device1.zip").toString(), tmp.resolve("plaso-phone").toString()));
        assertEquals(0, run.exit(), run.err());
        Map<String, List<String>> owners = new java.util.TreeMap<>();
        new ObjectMapper().readTree(out.resolve("xref.json").toFile()).get("devices").forEach(d -> {
            java.util.TreeSet<String> keys = new java.util.TreeSet<>();
            d.get("owner_identifiers").forEach(o -> keys.add(o.get("key").asText()));
            owners.put(d.get("label").asText().replaceAll(".*\\.", ""), List.copyOf(keys));
        });
        assertEquals(List.of("+19195794674", "iccid:8901260971148676693", "imei:356763089830742", "imsi:310260974867669"),
                owners.get("josh_ios15_ffs"));
        assertEquals(List.of("+14439877293", "+19802135560", "iccid:89014102270842269970", "iccid:89148000008588244776",
                "imei:359669602382763", "imei:359669602478579", "imsi:310410084226997", "imsi:311480808008955",
                "meid:35966960238276"), owners.get("mvs_ios_2023"), "two SIMs, two IMEIs, the MEID");
        assertEquals(List.of(), owners.get("belkasoft_ctf6_ios_device1"), "no SIM identifiers: owner unknown");
        assertEquals(List.of("+19195794674", "iccid:8901260971148676693"), owners.get("plaso-phone"),
                "the same SIM as Josh's, from plaso's copy of the data plist");
    }

    @Test
    void joshsNumbersAndEmailsAsStored() throws Exception {
        Path folder = java.nio.file.Files.createDirectories(tmp.resolve("ab"));
        try (var zip = new org.apache.commons.compress.archivers.zip.ZipFile.Builder()
                .setPath(RealData.path(ILEAPP + "testdata.addressBook.addressBook.josh_ios15_ffs.zip")).get()) {
            for (var e : java.util.Collections.list(zip.getEntries())) {
                if (e.getName().contains("AddressBook.sqlitedb")) {
                    try (var in = zip.getInputStream(e)) {
                        java.nio.file.Files.copy(in, folder.resolve(Path.of(e.getName()).getFileName()));
                    }
                }
            }
        }
        CollectingSink sink = parse(folder.resolve("AddressBook.sqlitedb"), "Library/AddressBook/AddressBook.sqlitedb");
        List<String> phones = sink.contacts.stream().flatMap(c -> c.values().stream())
                .filter(v -> v.kind().equals("phone")).map(ContactValue::raw).toList();
        assertEquals(List.of("(919) 888-7386", "1-800-MY-APPLE", "+1 (919) 208-4530", "(919) 579-0479", "(919) 391-2507",
                "(919) 802-7080", "(919) 888-7386"), phones);
        assertTrue(sink.contacts.stream().flatMap(c -> c.values().stream())
                .anyMatch(v -> v.raw().equals("joshuahickman957@gmail.com") && v.kind().equals("email")));
        assertEquals("Mobile", sink.contacts.get(0).values().get(0).label());
    }

    @Test
    void messagesFoundByTheirSchemaWhateverTheFileIsCalled() throws Exception {
        CollectingSink sms = parse(mvtBackupFile("3d"), "3d/3d0d7e");
        assertEquals(1, sms.messages.size());
        Message m = sms.messages.get(0);
        assertEquals("Please click here https://badbadbad.example.org/", m.body());
        assertEquals("apple", m.parties().get(0).raw());
        assertEquals("cocoa-ns", m.time().encoding());

        Path chat = RealData.copyDatabase("log2timeline__plaso/test_data/sqlite/imessage_chat.db", tmp);
        CollectingSink imessage = parse(chat, "imessage_chat.db");
        assertEquals(10, imessage.messages.size());
        Map<String, Long> kinds = imessage.messages.stream().collect(Collectors.groupingBy(Message::kind, Collectors.counting()));
        assertEquals(Map.of("imessage", 10L), kinds);
        assertEquals("cocoa-s", imessage.messages.get(0).time().encoding());
        assertEquals(java.util.Set.of("GB"), imessage.messages.stream().flatMap(msg -> msg.parties().stream())
                .map(org.phonetriage.model.Party::countryIso).collect(Collectors.toSet()),
                "handle.country, each party's own region clue");
        assertEquals(List.of(), imessage.messages.stream().map(Message::media).filter(java.util.Objects::nonNull)
                .toList(), "the one real attachment is joined to message 21, which this trimmed database lacks");
    }

    @Test
    void whatsAppsAddressBookCopyWithJidsLidsAndNumbers() throws Exception {
        CollectingSink sink = parse(mvtBackupFile("b8"), "ContactsV2.sqlite");
        assertEquals(2, sink.contacts.size());
        assertEquals("Alice Example", sink.contacts.get(0).name());
        assertEquals(List.of("whatsapp 14155550100@s.whatsapp.net", "whatsapp 100000000000001@lid",
                "phone +14155550100"), sink.contacts.get(0).values().stream().map(v -> v.kind() + " " + v.raw()).toList());

        java.nio.file.Path zip = RealData.path("abrignoni__iLEAPP/admin/test/cases/data/whatsApp/"
                + "testdata.whatsApp.whatsAppCallHistory.josh_ios15_ffs.zip");
        Path josh = tmp.resolve("ContactsV2.sqlite");
        try (var z = new java.util.zip.ZipFile(zip.toFile())) {
            var entry = z.stream().filter(e -> e.getName().endsWith("/ContactsV2.sqlite")).findFirst().orElseThrow();
            try (var in = z.getInputStream(entry)) {
                java.nio.file.Files.copy(in, josh);
            }
        }
        CollectingSink joshSink = parse(josh, "ContactsV2.sqlite");
        assertEquals(9, joshSink.contacts.size());
        assertTrue(joshSink.contacts.stream().flatMap(c -> c.values().stream())
                .anyMatch(v -> v.raw().equals("1-800-MY-APPLE")), "the number as the address book wrote it");
    }

    /** The files of one of iLEAPP's zips whose names end with a suffix, copied (with -wal/-shm) into a folder. */
    private Path fromZip(String zip, String name) throws Exception {
        Path folder = java.nio.file.Files.createDirectories(tmp.resolve(zip.replaceAll("\\W", "_")));
        try (var z = new java.util.zip.ZipFile(RealData.path("abrignoni__iLEAPP/admin/test/cases/data/" + zip).toFile())) {
            for (var e : java.util.Collections.list(z.entries())) {
                String file = e.getName().substring(e.getName().lastIndexOf('/') + 1);
                if (file.equals(name) || file.equals(name + "-wal") || file.equals(name + "-shm")) {
                    try (var in = z.getInputStream(e)) {
                        java.nio.file.Files.copy(in, folder.resolve(file));
                    }
                }
            }
        }
        return folder.resolve(name);
    }

    @Test
    void whatsAppMessagesNameTheSenderAndTheNumberBehindALidChat() throws Exception {
        CollectingSink sink = parse(mvtBackupFile("7c"), "ChatStorage.sqlite");
        Map<Integer, List<String>> parties = new java.util.TreeMap<>();
        for (int i = 0; i < sink.messages.size(); i++) {
            parties.put(i + 1, sink.messages.get(i).parties().stream().map(p -> p.role() + " " + p.raw()).toList());
        }
        assertEquals(Map.of(
                1, List.of("from 100000000000001@lid", "from 14155550100@s.whatsapp.net"),
                2, List.of("to 100000000000001@lid", "to 14155550100@s.whatsapp.net"),
                3, List.of("group 120000000000000001@g.us", "from 14155550101@s.whatsapp.net")), parties,
                "ZFROMJID/ZTOJID: the sender in a group and the number of a chat kept under its LID");
    }

    @Test
    void whatsAppGroupMembersCallsAndLidPairsOnIos() throws Exception {
        CollectingSink groups = parse(fromZip("whatsApp/testdata.whatsApp.whatsAppMessages.josh_ios15_ffs.zip",
                "ChatStorage.sqlite"), "ChatStorage.sqlite");
        List<org.phonetriage.model.Contact> members = groups.contacts.stream()
                .filter(c -> c.values().stream().allMatch(v -> v.kind().equals("group-member"))).toList();
        assertEquals(4, members.size(), "ZWAGROUPMEMBER: 8 rows in 4 groups");
        assertEquals(8, members.stream().mapToInt(c -> c.values().size()).sum());
        assertTrue(members.stream().anyMatch(c -> "Our Test Group".equals(c.name())
                && c.values().stream().map(ContactValue::raw).toList()
                .equals(List.of("205690463334636@lid", "19195794674@s.whatsapp.net"))), members.toString());

        CollectingSink calls = parse(fromZip("whatsApp/testdata.whatsApp.whatsAppCallHistory.josh_ios15_ffs.zip",
                "CallHistory.sqlite"), "CallHistory.sqlite");
        assertEquals(List.of("whatsapp-call outgoing 19198887386@s.whatsapp.net 95",
                "whatsapp-call incoming 19198887386@s.whatsapp.net 100",
                "whatsapp-video-call outgoing 19198887386@s.whatsapp.net 104",
                "whatsapp-video-call incoming 19198887386@s.whatsapp.net 103"),
                calls.calls.stream().map(c -> c.kind() + " " + c.direction() + " " + c.number() + " "
                        + c.durationSeconds()).toList(), "ZWACDCALLEVENT = 4");
        assertEquals("2023-05-02T16:12:10Z", calls.calls.get(0).time().utc().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString());

        CollectingSink pairs = parse(mvtBackupFile("e7"), "e7/e794f6");
        assertEquals(1, pairs.contacts.size());
        assertEquals(List.of("whatsapp 100000000000001@lid", "whatsapp 14155550100@s.whatsapp.net"),
                pairs.contacts.get(0).values().stream().map(v -> v.kind() + " " + v.raw()).toList(),
                "ZWAPHONENUMBERLIDPAIR, in a file the manifest does not list");
    }

    @Test
    void theOwnIMessageAccountOnceWhateverTheNumberOfRowsNamingIt() throws Exception {
        Path chat = RealData.copyDatabase("log2timeline__plaso/test_data/sqlite/imessage_chat.db", tmp);
        CollectingSink sink = parse(chat, "Library/SMS/sms.db");
        assertEquals(List.of("email ken.doh@icloud.com"),
                sink.owners.stream().map(o -> o.kind() + " " + o.value()).toList(),
                "chat.account_login E:… (7 chats) and message.account e:… (10 messages)");
        assertEquals("sms.db message.account,chat.account_login", sink.owners.get(0).basis());
    }

    @Test
    void aBodyOnlyInAttributedBodyIsDecodedFromItsTypedstream() throws Exception {
        Path chat = RealData.copyDatabase("log2timeline__plaso/test_data/sqlite/imessage_chat.db", tmp);
        List<String> decoded = new java.util.ArrayList<>();
        int same = 0;
        try (var db = java.sql.DriverManager.getConnection("jdbc:sqlite:" + chat); var st = db.createStatement()) {
            try (var rs = st.executeQuery("SELECT text, attributedBody FROM message ORDER BY ROWID")) {
                while (rs.next()) {
                    String body = TypedstreamText.decode(rs.getBytes(2));
                    decoded.add(body);
                    same += rs.getString(1).equals(body) ? 1 : 0;
                    if (!rs.getString(1).equals(body)) {
                        // this real database's text column was edited ("Open Office"); its typedstream was not
                        assertEquals(rs.getString(1).replace("Open Office", "Microsoft Office"), body);
                    }
                }
            }
            st.execute("UPDATE message SET text = NULL"); // as iOS 16 and later leave it
        }
        assertEquals(8, same, "the typedstream holds the text of 8 of the 10 real messages");
        assertEquals(decoded, parse(chat, "imessage_chat.db").messages.stream().map(Message::body).toList());
        assertEquals(null, TypedstreamText.decode("no string here".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    }
}
