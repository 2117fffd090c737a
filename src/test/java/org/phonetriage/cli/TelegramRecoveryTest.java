package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.testimages.TlBlob;

/** A deleted Telegram message carved from cache4.db's free space goes through the same TL decoder. */
class TelegramRecoveryTest {

    @TempDir
    Path tmp;

    @Test
    void aDeletedMessageIsRecoveredWithItsText() throws Exception {
        Path db = Files.createDirectories(tmp.resolve("phone/data/data/org.telegram.messenger/files")).resolve("cache4.db");
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement st = c.createStatement()) {
            st.execute("PRAGMA secure_delete = OFF");
            st.execute("CREATE TABLE messages_v2(mid INTEGER, uid INTEGER, read_state INTEGER, send_state INTEGER,"
                    + " date INTEGER, data BLOB, out INTEGER, ttl INTEGER, media INTEGER, PRIMARY KEY(mid, uid))");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO messages_v2 VALUES (?, 777000111, 3, 0, ?, ?, 0, 0, 0)")) {
                for (int i = 1; i <= 3; i++) {
                    int date = 1_709_632_800 + i * 60;
                    ps.setInt(1, i);
                    ps.setInt(2, date);
                    ps.setBytes(3, new TlBlob().int32(0x85d6cbe2).int32(0).int32(i).peerUser(777000333L).int32(date)
                            .string("mensagem " + i).bytes());
                    ps.executeUpdate();
                }
            }
            st.execute("DELETE FROM messages_v2 WHERE mid = 2");
        }
        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                tmp.resolve("phone").toString()));
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + tmp.resolve("out/case.db"));
             Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT group_concat(body || ':' || deleted, ',') FROM (SELECT body, deleted"
                     + " FROM messages ORDER BY body)")) {
            rs.next();
            assertEquals("mensagem 1:0,mensagem 2:1,mensagem 3:0", rs.getString(1), run.err());
        }
    }
}
