package org.phonetriage.store;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
}
