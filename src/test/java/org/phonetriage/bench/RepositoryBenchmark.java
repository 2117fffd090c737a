package org.phonetriage.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.phonetriage.Versions;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.ingest.NetworkCaseBuilder.DeviceSpec;
import org.phonetriage.repo.CasePush;
import org.phonetriage.repo.CaseRepository;
import org.phonetriage.repo.KeyScheme;
import org.phonetriage.store.CaseDb;

/**
 * A generated repository for scripts/bench-repository: CASES cases of DEVICES phones with RECORDS
 * calls and messages each. A phone talks mostly to its own case's population of counterparts
 * (Zipf), sometimes to a population every case shares (the numbers that make cross-case hits),
 * and to the other phones of its case; each phone also saves a few hundred contacts. Not a unit
 * test.
 *
 * <p>Usage: {@code generate DIR CASES DEVICES RECORDS} (writes DIR/caseNNN/case.db) or
 * {@code push JDBC_URL|embedded CASE_DB...} (pushes each and prints rows/s).
 */
public final class RepositoryBenchmark {

    private RepositoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            generate(Path.of(args[1]), Integer.parseInt(args[2]), Integer.parseInt(args[3]), Integer.parseInt(args[4]));
        } else {
            long rows = 0;
            long millis = 0;
            // "embedded": a PostgreSQL of its own (zonky), as the tests start it
            io.zonky.test.db.postgres.embedded.EmbeddedPostgres pg = args[1].equals("embedded")
                    ? io.zonky.test.db.postgres.embedded.EmbeddedPostgres.builder().start() : null;
            String url = pg != null ? pg.getJdbcUrl("postgres", "postgres") : args[1];
            try (pg; CaseRepository repo = CaseRepository.connect(url)) {
                for (int i = 2; i < args.length; i++) {
                    try (Connection db = CaseDb.open(Path.of(args[i]), false)) {
                        CasePush.Pushed p = new CasePush(db, KeyScheme.RAW, false).push(repo,
                                Path.of(args[i]).toAbsolutePath().getParent().getFileName().toString(),
                                Versions.phonetriage(), Versions.libphonenumber());
                        rows += p.rows();
                        millis += p.millis();
                    }
                }
            }
            System.out.printf("repo push: %d cases, %,d rows in %.1f s: %,.0f rows/s%n", args.length - 2, rows,
                    millis / 1000.0, rows * 1000.0 / Math.max(1, millis));
        }
    }

    private static void generate(Path dir, int cases, int devices, int records) throws Exception {
        long started = System.nanoTime();
        for (int c = 0; c < cases; c++) {
            Path caseFile = dir.resolve(String.format("case%03d", c)).resolve("case.db");
            Files.createDirectories(caseFile.getParent());
            Files.deleteIfExists(caseFile);
            Random random = new Random(2026L * 1000 + c);
            for (int d = 0; d < devices; d++) {
                NetworkCaseBuilder one = new NetworkCaseBuilder(List.of("FR", "ES", "PT", "BR"));
                DeviceSpec spec = one.device(String.format("D%02d", d), "android")
                        .sim(String.format("8933%04d%011d", c, d), owner(c, d), "208");
                for (int k = 0; k < 200; k++) {
                    spec.contact("Contact " + k, random.nextInt(4) == 0 ? shared(zipf(random, 20_000))
                            : person(c, zipf(random, 5_000)));
                }
                Instant t = Instant.parse("2024-01-01T00:00:00Z");
                for (int i = 0; i < records; i++) {
                    t = t.plusSeconds(1 + random.nextInt(120));
                    int pick = random.nextInt(100);
                    String counterpart = pick < 5 ? owner(c, random.nextInt(devices))
                            : pick < 15 ? shared(zipf(random, 20_000)) : person(c, zipf(random, 5_000));
                    if (i % 3 == 0) {
                        spec.call(counterpart, random.nextBoolean() ? "incoming" : "outgoing", t.toString(),
                                random.nextInt(600));
                    } else {
                        spec.sms(counterpart, random.nextBoolean() ? "incoming" : "outgoing", t.toString());
                    }
                }
                one.write(caseFile);
            }
        }
        System.out.printf("generated %d cases x %d devices x %,d records in %.1f s%n", cases, devices, records,
                (System.nanoTime() - started) / 1e9);
    }

    private static String owner(int c, int device) {
        return String.format("+336%08d", 10_000_000 + c * 100 + device);
    }

    private static String person(int c, int index) {
        return String.format("+336%08d", 20_000_000 + c * 10_000 + index);
    }

    private static String shared(int index) {
        return String.format("+336%08d", 90_000_000 + index);
    }

    private static int zipf(Random random, int n) {
        return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n))) - 1);
    }
}
