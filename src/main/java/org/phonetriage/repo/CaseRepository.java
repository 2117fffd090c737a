package org.phonetriage.repo;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.Properties;

/**
 * A case repository: a PostgreSQL database holding the identifiers, occurrences, devices and
 * persons of many cases (repository.sql), so that one case's identifiers can be looked up in all
 * the others. Its tables are created on first use.
 */
public final class CaseRepository implements AutoCloseable {

    private final Connection db;

    private CaseRepository(Connection db) {
        this.db = db;
    }

    /**
     * Connects to {@code jdbcUrl} ({@code jdbc:postgresql://host:5432/db?user=…}); a password
     * not in the URL comes from {@code PGPASSWORD} or the driver's {@code ~/.pgpass}.
     */
    public static CaseRepository connect(String jdbcUrl) throws SQLException, IOException {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("--repo must be a PostgreSQL JDBC URL, jdbc:postgresql://HOST[:PORT]/DB"
                    + " (got " + jdbcUrl + ")");
        }
        Properties props = new Properties();
        String password = System.getenv("PGPASSWORD");
        if (password != null && !jdbcUrl.contains("password=")) {
            props.setProperty("password", password);
        }
        Connection db;
        try {
            db = DriverManager.getConnection(jdbcUrl, props);
        } catch (SQLException e) {
            throw new SQLException("case repository " + Redacted.url(jdbcUrl) + " cannot be reached: "
                    + oneLine(e), e.getSQLState(), e);
        }
        CaseRepository repo = new CaseRepository(db);
        repo.createTables();
        return repo;
    }

    Connection connection() {
        return db;
    }

    private void createTables() throws SQLException, IOException {
        String sql;
        try (InputStream in = CaseRepository.class.getResourceAsStream("repository.sql")) {
            sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        try (Statement st = db.createStatement()) {
            // two pushes creating the tables at once wait for each other instead of failing
            st.execute("SELECT pg_advisory_xact_lock(" + LOCK + ")");
            for (String statement : Arrays.stream(sql.replaceAll("(?m)--.*$", "").split(";"))
                    .filter(x -> !x.isBlank()).toList()) {
                st.execute(statement);
            }
            db.commit();
        } catch (SQLException e) {
            db.rollback();
            throw e;
        } finally {
            db.setAutoCommit(auto);
        }
    }

    /** The advisory lock a repository's schema changes and pushes take (any constant of this tool's own). */
    static final long LOCK = 0x70686f6e6574L;

    static String oneLine(Throwable e) {
        String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return m.replaceAll("\\s+", " ").trim();
    }

    @Override
    public void close() throws SQLException {
        db.close();
    }
}
