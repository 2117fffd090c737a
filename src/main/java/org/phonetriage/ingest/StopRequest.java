package org.phonetriage.ingest;

/**
 * A request to stop long work (SIGINT or SIGTERM), set by the command line's signal handler and
 * checked by ingest between records, so that it stops where the case is consistent: the device
 * being read stays marked {@code ingesting} and the next run redoes it.
 */
public final class StopRequest {

    private static volatile String signal;
    private static final java.util.Set<java.nio.file.Path> WORK_FOLDERS = java.util.concurrent.ConcurrentHashMap.newKeySet();

    private StopRequest() {
    }

    /** Asks running work to stop; {@code name} is what stopped it (SIGINT, SIGTERM). */
    public static void request(String name) {
        signal = name;
    }

    /** Forgets a request (tests run several commands in one JVM). */
    public static void clear() {
        signal = null;
    }

    /** A folder of temporary copies to delete if the process has to stop before its owner does. */
    public static void workFolder(java.nio.file.Path folder, boolean inUse) {
        if (inUse) {
            WORK_FOLDERS.add(folder);
        } else {
            WORK_FOLDERS.remove(folder);
        }
    }

    /** The work folders in use now. */
    public static java.util.Set<java.nio.file.Path> workFolders() {
        return java.util.Set.copyOf(WORK_FOLDERS);
    }

    public static boolean requested() {
        return signal != null;
    }

    /** Throws {@link Stopped} when a stop was requested. */
    public static void check() {
        String s = signal;
        if (s != null) {
            throw new Stopped(s, "interrupted (" + s + ")");
        }
    }

    /** Work stopped on request; the message says what was left and how to go on. */
    public static final class Stopped extends RuntimeException {
        private final String signal;

        public Stopped(String signal, String message) {
            super(message);
            this.signal = signal;
        }

        public String signal() {
            return signal;
        }
    }
}
