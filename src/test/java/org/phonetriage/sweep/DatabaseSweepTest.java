package org.phonetriage.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.RealData;
import org.phonetriage.model.SweptValue;

/** The sweep's bounds (sampling, blobs, tables without row ids) and what it finds in real databases. */
class DatabaseSweepTest {

    @TempDir
    Path tmp;

    @Test
    void samplesBeforeReadingSkipsMediaAndNamesRows() throws Exception {
        Path file = tmp.resolve("app.db");
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + file); Statement st = db.createStatement()) {
            st.execute("CREATE TABLE people (_id INTEGER PRIMARY KEY, note TEXT, phone BLOB, photo BLOB, seen INTEGER)");
            st.execute("CREATE TABLE pairs (k TEXT PRIMARY KEY, peer TEXT) WITHOUT ROWID");
            byte[] jpeg = HexFormat.of().parseHex("FFD8FFE000104A464946" + "00".repeat(400));
            try (PreparedStatement ps = db.prepareStatement("INSERT INTO people(note, phone, photo, seen) VALUES (?,?,?,?)")) {
                for (int i = 0; i < 200; i++) {
                    // a note column whose numbers only start after the sample: never read whole
                    ps.setString(1, i < 100 ? "nota " + i : "+55 11 9" + (8765_0000 + i));
                    ps.setBytes(2, ("+33 6 12 34 56 " + (10 + i % 80)).getBytes(java.nio.charset.StandardCharsets.UTF_8));
                    ps.setBytes(3, jpeg);
                    ps.setLong(4, 1_710_054_000L + i);
                    ps.executeUpdate();
                }
            }
            st.execute("INSERT INTO pairs VALUES ('a', '+351912345678'), ('b', '+351912345679')");
        }
        List<SweptValue> found = new ArrayList<>();
        DatabaseSweep.Cost cost = DatabaseSweep.sweep(file, "app.db", found::add);
        Set<String> where = found.stream().map(v -> v.table() + "." + v.column()).collect(Collectors.toCollection(TreeSet::new));
        assertEquals(Set.of("people.phone", "pairs.peer"), where, "the text in short blobs, not the note nor the times");
        assertEquals(202, found.size());
        assertEquals(1L, found.stream().filter(v -> v.column().equals("phone")).findFirst().orElseThrow().row());
        assertEquals(null, found.stream().filter(v -> v.table().equals("pairs")).findFirst().orElseThrow().row(),
                "a table without row ids names no row");
        assertEquals(2, cost.readWhole());
        assertTrue(cost.valuesRead() < 200 + 200 + 64 * 3 + 2 + 2, "the note and the times were only sampled: " + cost);
    }

    @Test
    void realIMessageDatabaseGivesItsChatsNotItsTimes() throws Exception {
        Path db = RealData.copyDatabase("log2timeline__plaso/test_data/sqlite/imessage_chat.db", tmp);
        List<SweptValue> found = new ArrayList<>();
        DatabaseSweep.sweep(db, "imessage_chat.db", found::add);
        Set<String> columns = found.stream().map(v -> v.table() + "." + v.column()).collect(Collectors.toSet());
        assertEquals(Set.of("chat.chat_identifier", "chat.last_addressed_handle"), columns,
                "its date_read, date_delivered (seconds since 2001) give nothing");
        assertTrue(found.stream().anyMatch(v -> v.raw().equals("+447775667416") && v.kind().equals("phone")));
        assertTrue(found.stream().anyMatch(v -> v.kind().equals("email") && v.raw().endsWith("@icloud.com")));
    }

    @Test
    void realAccountsDatabaseGivesTheSignedInAddress() throws Exception {
        Path db = RealData.copyDatabase("log2timeline__plaso/test_data/ios/Accounts3.sqlite", tmp);
        List<SweptValue> found = new ArrayList<>();
        DatabaseSweep.sweep(db, "Accounts3.sqlite", found::add);
        assertEquals(Set.of("thisisdfir@gmail.com"), found.stream().map(SweptValue::raw).collect(Collectors.toSet()));
        assertEquals(Set.of("ZACCOUNT.ZUSERNAME"), found.stream().map(v -> v.table() + "." + v.column())
                .collect(Collectors.toSet()));
    }
}
