package org.phonetriage.progress;

import java.lang.management.ManagementFactory;

/**
 * The CPU time this process has used so far, every thread's (the JIT compiler's and the garbage
 * collector's too): on a machine others load, a stage's wall time is theirs as much as ours, and
 * its CPU time is the figure to compare.
 */
public final class ProcessCpu {

    private ProcessCpu() {
    }

    /**
     * Seconds of CPU used so far (user + system), or a negative number where the JVM cannot tell. Counted
     * in the system's clock ticks (10 ms on Linux): a stage of a few milliseconds may show none.
     */
    public static double seconds() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            long nanos = os.getProcessCpuTime();
            return nanos < 0 ? -1 : nanos / 1e9;
        }
        return -1;
    }
}
