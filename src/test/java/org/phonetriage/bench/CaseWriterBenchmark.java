package org.phonetriage.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import org.phonetriage.model.Call;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.Timestamp;
import org.phonetriage.normalize.NormalizedId;
import org.phonetriage.store.CaseDb;
import org.phonetriage.store.CaseWriter;

/**
 * Times the case writer alone: CALLS calls, each with the two occurrences ingest writes for it (the
 * phone's owner and the other party, read from a pool of numbers as phones write them), into a new
 * case, ROUNDS times (the first warms the JIT). Prints per round the wall time, the CPU of the
 * writer thread (binding and SQLite), of the caller (building rows) and of the process, then of
 * the index build at close. Not a unit test.
 *
 * <p>Usage: {@code DIR CALLS ROUNDS}.
 */
public final class CaseWriterBenchmark {

    private CaseWriterBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        int calls = Integer.parseInt(args[1]);
        int rounds = Integer.parseInt(args[2]);
        Files.createDirectories(dir);
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        for (int round = 1; round <= rounds; round++) {
            Path file = dir.resolve("writer-bench-" + round + ".db");
            Files.deleteIfExists(file);
            long start = System.nanoTime();
            double process0 = processCpu();
            double main0 = threads.getCurrentThreadCpuTime() / 1e9;
            double writer;
            double beforeClose;
            double closeStart;
            try (Connection db = CaseDb.open(file, true)) {
                CaseWriter writer0 = new CaseWriter(db);
                write(writer0, calls);
                writer0.flush();
                writer = writerCpu(threads);
                beforeClose = (System.nanoTime() - start) / 1e9;
                closeStart = processCpu();
                writer0.close();
            }
            double processEnd = processCpu();
            System.out.printf("round %d: %d calls, %d occurrences: rows %.2f s wall, writer thread %.2f s CPU,"
                            + " caller %.2f s, process %.2f s; close (indexes) %.2f s CPU%n", round, calls, 2L * calls,
                    beforeClose, writer, threads.getCurrentThreadCpuTime() / 1e9 - main0, closeStart - process0,
                    processEnd - closeStart);
            Files.deleteIfExists(file);
        }
    }

    private static void write(CaseWriter writer, int calls) throws Exception {
        long device = writer.addDevice("bench-phone", "android");
        long run = writer.startRun(device, 0, "android.calllog", "1");
        NormalizedId owner = NormalizedId.of("+447700900001", "phone", NormalizedId.STRONG, "e164", "GB", "valid");
        Instant t0 = Instant.parse("2024-01-01T00:00:00Z");
        java.util.Random random = new java.util.Random(42);
        for (int i = 0; i < calls; i++) {
            int person = (int) Math.floor(Math.pow(random.nextDouble(), 3) * 20_000);
            String national = String.format("07700 9%05d", person);
            String raw = i % 3 == 0 ? "+44" + national.substring(1).replace(" ", "") : national;
            NormalizedId party = NormalizedId.of(String.format("+4477009%05d", person), "phone",
                    NormalizedId.STRONG, i % 3 == 0 ? "e164" : "national:GB", "GB", "valid");
            Provenance p = new Provenance("bench-phone", "data/data/com.android.providers.contacts/databases/calllog.db",
                    null, "calls", (long) i, "android.calllog", "1");
            Call call = new Call(p, raw, i % 4 == 0 ? "Person " + person : null,
                    new Timestamp(t0.plusSeconds(i * 37L), Long.toString(1_704_067_200_000L + i * 37_000L), "unix-ms"),
                    (long) (i % 600), i % 2 == 0 ? "incoming" : "outgoing", "GB", null, null, "cellular", null,
                    false);
            long id = writer.call(device, run, call);
            writer.occurrence(owner, new CaseWriter.Occurrence(device, "owner", "calls", id, "+447700900001", null,
                    null, "owner", null, null));
            writer.occurrence(party, new CaseWriter.Occurrence(device, "call-party", "calls", id, raw, call.name(),
                    null, "counterpart", null, 1L));
        }
    }

    private static double writerCpu(ThreadMXBean threads) {
        // the newest writer thread: an earlier round's may not have ended yet
        return Thread.getAllStackTraces().keySet().stream().filter(t -> t.getName().equals("case-writer"))
                .mapToLong(Thread::getId).max().stream().mapToDouble(id -> threads.getThreadCpuTime(id) / 1e9)
                .findFirst().orElse(Double.NaN);
    }

    private static double processCpu() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime() / 1e9;
    }
}
