package org.phonetriage.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Problem;
import org.phonetriage.model.SimInfo;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.cellebrite.UfedReportParser;

/**
 * The report parser alone on a large report.xml (no store): MB/s, records, and the peak heap used
 * after the run. Run by scripts/bench-ufdr with a capped heap; not a unit test.
 */
public final class UfedParseBenchmark {

    private UfedParseBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        Path report = Path.of(args[0]);
        long bytes = Files.size(report);
        CountingSink sink = new CountingSink();
        long start = System.nanoTime();
        try (InputStream in = Files.newInputStream(report)) {
            new UfedReportParser().parse(in, new FileParser.Source("bench", "report.xml"), sink);
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                peak += pool.getPeakUsage().getUsed();
            }
        }
        System.out.printf("parsed %,d bytes in %.1f s: %.0f MB/s; %,d records (%,d contacts, %,d calls, %,d messages),"
                + " %d problems; max heap %d MB, peak heap used %d MB%n", bytes, seconds, bytes / 1e6 / seconds,
                sink.records, sink.contacts, sink.calls, sink.messages, sink.problems,
                Runtime.getRuntime().maxMemory() >> 20, peak >> 20);
    }

    private static final class CountingSink implements RecordSink {
        long records;
        long contacts;
        long calls;
        long messages;
        long problems;

        @Override
        public void contact(Contact contact) {
            records++;
            contacts++;
        }

        @Override
        public void call(Call call) {
            records++;
            calls++;
        }

        @Override
        public void message(Message message) {
            records++;
            messages++;
        }

        @Override
        public void sim(SimInfo sim) {
            records++;
        }

        @Override
        public void ownIdentifier(OwnIdentifier own) {
            records++;
        }

        @Override
        public void fact(DeviceFact fact) {
            records++;
        }

        @Override
        public void problem(Problem problem) {
            problems++;
            System.out.println("problem: " + problem.message());
        }
    }
}
