package org.phonetriage.spark;

import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Time and memory per stage of a run, for the benchmark: wall time, the process's CPU time (on
 * a shared machine the wall time says as much about the neighbours as about the job), the JVM
 * heap in use after the stage, and the process's peak resident memory so far (Linux's VmHWM; in
 * local mode the driver and the executors are this one process, so both cover the executors).
 */
public final class Stages {

    /**
     * One stage: its name, wall seconds, CPU seconds of the process (-1 where the JVM does not
     * say), heap in use after it (MB) and peak resident memory so far (MB).
     */
    public record Stage(String name, double seconds, double cpuSeconds, long heapMb, long peakRssMb) {
    }

    /** A stage's work. */
    @FunctionalInterface
    public interface Work<T> {
        T run() throws Exception;
    }

    private final List<Stage> stages = new ArrayList<>();

    public <T> T time(String name, Work<T> work) throws Exception {
        long start = System.nanoTime();
        long cpu = cpuNanos();
        T result = work.run();
        Runtime rt = Runtime.getRuntime();
        stages.add(new Stage(name, (System.nanoTime() - start) / 1e9, cpu < 0 ? -1 : (cpuNanos() - cpu) / 1e9,
                (rt.totalMemory() - rt.freeMemory()) >> 20, peakRssMb()));
        return result;
    }

    public List<Stage> stages() {
        return List.copyOf(stages);
    }

    private static long cpuNanos() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof OperatingSystemMXBean os
                ? os.getProcessCpuTime() : -1;
    }

    /** The peak resident set of this process in MB, or -1 where /proc does not say. */
    static long peakRssMb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmHWM:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) >> 10;
                }
            }
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
        return -1;
    }
}
