package org.phonetriage.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.phonetriage.query.TimelineCsv;
import org.phonetriage.report.AtomicOutput;
import org.phonetriage.report.OccurrencesCsv;
import org.phonetriage.report.caseuco.CaseUcoExport;
import org.phonetriage.report.export.Exports;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.CrossReference;
import org.phonetriage.xref.Network;
import org.phonetriage.xref.XrefOptions;
import org.phonetriage.xref.XrefReport;

/**
 * Times each bulk writer (occurrences.csv, timeline.csv, case.jsonld, graph.graphml, graph.gexf,
 * i2/, neo4j/) on a case, its bytes going into a null sink (AtomicOutput's stream seam: counted,
 * then discarded) so the disk does not decide, and prints records/s against the 500 k/s target
 * of issue 15. Each writer runs BENCH_ROUNDS times (default 4), the first to warm the JIT; the
 * fastest of the others is reported (on a loaded machine the spread is wide), in wall
 * time and in the CPU time of the writing thread (SQLite's work included: it runs on that thread),
 * the fair figure on a machine others load too. The target is judged on the CPU rate.
 * Run by scripts/bench-exports; not a unit test.
 *
 * <p>Records: rows for occurrences and timeline; the case's contacts, calls and messages for
 * case.jsonld; nodes plus edges of the communication graph for the graph exports. The graph
 * exports of a run share one export graph ({@link Exports.Shared}): its making is timed as the
 * row {@code graph} (each time the first graph format of a run pays it), the formats without it.
 *
 * <p>Usage: {@code CASE_FILE [FORMAT,...]}.
 */
public final class ExportBenchmark {

    static final double TARGET = 500_000;
    /**
     * Rounds per writer (BENCH_ROUNDS, default 4): the first warms the JIT, the fastest of the others
     * is shown. One round after the warm-up still ran partly in code the JIT had not finished
     * (timeline.csv, pinned: 464-486 k records/CPU-s in that round, 562-575 k from the third on).
     */
    static final int ROUNDS = Math.max(1, Integer.parseInt(System.getenv().getOrDefault("BENCH_ROUNDS", "4")));

    private ExportBenchmark() {
    }

    @FunctionalInterface
    private interface Writer {
        void write(Path dir) throws Exception;
    }

    public static void main(String[] args) throws Exception {
        Path caseFile = Path.of(args[0]);
        List<String> formats = List.of((args.length > 1 ? args[1]
                : "occurrences,timeline,case,graphml,gexf,i2,neo4j").split(","));
        Path dir = Files.createTempDirectory("bench-exports");
        NullSink sink = new NullSink();
        try (Connection db = CaseDb.open(caseFile, false);
             AutoCloseable seam = AtomicOutput.wrapStreamsForTest((file, out) -> sink)) {
            System.out.printf("case %s: %,d occurrences, %,d records%n", caseFile, count(db, "occurrences"),
                    caseRecords(db));
            XrefReport xref = null;
            Network network = null;
            Exports.Shared shared = null;
            long graphRecords = 0;
            if (formats.stream().anyMatch(Exports.FORMATS::contains)) {
                // only the graph exports need the cross-reference and the graph: built once, not timed
                long setup = System.nanoTime();
                xref = new CrossReference(db).build(new XrefReport.Tool("phonetriage", "bench", "-"),
                        XrefOptions.DEFAULT);
                network = Network.load(db);
                graphRecords = network.graph().nodes().size() + (long) network.graph().edges().size();
                shared = Exports.share(network, xref);
                shared.make();
                System.out.printf("graph %,d nodes + edges (setup %.1f s)%n", graphRecords,
                        (System.nanoTime() - setup) / 1e9);
            }
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            System.out.printf("%-12s %12s %9s %9s %12s %12s %10s %8s%n", "output", "records", "wall s", "cpu s",
                    "records/s", "rec/cpu-s", "MB", "target");
            List<String> rows = new ArrayList<>(formats);
            if (shared != null) {
                rows.add(rows.indexOf(rows.stream().filter(Exports.FORMATS::contains).findFirst().orElseThrow()),
                        "graph");
            }
            for (String format : rows) {
                XrefReport x = xref;
                Network n = network;
                Exports.Shared g = shared;
                Writer writer = switch (format) {
                    case "occurrences" -> d -> OccurrencesCsv.write(db, d.resolve(OccurrencesCsv.FILE_NAME), true);
                    case "timeline" -> d -> TimelineCsv.write(db, d.resolve(TimelineCsv.FILE_NAME), true);
                    case "case" -> d -> CaseUcoExport.write(db, d.resolve(CaseUcoExport.FILE_NAME));
                    case "graph" -> d -> Exports.share(n, x).make();
                    default -> d -> Exports.write(format, g, d, true);
                };
                long records = switch (format) {
                    case "occurrences" -> count(db, "occurrences");
                    case "timeline" -> -1; // the rows written: the sink's lines less the header
                    case "case" -> caseRecords(db);
                    default -> graphRecords;
                };
                double seconds = Double.MAX_VALUE;
                double cpu = Double.MAX_VALUE;
                for (int round = 0; round < ROUNDS; round++) {
                    sink.reset(records < 0);
                    long c0 = threads.getCurrentThreadCpuTime();
                    long t0 = System.nanoTime();
                    writer.write(dir);
                    if (round > 0 || ROUNDS == 1) { // the first warms the JIT
                        seconds = Math.min(seconds, (System.nanoTime() - t0) / 1e9);
                        cpu = Math.min(cpu, (threads.getCurrentThreadCpuTime() - c0) / 1e9);
                    }
                }
                if (records < 0) {
                    records = sink.lines - 1;
                }
                double cpuRate = records / cpu;
                System.out.printf("%-12s %,12d %9.2f %9.2f %,12.0f %,12.0f %10.1f %8s%n", format, records, seconds, cpu,
                        records / seconds, cpuRate, sink.bytes / 1e6, cpuRate >= TARGET ? "ok" : "BELOW");
            }
        } finally {
            try (var files = Files.walk(dir)) {
                for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    private static long caseRecords(Connection db) throws SQLException {
        return count(db, "contacts") + count(db, "calls") + count(db, "messages");
    }

    private static long count(Connection db, String table) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM " + table)) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** Discards every byte, counting bytes and, when asked (it costs), lines. */
    private static final class NullSink extends OutputStream {
        long bytes;
        long lines;
        boolean countLines;

        void reset(boolean countLines) {
            bytes = 0;
            lines = 0;
            this.countLines = countLines;
        }

        @Override
        public void write(int b) {
            bytes++;
            if (b == '\n') {
                lines++;
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
            for (int i = off; countLines && i < off + len; i++) {
                if (b[i] == '\n') {
                    lines++;
                }
            }
        }
    }
}
