package org.phonetriage.report.caseuco;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The records each parser run produced, as the IRIs the record sections made for them, kept for the run's
 * {@code result} list that case.jsonld writes after them: reading every record again in run order (a sort of
 * all of them) and hashing each IRI again cost about a fifth of the export. Kept as each IRI's class and UUID
 * bits (17 bytes a record), in chunks that grow to a bound, so no large array is copied as a run grows.
 */
final class RunResults {

    private static final int FIRST_CHUNK = 64;
    private static final int LARGEST_CHUNK = 8192;
    private static final UcoTerm[] TERMS = UcoTerm.values();

    /** One run's IRIs in the order added. */
    private static final class Run {
        final List<long[]> bits = new ArrayList<>();
        final List<byte[]> types = new ArrayList<>();
        int used; // in the last chunk

        void add(NodeIri iri) {
            byte[] last = types.isEmpty() ? null : types.get(types.size() - 1);
            if (last == null || used == last.length) {
                int size = last == null ? FIRST_CHUNK : Math.min(LARGEST_CHUNK, last.length * 2);
                last = new byte[size];
                types.add(last);
                bits.add(new long[2 * size]);
                used = 0;
            }
            long[] chunk = bits.get(bits.size() - 1);
            chunk[2 * used] = iri.msb();
            chunk[2 * used + 1] = iri.lsb();
            last[used++] = (byte) iri.type().ordinal();
        }
    }

    /** What {@link #forEach} passes each IRI to. */
    interface Sink {
        void accept(NodeIri iri) throws IOException;
    }

    private final Map<Long, Run> runs = new HashMap<>();
    private long lastRunId = Long.MIN_VALUE;
    private Run lastRun;

    /** Keeps a record's IRI as one of its run's results; a run's records come in the order they are to be listed. */
    void add(long runId, NodeIri iri) {
        if (runId != lastRunId || lastRun == null) {
            lastRun = runs.computeIfAbsent(runId, id -> new Run());
            lastRunId = runId;
        }
        lastRun.add(iri);
    }

    /** Passes the run's IRIs to sink in the order added, then lets them go. */
    void forEach(long runId, Sink sink) throws IOException {
        Run run = runs.remove(runId);
        if (run == lastRun) {
            lastRun = null;
        }
        if (run == null) {
            return;
        }
        for (int c = 0; c < run.types.size(); c++) {
            byte[] types = run.types.get(c);
            long[] bits = run.bits.get(c);
            int n = c == run.types.size() - 1 ? run.used : types.length;
            for (int i = 0; i < n; i++) {
                sink.accept(new NodeIri(TERMS[types[i] & 0xff], bits[2 * i], bits[2 * i + 1]));
            }
        }
    }
}
