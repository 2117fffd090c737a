package org.phonetriage.parsers.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.phonetriage.RealData;
import org.phonetriage.detect.SqliteMatcher;
import org.phonetriage.model.Call;
import org.phonetriage.model.Message;

/** The Android definitions on real databases from ../shared/realdata (values from INVENTORY.md). */
class AndroidDefinitionsRealDataTest {

    private static final SqliteMatcher MATCHER = new SqliteMatcher(SqliteDefinitions.builtIn());

    @TempDir
    Path tmp;

    private CollectingSink parse(String relative, String pathInEvidence) throws Exception {
        Path copy = RealData.copyDatabase(relative, tmp);
        CollectingSink sink = new CollectingSink();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            SqliteSchema schema = SqliteSchema.read(db);
            for (SqliteDefinition def : MATCHER.match(schema, pathInEvidence)) {
                SqliteDefinitionRunner.run(def, db, schema,
                        new SqliteDefinitionRunner.Source("test", pathInEvidence, "0"), sink);
            }
        }
        return sink;
    }

    @Test
    void plasoSmsNineMessagesOnePartyWrittenTwoWays() throws Exception {
        CollectingSink sink = parse("log2timeline__plaso/test_data/android/mmssms.db", "mmssms.db");
        assertEquals(9, sink.messages.size());
        Map<String, Long> byDirection = sink.messages.stream()
                .collect(Collectors.groupingBy(Message::direction, Collectors.counting()));
        assertEquals(Map.of("outgoing", 5L, "incoming", 4L), byDirection);
        assertEquals(List.of("1 555-521-5554", "15555215554"), sink.messages.stream()
                .map(m -> m.parties().get(0).raw()).distinct().sorted().toList());
        Message first = sink.messages.get(0);
        assertEquals("sms", first.kind());
        assertEquals("sms", first.provenance().table());
        assertNotNull(first.provenance().rowId());
        assertEquals("unix-ms", first.time().encoding());
        assertTrue(sink.messages.stream().allMatch(m -> m.time().utc().toString().startsWith("2013-10-29")));
    }

    @Test
    void plasoLegacyContacts2HoldsThreeCalls() throws Exception {
        CollectingSink sink = parse("log2timeline__plaso/test_data/android/contacts2.db",
                "data/data/com.android.providers.contacts/databases/contacts2.db");
        assertEquals(3, sink.calls.size());
        assertEquals(0, sink.contacts.size());
        assertEquals(List.of("missed", "outgoing", "incoming"), sink.calls.stream().map(Call::direction).toList());
        assertEquals(List.of(0L, 126L, 639L), sink.calls.stream().map(Call::durationSeconds).toList());
        assertTrue(sink.calls.stream().allMatch(c -> c.number().equals("5404561685")
                && c.name().equals("Barney") && c.countryIso().equals("US")));
    }

    @Test
    void andrillerCallLogIsReadFromTheWal() throws Exception {
        CollectingSink sink = parse("den4uk__andriller/tests/data/data/com.android.providers.contacts/db/calllog.db",
                "calllog.db");
        assertEquals(1, sink.calls.size());
        Call c = sink.calls.get(0);
        assertEquals("+441234567890", c.number());
        assertEquals("outgoing", c.direction());
        assertEquals("Samuel Vimes", c.name());
        assertEquals("GB", c.countryIso());
        // the phone's own normalised number disagrees with the number: kept as it is, as corroboration
        assertEquals("+48608654276", c.normalizedNumber());
        assertEquals("2020-05-07", c.time().utc().toString().substring(0, 10));
    }

    @Test
    void dfrwsSamsungSmsByParty() throws Exception {
        CollectingSink sink = parse("dfrc-korea__DFRWS_Challenge_2021/Part 3 Samsung Smartphone/[3-1] mmssms.db",
                "mmssms.db");
        assertEquals(32, sink.messages.size());
        Map<String, Long> byParty = sink.messages.stream().collect(Collectors.groupingBy(
                m -> m.parties().get(0).raw() + "/" + m.direction(), Collectors.counting()));
        assertEquals(14L, byParty.get("+41786909109/incoming"));
        assertEquals(13L, byParty.get("+41786909109/outgoing"));
        assertEquals(1L, byParty.get("0766013486/outgoing"));
        for (String sender : List.of("506", "CoopMobile", "SAUTH", "SIGNAL")) {
            assertEquals(1L, byParty.get(sender + "/incoming"), sender);
        }
    }

    @Test
    void whatsappLegacyMessagesOfTheItalianThesisPhone() throws Exception {
        CollectingSink sink = parse("Er-Simon__Sqlite3-restore-deleted-records/msgstore.db",
                "data/data/com.whatsapp/databases/msgstore.db");
        List<Message> legacy = sink.messages.stream()
                .filter(m -> m.provenance().parserId().equals("android.whatsapp.messages-legacy")).toList();
        assertEquals(19, legacy.size(), "ids 2-14, 16, 17, 19, 21, 22, 24 (15, 18, 20, 23 were deleted; 1 is no message)");
        // the four texts of the inventory, and the caption of a picture sent with one
        assertEquals(List.of("Ciao", "come stai?", "Ciao bene bene, tu?", "Bene", "Immagine con descrizione"), legacy.stream()
                .map(Message::body).filter(b -> b != null && b.length() < 30).toList());
        Message reply = legacy.stream().filter(m -> "Ciao bene bene, tu?".equals(m.body())).findFirst().orElseThrow();
        assertEquals("incoming", reply.direction());
        assertEquals("whatsapp", reply.kind());
        assertEquals("393482606211@s.whatsapp.net", reply.parties().get(0).raw());
        assertEquals("from", reply.parties().get(0).role());
        assertEquals("2021-12-27", reply.time().utc().toString().substring(0, 10));
        assertTrue(legacy.stream().anyMatch(m -> m.body() != null && m.body().contains("BEGIN:VCARD")
                && "contact card".equals(m.media())), "a shared contact card is kept as the message text");
        // the status updates are videos
        assertEquals(List.of("video", "image", "contact card", "audio"), legacy.stream().map(Message::media)
                .filter(java.util.Objects::nonNull).distinct().toList());
    }

    /**
     * WhatsApp creates its message tables with one row that is no message: in the legacy
     * {@code messages} _id 1 with key_remote_jid and key_id '-1', in the current {@code message} _id 1
     * with chat_row_id -1 and key_id '-1'. These two phones had not yet moved their messages to the
     * current table, which holds only its placeholder. INVENTORY counts the legacy table's rows,
     * placeholder included.
     */
    @ParameterizedTest
    @CsvSource({"Er-Simon__Sqlite3-restore-deleted-records/msgstore.db, 20",
        "ElDavoo__wa-crypt-tools/tests/res/msgstore.db, 10"})
    void whatsappPlaceholderRowsAreNoMessages(String relative, int inventoryRows) throws Exception {
        Path folder = Files.createDirectories(tmp.resolve("placeholders"));
        Path copy = RealData.copyDatabase(relative, folder);
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            assertEquals(List.of(String.valueOf(inventoryRows), "1"), column(db,
                    "SELECT count(*) FROM messages UNION ALL SELECT count(*) FROM messages WHERE key_remote_jid = '-1'"));
            assertEquals(List.of("1|-1|-1"), column(db, "SELECT _id || '|' || chat_row_id || '|' || key_id FROM message"));
        }
        CollectingSink sink = parse(relative, "data/data/com.whatsapp/databases/msgstore.db");
        assertEquals(inventoryRows - 1, sink.messages.size());
        assertTrue(sink.messages.stream().allMatch(m -> m.provenance().parserId().equals("android.whatsapp.messages-legacy")
                && m.provenance().rowId() > 1), "no placeholder, from either table");
    }

    private static List<String> column(Connection db, String sql) throws java.sql.SQLException {
        List<String> values = new java.util.ArrayList<>();
        try (var rs = db.createStatement().executeQuery(sql)) {
            while (rs.next()) {
                values.add(rs.getString(1));
            }
        }
        return values;
    }

    @Test
    void viberCallsAreViberCallsNotTheAndroidCallLog() throws Exception {
        CollectingSink sink = parse("log2timeline__plaso/test_data/android/viber_data", "viber_data");
        assertEquals(4, sink.calls.size());
        assertTrue(sink.calls.stream().allMatch(c -> c.kind().equals("viber-call")
                && c.provenance().parserId().equals("android.viber.calls") && c.number().equals("+19198887386")));
        assertEquals(List.of(98L, 100L, 95L, 105L), sink.calls.stream().map(Call::durationSeconds).toList());
        assertEquals(List.of("incoming", "outgoing", "incoming", "outgoing"), sink.calls.stream().map(Call::direction).toList());
        assertEquals(List.of("ThisIs DFIRThree", "Josh Hickman", "Liz", "This Is DFIR Two", "Thom De'Fer"),
                sink.contacts.stream().map(c -> c.name()).toList());
        assertTrue(sink.contacts.get(3).values().stream().anyMatch(v -> v.raw().equals("9198887386")
                && "+19198887386".equals(v.deviceNormalized())));
    }

    @Test
    void everyRecordCarriesItsParser() throws Exception {
        CollectingSink sink = parse("log2timeline__plaso/test_data/android/mmssms.db", "x/mmssms.db");
        Function<Message, String> parser = m -> m.provenance().parserId() + "@" + m.provenance().parserVersion();
        assertEquals(List.of("android.mmssms.sms@1"), sink.messages.stream().map(parser).distinct().toList());
    }
}
