package org.phonetriage.parsers.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;
import org.phonetriage.detect.SqliteMatcher;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;

/** Skype and Burner definitions on real databases (IPED's Skype, plaso's Android Burner; INVENTORY.md). */
class MessengerDefinitionsRealDataTest {

    private static final SqliteMatcher MATCHER = new SqliteMatcher(SqliteDefinitions.builtIn());
    private static final String IPED = "sepinf-inc__IPED/iped-parsers/iped-parsers-impl/src/test/resources/test-files/";

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
        assertTrue(sink.problems.isEmpty(), sink.problems.toString());
        return sink;
    }

    private static List<String> own(CollectingSink sink) {
        return sink.owners.stream().map(o -> o.kind() + " " + o.value()).toList();
    }

    @Test
    void skypeLegacyMainDbOfStreeguil1() throws Exception {
        CollectingSink sink = parse(IPED + "test_skypeMain.db", "data/data/com.skype.raider/files/streeguil1/main.db");
        assertEquals(List.of("app:skype streeguil1", "email guilherme.andreuce@outlook.com",
                "email or-gasm@hotmail.com", "email guilhermeandreuce@gmail.com"), own(sink));
        assertTrue(sink.owners.stream().allMatch(o -> o.provenance().parserId().equals("android.skype.main-account")));
        assertEquals(List.of("Nick MB app:skype nicole.bmb",
                "Guilherme Andreúce Monteiro app:skype live:.cid.893f2f4e6e65933c",
                "Rafael Bressan app:skype rafabressan"), sink.contacts.stream()
                .flatMap(c -> c.values().stream().map(v -> c.name() + " " + v.kind() + " " + v.raw())).toList());
        assertEquals(9, sink.messages.size());
        assertEquals(0, sink.calls.size());
        Map<String, Long> byParty = sink.messages.stream().collect(Collectors.groupingBy(
                m -> m.direction() + " " + m.parties().stream().map(p -> p.role() + ":" + p.raw())
                        .collect(Collectors.joining(",")), Collectors.counting()));
        assertEquals(Map.of("outgoing to:nicole.bmb", 3L,
                "outgoing to:live:.cid.893f2f4e6e65933c", 1L,
                "incoming from:live:.cid.893f2f4e6e65933c", 4L,
                "outgoing to:rafabressan", 1L), byParty);
        Message hello = sink.messages.stream().filter(m -> "Olá".equals(m.body())).findFirst().orElseThrow();
        assertEquals("skype", hello.kind());
        assertEquals("nicole.bmb", hello.thread());
        assertEquals("2021-05-28", hello.time().utc().toString().substring(0, 10));
        // type 201: the three pictures shared, two named by their Transfers rows (chatmsg_guid = guid),
        // which are no messages of their own; the rest are texts (type 61). SMSes is empty.
        assertEquals(List.of("file:Controle_de_Estacionamento_Pago-Diagrama_de_classes.png", "media",
                "file:32116927_477863452651162_4835592743856111616_n.jpg"), sink.messages.stream()
                .filter(m -> m.media() != null).sorted(java.util.Comparator.comparing(Message::time,
                        java.util.Comparator.comparing(t -> t.utc()))).map(Message::media).toList());
        assertEquals(6, sink.messages.stream().filter(m -> m.media() == null).count());
        Message group = sink.messages.stream().filter(m -> "dab".equals(m.body())).findFirst().orElseThrow();
        assertEquals("19:bc94e0f43b30493d924cbc14864ad892@thread.skype", group.thread());
    }

    @Test
    void skypeS4lOfTheSameAccountGivesTheOwnerOnly() throws Exception {
        CollectingSink sink = parse(IPED + "test_skypeS4lStreeguil1.db",
                "data/data/com.skype.raider/databases/s4l-streeguil1.db");
        assertEquals(List.of("app:skype streeguil1", "email guilherme.andreuce@outlook.com"), own(sink));
        assertEquals("android.skype.s4l-account", sink.owners.get(0).provenance().parserId());
        // its one cached profile is the account's own: no contact; messagesv12, conversationsv14, calllogs are empty
        assertEquals(0, sink.contacts.size());
        assertEquals(0, sink.messages.size());
        assertEquals(0, sink.calls.size());
    }

    @Test
    void burnerLineIsAnOwnNumberAndItsTextsAndCallsGoThroughIt() throws Exception {
        CollectingSink sink = parse("log2timeline__plaso/test_data/android/burners.sqlite",
                "data/data/com.adhoclabs.burner/databases/burners.sqlite");
        assertEquals(List.of("second-line +19102484781"), own(sink));
        assertEquals("burners.sqlite burners.phone_number_id (Burner line \"My Burner\")", sink.owners.get(0).basis());
        assertEquals(List.of("null +19807771839", "null +17708647926", "null +19199476091", "This Is DFIR Two +19198887386"),
                sink.contacts.stream().map(c -> c.name() + " " + c.values().get(0).raw()).toList());
        // 16 rows: 14 texts and 2 calls, all with "This Is DFIR Two"
        assertEquals(14, sink.messages.size());
        assertEquals(2, sink.calls.size());
        assertTrue(sink.messages.stream().allMatch(m -> m.kind().equals("burner") && m.thread().equals("+19102484781")
                && m.parties().size() == 1 && m.parties().get(0).raw().equals("+19198887386")));
        assertEquals(Map.of("outgoing", 8L, "incoming", 6L), sink.messages.stream()
                .collect(Collectors.groupingBy(Message::direction, Collectors.counting())));
        Message first = sink.messages.get(0);
        assertEquals("You there?", first.body());
        assertEquals("to", first.parties().get(0).role());
        assertEquals("2022-12-01", first.time().utc().toString().substring(0, 10));
        assertEquals(2, sink.messages.stream().filter(m -> "picture".equals(m.media())).count());
        assertEquals(List.of("incoming", "outgoing"), sink.calls.stream().map(Call::direction).toList());
        assertTrue(sink.calls.stream().allMatch(c -> c.kind().equals("burner-call") && c.durationSeconds() == 2
                && c.number().equals("+19198887386") && c.subscription().equals("+19102484781")));
    }
}
