package org.phonetriage.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;

/** A version-1 case made before device facts and deleted flags gets them when opened, data kept. */
class CaseDbMigrationTest {

    @TempDir
    Path tmp;

    @Test
    void anOlderVersionOneCaseGainsTheAdditiveTablesAndColumns() throws Exception {
        Path file = tmp.resolve("case.db");
        try (Connection db = CaseDb.open(file, true); Statement st = db.createStatement()) {
            db.setAutoCommit(true);
            st.execute("DROP TABLE device_facts");
            st.execute("DROP TABLE unread_files");
            st.execute("ALTER TABLE calls DROP COLUMN deleted");
            st.execute("ALTER TABLE messages DROP COLUMN deleted");
        }
        try (Connection db = CaseDb.open(file, false); Statement st = db.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM device_facts")) {
                assertTrue(rs.next());
            }
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM unread_files")) {
                assertTrue(rs.next());
            }
            for (String table : new String[] {"calls", "messages"}) {
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pragma_table_info('" + table + "')"
                        + " WHERE name = 'deleted'")) {
                    assertTrue(rs.next() && rs.getInt(1) == 1, table);
                }
            }
        }
    }

    @Test
    void problemsOfAnOlderCaseGetTheCodesTheirEvidenceSays() throws Exception {
        Path file = tmp.resolve("case.db");
        try (Connection db = CaseDb.open(file, true); Statement st = db.createStatement()) {
            db.setAutoCommit(true);
            st.execute("ALTER TABLE problems DROP COLUMN code");
            st.execute("ALTER TABLE problems DROP COLUMN severity");
            st.execute("INSERT INTO problems(device_id, evidence, path, reason, at) VALUES"
                    + " (1, 'D01', 'x.db', 'corrupt', 't'), (NULL, 'analysis communities', NULL, 'failed', 't'),"
                    + " (NULL, 'output html', NULL, 'not written', 't')");
        }
        try (Connection db = CaseDb.open(file, false)) {
            assertEquals(List.of(new Problem("D01", "x.db", "corrupt", ProblemCode.CONTENT_NOT_READ),
                    new Problem("analysis communities", null, "failed", ProblemCode.ANALYSIS_FAILED),
                    new Problem("output html", null, "not written", ProblemCode.OUTPUT_FAILED)),
                    new CaseReader(db).problems());
            try (CaseWriter writer = new CaseWriter(db)) {
                writer.problem(1L, new Problem("D01", null, "wrong backup password", ProblemCode.WRONG_PASSWORD));
            }
        }
        try (Connection db = CaseDb.open(file, false); Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT code, severity FROM problems ORDER BY id DESC LIMIT 1")) {
            assertTrue(rs.next());
            assertEquals("wrong-password error", rs.getString(1) + " " + rs.getString(2));
        }
    }
}
