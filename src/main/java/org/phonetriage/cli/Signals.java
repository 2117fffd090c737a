package org.phonetriage.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.commons.io.file.PathUtils;
import org.phonetriage.ingest.StopRequest;
import org.phonetriage.report.AtomicOutput;
import sun.misc.Signal;

/**
 * SIGINT (Ctrl-C) and SIGTERM stop a run cleanly: ingest is asked to stop where the case is
 * consistent, the command ends with one line saying what was left, its work folder is removed,
 * and the process exits with 130 (SIGINT) or 143 (SIGTERM). A step that does not stop within a
 * few seconds (an output being written) is cut short; a second signal stops at once. Either way
 * the case database stays consistent: SQLite rolls back what was not committed, and an output
 * being written keeps its previous version ({@link AtomicOutput}).
 */
final class Signals {

    private static final long GRACE_SECONDS = 5;

    private Signals() {
    }

    /** Installs the handlers; {@code finished} is counted down when the command has returned. */
    static void install(CountDownLatch finished) {
        for (String name : new String[] {"INT", "TERM"}) {
            try {
                Signal.handle(new Signal(name), s -> stop("SIG" + name, 128 + s.getNumber(), finished));
            } catch (IllegalArgumentException e) {
                // the platform does not have this signal (or the JVM keeps it): nothing to install
            }
        }
    }

    private static void stop(String name, int exitCode, CountDownLatch finished) {
        if (StopRequest.requested()) {
            String message = "stopped at once (" + name + " again)";
            System.err.println("phonetriage: " + message);
            RunLog.halted(name, exitCode, message);
            halt(exitCode);
        }
        StopRequest.request(name);
        try {
            if (finished.await(GRACE_SECONDS, TimeUnit.SECONDS)) {
                return; // the command stopped and said so; main exits with its code
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        String message = "interrupted (" + name + "); the step under way was cut short. A triage or ingest resumes"
                + " when the same command is run again; outputs are rewritten by it or by report.";
        System.err.println("phonetriage: " + message);
        RunLog.halted(name, exitCode, message);
        halt(exitCode);
    }

    private static void halt(int exitCode) {
        AtomicOutput.discardInFlight(); // an output cut short keeps its previous version, and no temporary file
        for (Path folder : StopRequest.workFolders()) {
            try {
                PathUtils.deleteDirectory(folder);
            } catch (IOException e) {
                System.err.println("phonetriage: could not remove the work folder " + folder + " (" + e.getMessage()
                        + "); it holds copies of evidence files: delete it");
            }
        }
        System.err.flush();
        Runtime.getRuntime().halt(exitCode);
    }
}
