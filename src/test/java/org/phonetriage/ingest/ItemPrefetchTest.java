package org.phonetriage.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.evidence.ExtractionLimits;
import org.phonetriage.progress.PlainProgress;
import org.phonetriage.store.CaseDb;

/**
 * Preparing the next item on another thread while one is read, and staging the first item's databases
 * on two threads, changes nothing in the case: every
 * table holds the same rows under the same ids as when the items are read one after the other,
 * with items of every container (tar, zip, folder, Android backup, iTunes backup, SIM dump), a
 * damaged archive whose preparation fails, and an item named twice.
 */
class ItemPrefetchTest {

    /** Columns holding the time of the run. */
    private static final Set<String> CLOCK = Set.of("added_at", "started_at", "finished_at", "at");

    @TempDir
    Path tmp;

    @Test
    void aPrefetchedIngestWritesTheSameCaseAsOneItemAfterTheOther() throws Exception {
        byte[] zip = Files.readAllBytes(Path.of("test-images/D02-android.zip"));
        Path damaged = tmp.resolve("damaged.zip");
        Files.write(damaged, Arrays.copyOf(zip, zip.length / 2));
        List<CaseIngest.Item> items = new ArrayList<>();
        for (String image : List.of("test-images/D01-android.tar", "test-images/D02-android.zip",
                "test-images/D04-android.ab", damaged.toString(), "test-images/D03-android",
                "test-images/D10-ios-backup", "test-images/S01-sim", "test-images/D13-android-messengers")) {
            items.add(new CaseIngest.Item(Path.of(image), null));
        }
        items.add(new CaseIngest.Item(Path.of("test-images/D03-android"), null)); // refused: the label is taken

        String oneByOne = ingest("sequential", items, false);
        String prefetched = ingest("prefetched", items, true);
        assertTrue(oneByOne.contains("damaged") && oneByOne.contains("records"), "the case holds every table");
        assertEquals(oneByOne, prefetched);
        assertFalse(Files.exists(tmp.resolve("prefetched/.phonetriage-work")), "the work folder is gone");
    }

    private String ingest(String name, List<CaseIngest.Item> items, boolean prefetch) throws Exception {
        Path caseFile = tmp.resolve(name).resolve("case.db");
        new CaseIngest(new PlainProgress(new PrintWriter(Writer.nullWriter())), null, List.of(), ExtractionLimits.defaults())
                .withPasswords(List.of("phonetriage-demo")).prefetching(prefetch)
                .ingest(caseFile, items);
        StringBuilder dump = new StringBuilder();
        try (Connection db = CaseDb.open(caseFile, false); Statement st = db.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String table : tables) {
                dump.append("== ").append(table).append('\n');
                List<String> rows = new ArrayList<>(); // with their ids: the order of the ids is compared too
                try (ResultSet rs = st.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData meta = rs.getMetaData();
                    while (rs.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int c = 1; c <= meta.getColumnCount(); c++) {
                            if (!CLOCK.contains(meta.getColumnName(c))) {
                                row.append(meta.getColumnName(c)).append('=').append(rs.getString(c)).append(' ');
                            }
                        }
                        rows.add(row.toString());
                    }
                }
                rows.stream().sorted().forEach(r -> dump.append(r).append('\n'));
            }
        }
        return dump.toString();
    }
}
