package org.phonetriage.parsers.sqlite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.detect.SqliteMatcher;
import org.phonetriage.model.Call;
import org.phonetriage.model.Message;
import org.phonetriage.model.Party;

/**
 * The current WhatsApp schema (message/chat/jid, call_log by jid row) on a small database written
 * here the way WhatsApp lays it out: a one-to-one chat, a group with a sender, a video call.
 */
class WhatsAppDefinitionsTest {

    @TempDir
    Path tmp;

    @Test
    void aChatKnownByItsPrivacyIdAlsoGetsTheNumberJidMapPairsItWith() throws Exception {
        Path file = tmp.resolve("lid.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            st.execute("CREATE TABLE jid (_id INTEGER PRIMARY KEY, user TEXT, server TEXT, raw_string TEXT)");
            st.execute("CREATE TABLE chat (_id INTEGER PRIMARY KEY, jid_row_id INTEGER, subject TEXT)");
            st.execute("CREATE TABLE message (_id INTEGER PRIMARY KEY, chat_row_id INTEGER, from_me INTEGER,"
                    + " key_id TEXT, sender_jid_row_id INTEGER, timestamp INTEGER, text_data TEXT, message_type INTEGER)");
            st.execute("CREATE TABLE jid_map (lid_row_id INTEGER PRIMARY KEY, jid_row_id INTEGER)");
            st.execute("INSERT INTO jid VALUES (1, '100000000000001', 'lid', '100000000000001@lid'),"
                    + " (2, '14155550100', 's.whatsapp.net', '14155550100@s.whatsapp.net')");
            st.execute("INSERT INTO chat VALUES (1, 1, NULL)");
            st.execute("INSERT INTO jid_map VALUES (1, 2)");
            st.execute("INSERT INTO message VALUES (1, 1, 0, 'A', NULL, 1709287200000, 'Oi', 0)");
        }
        CollectingSink sink = run(file);
        assertEquals(1, sink.messages.size());
        assertEquals(List.of(new Party("from", "100000000000001@lid"), new Party("from", "14155550100@s.whatsapp.net")),
                sink.messages.get(0).parties());
    }

    private static CollectingSink run(Path file) throws Exception {
        CollectingSink sink = new CollectingSink();
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file)) {
            SqliteSchema schema = SqliteSchema.read(db);
            for (SqliteDefinition def : new SqliteMatcher(SqliteDefinitions.builtIn()).match(schema, "x/msgstore.db")) {
                SqliteDefinitionRunner.run(def, db, schema, new SqliteDefinitionRunner.Source("t", "msgstore.db", "0"), sink);
            }
        }
        return sink;
    }

    @Test
    void messagesWithTheirChatAndGroupSenderAndCalls() throws Exception {
        Path file = tmp.resolve("msgstore.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            st.execute("CREATE TABLE jid (_id INTEGER PRIMARY KEY, user TEXT, server TEXT, raw_string TEXT)");
            st.execute("CREATE TABLE chat (_id INTEGER PRIMARY KEY, jid_row_id INTEGER, subject TEXT)");
            st.execute("CREATE TABLE message (_id INTEGER PRIMARY KEY, chat_row_id INTEGER, from_me INTEGER,"
                    + " key_id TEXT, sender_jid_row_id INTEGER, timestamp INTEGER, text_data TEXT, message_type INTEGER)");
            st.execute("CREATE TABLE call_log (_id INTEGER PRIMARY KEY, jid_row_id INTEGER, from_me INTEGER,"
                    + " call_id TEXT, timestamp INTEGER, video_call INTEGER, duration INTEGER, call_result INTEGER)");
            st.execute("INSERT INTO jid VALUES (1, '5511987654321', 's.whatsapp.net', '5511987654321@s.whatsapp.net'),"
                    + " (2, '120363025246125486', 'g.us', '120363025246125486@g.us'),"
                    + " (3, '34612345678', 's.whatsapp.net', '34612345678@s.whatsapp.net')");
            st.execute("INSERT INTO chat VALUES (1, 1, NULL), (2, 2, 'Equipe')");
            st.execute("INSERT INTO message VALUES (1, 1, 1, 'A', NULL, 1709287200000, 'Tudo certo?', 0),"
                    + " (2, 2, 0, 'B', 3, 1709290800000, 'Chegou', 0)");
            st.execute("INSERT INTO call_log VALUES (1, 1, 0, 'C', 1709294400000, 1, 95, 5)");
            st.execute("CREATE TABLE group_participant_user (_id INTEGER PRIMARY KEY, group_jid_row_id INTEGER,"
                    + " user_jid_row_id INTEGER, rank INTEGER, pending INTEGER)");
            st.execute("INSERT INTO group_participant_user VALUES (1, 2, 1, 0, 0), (2, 2, 3, 0, 0)");
        }
        CollectingSink sink = run(file);
        assertEquals(2, sink.messages.size());
        Message direct = sink.messages.get(0);
        assertEquals("outgoing", direct.direction());
        assertEquals(List.of(new Party("to", "5511987654321@s.whatsapp.net")), direct.parties());
        Message group = sink.messages.get(1);
        assertEquals(List.of(new Party("group", "120363025246125486@g.us"), new Party("from", "34612345678@s.whatsapp.net")),
                group.parties());
        assertEquals("incoming", group.direction());
        assertEquals(1, sink.contacts.size(), "the group, with its members");
        assertEquals("Equipe", sink.contacts.get(0).name());
        assertEquals(List.of("5511987654321@s.whatsapp.net", "34612345678@s.whatsapp.net"),
                sink.contacts.get(0).values().stream().map(v -> v.raw()).toList());
        assertEquals("group-member", sink.contacts.get(0).values().get(0).kind());
        Call call = sink.calls.get(0);
        assertEquals("whatsapp-video-call", call.kind());
        assertEquals("5511987654321@s.whatsapp.net", call.number());
        assertEquals(95L, call.durationSeconds());
        assertEquals("incoming", call.direction());
        assertEquals("whatsapp:5", call.result());
    }
}
