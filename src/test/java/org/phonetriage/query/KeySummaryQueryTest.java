package org.phonetriage.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.cli.Main;
import org.phonetriage.report.CaseState;
import org.phonetriage.store.CaseDb;

/**
 * search's summary per key and device is the same whether the cross-reference stored it, it is
 * aggregated live (a case made before it was stored, or changed since), or counted occurrence by
 * occurrence from the full listing (how it was made before): for every identifier of a triage of
 * Android, iOS, SIM and swept images.
 */
class KeySummaryQueryTest {

    @TempDir
    static Path tmp;
    static Path caseFile;

    @BeforeAll
    static void triage() {
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        int exit = Main.run(new PrintWriter(new StringWriter()), new PrintWriter(err), "triage", "--quiet",
                "--format", "json", "--out", out.toString(), "test-images/D01-android.tar",
                "test-images/D02-android.zip", "test-images/D03-android", "test-images/D12-ios-ffs.tar",
                "test-images/D16-android-unknownapp", "test-images/S01-sim");
        assertTrue(exit == Main.OK || exit == Main.PROBLEMS, err.toString());
        caseFile = out.resolve("case.db");
    }

    @Test
    void storedLiveAndCountedSummariesAgreeForEveryKey() throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            KeySummaryQuery stored = KeySummaryQuery.of(db, CaseState.of(db).digest());
            KeySummaryQuery live = KeySummaryQuery.of(db, "a state the case is not in");
            assertTrue(stored.stored(), "the triage stored the summaries of the case as it is");
            assertFalse(live.stored());
            OccurrenceQuery occurrences = new OccurrenceQuery(db);
            List<String> keys = keys(db);
            assertTrue(keys.size() > 30, keys.toString());
            long withNames = 0;
            for (String key : keys) {
                Map<String, KeyOnDevice> counted = counted(occurrences, key);
                assertFalse(counted.isEmpty(), key);
                assertEquals(counted.toString(), stored.summary(key).toString(), key);
                assertEquals(counted.toString(), live.summary(key).toString(), key);
                withNames += counted.values().stream().filter(d -> !d.names.isEmpty()).count();
            }
            assertTrue(withNames > 10, "names are compared too");
            assertTrue(stored.summary("+449999999999").isEmpty() && live.summary("+449999999999").isEmpty());
        }
    }

    @Test
    void aChangedCaseIsSummarisedLive() throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            String before = CaseState.of(db).digest();
            try (Statement st = db.createStatement()) {
                st.execute("UPDATE devices SET tool_version = 'changed' WHERE id = (SELECT min(id) FROM devices)");
            }
            try {
                assertFalse(KeySummaryQuery.of(db, CaseState.of(db).digest()).stored(),
                        "summaries of the case before a change are not used");
            } finally {
                try (Statement st = db.createStatement()) {
                    st.execute("UPDATE devices SET tool_version = (SELECT tool_version FROM devices WHERE id <>"
                            + " (SELECT min(id) FROM devices) LIMIT 1) WHERE id = (SELECT min(id) FROM devices)");
                }
            }
            assertEquals(before, CaseState.of(db).digest());
        }
    }

    private static List<String> keys(Connection db) throws Exception {
        List<String> keys = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT key FROM identifiers WHERE id IN (SELECT identifier_id FROM occurrences) ORDER BY key")) {
            while (rs.next()) {
                keys.add(rs.getString(1));
            }
        }
        return keys;
    }

    /** As the summary was made before: each occurrence of the full listing counted. */
    private static Map<String, KeyOnDevice> counted(OccurrenceQuery occurrences, String key) throws Exception {
        Map<String, KeyOnDevice> devices = new TreeMap<>();
        occurrences.forEach(key, h -> {
            KeyOnDevice d = devices.computeIfAbsent(h.device(), k -> new KeyOnDevice());
            d.occurrences++;
            long[] role = d.roles.computeIfAbsent(KeyOnDevice.role(h.role(), h.partyRole()), k -> new long[3]);
            role[0]++;
            role[1] += h.deleted() ? 1 : 0;
            role[2] += h.recovered() != null ? 1 : 0;
            d.time(h.timeUtc());
            d.name(h.name());
            d.raw(h.raw());
            Provenance s = h.source();
            d.source(s.parser(), s.parserVersion(), s.file(), s.sha256());
        });
        return devices;
    }
}
