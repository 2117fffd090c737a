package org.phonetriage.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.ingest.NetworkCaseBuilder.DeviceSpec;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.store.CaseDb;
import org.phonetriage.store.CaseWriter;
import org.phonetriage.xref.CrossReference;
import org.phonetriage.xref.XrefOptions;
import org.phonetriage.xref.XrefReport;

/**
 * Writes a generated case (DEVICES seized phones, about OCCURRENCES occurrences in all) and times
 * the cross-reference on it. The phones belong to groups of eight; each talks mostly to its own
 * group's population of counterparts (Zipf: a few often, most rarely), sometimes to another
 * group's, and to the other phones. Run by scripts/bench-xref; not a unit test.
 *
 * <p>Usage: {@code generate CASE_FILE DEVICES OCCURRENCES} or {@code xref CASE_FILE}.
 */
public final class XrefBenchmark {

    private XrefBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path caseFile = Path.of(args[1]);
        if (args[0].equals("generate")) {
            generate(caseFile, Integer.parseInt(args[2]), Long.parseLong(args[3]));
        } else {
            long start = System.nanoTime();
            ThreadCpu threads = ThreadCpu.start();
            XrefReport xref;
            try (Connection db = CaseDb.open(caseFile, false)) {
                xref = new CrossReference(db).build(new XrefReport.Tool("phonetriage", "bench", "-"), XrefOptions.DEFAULT);
            }
            // CPU of this thread (reading the case) apart from the process's (the measures' thread, JIT, GC)
            double mainCpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() / 1e9;
            double processCpu = ((com.sun.management.OperatingSystemMXBean) ManagementFactory
                    .getOperatingSystemMXBean()).getProcessCpuTime() / 1e9;
            System.out.printf("xref: %.2f s, %d shared identifiers, %d device links, %d key players, %d communities,"
                    + " heap used %d MB; CPU %.1f s, of it the main thread %.1f s%n", (System.nanoTime() - start) / 1e9,
                    xref.identifiers().size(), xref.deviceLinks().size(), xref.keyPlayers().size(),
                    xref.communities().size(), (Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory()) >> 20,
                    processCpu, mainCpu);
            System.out.println("CPU by thread: " + threads.stop(processCpu));
        }
    }

    /**
     * The CPU time of each of the JVM's threads, sampled every 100 ms (a thread that ended keeps
     * its last sample): where the process's CPU went, the pass's reader, the measures, GC, JIT.
     */
    private static final class ThreadCpu {
        private final java.util.Map<Long, String> names = new java.util.concurrent.ConcurrentHashMap<>();
        private final java.util.Map<Long, Long> nanos = new java.util.concurrent.ConcurrentHashMap<>();
        private final Thread sampler = new Thread(this::sample, "thread-cpu");
        private volatile boolean stopped;

        static ThreadCpu start() {
            ThreadCpu t = new ThreadCpu();
            t.sampler.setDaemon(true);
            t.sampler.start();
            return t;
        }

        private void sample() {
            while (!stopped) {
                once();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void once() {
            var mx = ManagementFactory.getThreadMXBean();
            for (java.lang.management.ThreadInfo info : mx.getThreadInfo(mx.getAllThreadIds())) {
                if (info != null) {
                    long cpu = mx.getThreadCpuTime(info.getThreadId());
                    if (cpu > 0) {
                        names.put(info.getThreadId(), info.getThreadName());
                        nanos.put(info.getThreadId(), cpu);
                    }
                }
            }
        }

        /** Java threads by name, most CPU first, in seconds; the rest of the process's is GC, JIT, VM. */
        String stop(double processCpu) {
            once();
            stopped = true;
            java.util.Map<String, Double> byName = new java.util.TreeMap<>();
            double threads = nanos.values().stream().mapToLong(Long::longValue).sum() / 1e9;
            byName.put("the rest (GC, JIT, VM)", processCpu - threads);
            nanos.forEach((id, ns) -> byName.merge(names.get(id).replaceAll("[#\\s]*\\d+$", ""), ns / 1e9,
                    Double::sum));
            return byName.entrySet().stream().filter(e -> e.getValue() >= 0.05)
                    .sorted(java.util.Map.Entry.<String, Double>comparingByValue().reversed())
                    .map(e -> String.format("%s %.1f s", e.getKey(), e.getValue()))
                    .collect(java.util.stream.Collectors.joining(", "));
        }
    }

    private static void generate(Path caseFile, int devices, long occurrences) throws Exception {
        Files.deleteIfExists(caseFile);
        Random random = new Random(2026);
        long perDevice = occurrences / devices;
        int groupPopulation = 5_000;
        long started = System.nanoTime();
        // one writer for every device: each builder holds one device's records in memory
        try (Connection db = CaseDb.open(caseFile, true); CaseWriter writer = new CaseWriter(db)) {
            IdentifierNormalizer normalizer = new IdentifierNormalizer();
            for (int d = 0; d < devices; d++) {
                NetworkCaseBuilder one = new NetworkCaseBuilder(List.of("FR", "ES", "PT", "BR"));
                DeviceSpec spec = one.device(String.format("D%02d", d), "android")
                        .sim(iccid(d), owner(d), "208");
                int group = d / 8;
                Instant t = Instant.parse("2024-01-01T00:00:00Z");
                for (long i = 0; i < perDevice; i++) {
                    t = t.plusSeconds(1 + random.nextInt(120));
                    String counterpart;
                    int pick = random.nextInt(100);
                    if (pick < 3) {
                        counterpart = owner(random.nextInt(devices));
                    } else {
                        int g = pick < 10 ? random.nextInt(Math.max(1, devices / 8)) : group;
                        counterpart = person(g, zipf(random, groupPopulation));
                    }
                    if (i % 3 == 0) {
                        spec.call(counterpart, random.nextBoolean() ? "incoming" : "outgoing", t.toString(),
                                random.nextInt(600));
                    } else {
                        spec.sms(counterpart, random.nextBoolean() ? "incoming" : "outgoing", t.toString());
                    }
                }
                one.write(writer, normalizer);
            }
        }
        System.out.printf("generated %s: %d devices, %,d records in %.1f s%n", caseFile, devices, perDevice * devices,
                (System.nanoTime() - started) / 1e9);
    }

    private static String owner(int device) {
        return String.format("+336%08d", 10_000_000 + device);
    }

    private static String person(int group, int index) {
        return String.format("+336%08d", 50_000_000 + group * 100_000 + index);
    }

    private static String iccid(int device) {
        return String.format("89330100%011d", device);
    }

    private static int zipf(Random random, int n) {
        // inverse transform of a 1/k law: cheap and good enough for a realistic skew
        return (int) Math.min(n - 1, Math.floor(Math.exp(random.nextDouble() * Math.log(n))) - 1);
    }
}
