package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * signal.db of Signal 5 (2021–2022): sms and mms tables whose columns mirror Android's SMS store
 * but whose address is a recipient row. Read as Signal messages, never as the phone's SMS.
 */
class SignalLegacySchemaTest {

    @TempDir
    Path tmp;

    @Test
    void theLegacyTablesAreSignalMessagesWithTheirPeople() throws Exception {
        Path db = Files.createDirectories(tmp.resolve("phone/data/data/org.thoughtcrime.securesms/databases"))
                .resolve("signal.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE recipient (_id INTEGER PRIMARY KEY AUTOINCREMENT, uuid TEXT, phone TEXT,"
                    + " group_id TEXT, system_display_name TEXT, signal_profile_name TEXT)");
            st.execute("CREATE TABLE thread (_id INTEGER PRIMARY KEY AUTOINCREMENT, date INTEGER DEFAULT 0,"
                    + " thread_recipient_id INTEGER, snippet TEXT)");
            st.execute("CREATE TABLE sms (_id INTEGER PRIMARY KEY AUTOINCREMENT, thread_id INTEGER, address INTEGER,"
                    + " address_device_id INTEGER DEFAULT 1, person INTEGER, date INTEGER, date_sent INTEGER,"
                    + " protocol INTEGER, read INTEGER DEFAULT 0, status INTEGER DEFAULT -1, type INTEGER,"
                    + " reply_path_present INTEGER, subject TEXT, body TEXT, service_center TEXT)");
            st.execute("CREATE TABLE mms (_id INTEGER PRIMARY KEY AUTOINCREMENT, thread_id INTEGER, date INTEGER,"
                    + " date_received INTEGER, msg_box INTEGER, read INTEGER DEFAULT 0, body TEXT, address TEXT)");
            st.execute("INSERT INTO recipient (_id, uuid, phone, group_id) VALUES"
                    + " (1, 'aa11', '+33612345678', NULL), (2, NULL, NULL, '__textsecure_group__!0a1b'),"
                    + " (3, 'cc33', '+34612345678', NULL)");
            st.execute("INSERT INTO thread (_id, thread_recipient_id) VALUES (1, 1), (2, 2)");
            st.execute("INSERT INTO sms (thread_id, address, date, date_sent, type, body) VALUES"
                    + " (1, 1, 1709640000500, 1709640000000, 10485783, 'Saindo agora'),"
                    + " (1, 1, 1709640100500, 1709640100000, 10485780, 'Ok')");
            st.execute("INSERT INTO mms (thread_id, date, date_received, msg_box, body, address) VALUES"
                    + " (2, 1709640200000, 1709640200400, 10485780, 'No grupo', '3')");
        }
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                tmp.resolve("phone").toString()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out/case.db"));
             Statement st = c.createStatement()) {
            assertEquals("signal,signal,signal", text(st, "SELECT group_concat(kind) FROM (SELECT kind FROM messages"
                    + " ORDER BY id)"), run.err());
            assertEquals("+34612345678 from,app:signal:group:__textsecure_group__!0a1b group,"
                    + "+33612345678 to,+33612345678 from", text(st, "SELECT group_concat(key || ' '"
                    + " || party_role) FROM (SELECT key, party_role FROM occurrence_details WHERE record_table = 'messages'"
                    + " ORDER BY record_id, key)"));
            assertEquals("android.signal.mms-legacy,android.signal.sms-legacy", text(st, "SELECT group_concat(parser_id)"
                    + " FROM (SELECT parser_id FROM parser_runs WHERE parser_id LIKE '%legacy' ORDER BY parser_id)"));
            assertEquals("0", text(st, "SELECT count(*) FROM parser_runs WHERE parser_id LIKE 'android.mmssms%'"),
                    "signal.db's sms table is no phone SMS store");
        }
    }

    private static String text(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
