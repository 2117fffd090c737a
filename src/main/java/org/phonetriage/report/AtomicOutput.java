package org.phonetriage.report;

import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.FilterOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One output file, written whole or not at all. The bytes go to a temporary file beside it (the
 * same folder, so the rename never crosses file systems); {@link #commit()} flushes that to disk
 * and renames it over the file (an atomic move where the file system has one). Whatever stops a
 * run — an exception, a full disk, SIGTERM cut short by {@code Runtime.halt}, {@code kill -9}, a
 * power cut — readers find the previous version of the file or the new one, never a 0-byte or
 * truncated one.
 *
 * <pre>{@code
 * try (AtomicOutput file = AtomicOutput.create(dir.resolve("xref.json"))) {
 *     write(report, file.writer());
 *     file.commit();
 * }   // closed without commit (an exception on the way): the temporary file is deleted
 * }</pre>
 *
 * <p>Temporary files are named {@code .NAME.phonetriage-PID-N.tmp}. One a killed process left
 * behind is deleted by the next {@link #create} of the same file and by {@link #cleanStale}; a
 * stop cut short deletes those in flight ({@link #discardInFlight}). A write that fails with
 * "no space left on device" throws {@link NoSpaceLeftException}, naming the file. The SHA-256 and
 * size of what was written are taken on the way, for the folder's manifest ({@link #journal}).
 */
public final class AtomicOutput implements Closeable {

    private static final long PID = ProcessHandle.current().pid();
    private static final AtomicLong COUNTER = new AtomicLong();
    private static final Pattern TEMP = Pattern.compile("\\.(.+)\\.phonetriage-(\\d+)-\\d+\\.tmp");
    /** The temporary files of this process not yet committed or discarded. */
    private static final Set<Path> IN_FLIGHT = ConcurrentHashMap.newKeySet();
    private static final ThreadLocal<Journal> JOURNAL = new ThreadLocal<>();
    /** Tests wrap the file's stream here to make it fail (a full disk) without root or a tmpfs. */
    private static volatile BiFunction<Path, OutputStream, OutputStream> streamSeam = (file, out) -> out;

    private final Path file;
    /** Null when the output is written straight into {@link #file}: see {@link #isSpecial}. */
    private final Path temp;
    private final FileChannel channel;
    private final OutputStream special;
    private final Guarded guarded;
    private final OutputStream stream;
    private Writer writer;
    private boolean committed;
    private boolean closed;

    private AtomicOutput(Path file) throws IOException {
        this.file = file;
        if (isSpecial(file)) {
            this.temp = null;
            this.channel = null;
            try {
                this.special = Files.newOutputStream(file, StandardOpenOption.WRITE);
            } catch (IOException e) {
                throw NoSpaceLeftException.orItself(e, file);
            }
            this.guarded = new Guarded(streamSeam.apply(file, special), file);
            this.stream = new BufferedOutputStream(guarded, 1 << 16) {
                @Override
                public void close() throws IOException {
                    flush();
                }
            };
            return;
        }
        this.special = null;
        Path dir = file.toAbsolutePath().normalize().getParent();
        removeStale(dir, file.getFileName().toString());
        this.temp = dir.resolve("." + file.getFileName() + ".phonetriage-" + PID + "-" + COUNTER.incrementAndGet()
                + ".tmp");
        try {
            this.channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw NoSpaceLeftException.orItself(e, file);
        }
        IN_FLIGHT.add(temp);
        this.guarded = new Guarded(streamSeam.apply(file, Channels.newOutputStream(channel)), file);
        this.stream = new BufferedOutputStream(guarded, 1 << 16) {
            @Override
            public void close() throws IOException {
                flush(); // closing a writer over it must not close the file before commit
            }
        };
    }

    /**
     * A target that exists and is no regular file — a device (/dev/stdout, /dev/full), a named
     * pipe — is written into as it is: renaming a file over it would replace the device itself.
     */
    private static boolean isSpecial(Path file) {
        return Files.exists(file) && !Files.isRegularFile(file) && !Files.isDirectory(file);
    }

    /** Starts writing {@code file} (its folder must exist); nothing is visible there until {@link #commit}. */
    public static AtomicOutput create(Path file) throws IOException {
        return new AtomicOutput(file);
    }

    /** Writes {@code text} as UTF-8 to {@code file}, whole or not at all. */
    public static void writeString(Path file, String text) throws IOException {
        try (AtomicOutput out = create(file)) {
            out.stream().write(text.getBytes(StandardCharsets.UTF_8));
            out.commit();
        }
    }

    /** The file this output becomes. */
    public Path file() {
        return file;
    }

    /** The bytes of the file (buffered). Closing it only flushes: {@link #commit} ends the file. */
    public OutputStream stream() {
        return stream;
    }

    /**
     * The file as UTF-8 text without BOM; a lone UTF-16 surrogate taken from evidence becomes
     * U+FFFD instead of failing the output ({@link Utf8Files}). Closing it only flushes.
     */
    public Writer writer() {
        if (writer == null) {
            writer = new FilterWriter(Utf8Files.newWriter(stream)) {
                @Override
                public void close() throws IOException {
                    flush(); // as the stream: commit() ends the file
                }
            };
        }
        return writer;
    }

    /**
     * Makes the file what was written: flushes it to disk and renames it over the file.
     *
     * @throws IOException when any write failed on the way (even one a caller did not see), or
     *                     the flush or rename fails; the file is then left as it was
     */
    public void commit() throws IOException {
        if (closed) {
            throw new IllegalStateException(file + " was closed before it was committed");
        }
        try {
            if (writer != null) {
                writer.flush();
            }
            stream.flush();
            guarded.checkWritten();
            if (special != null) {
                special.close();
            } else {
                channel.force(false);
                channel.close();
                move();
            }
        } catch (IOException e) {
            close();
            throw NoSpaceLeftException.orItself(e, file);
        }
        committed = true;
        closed = true;
        if (temp != null) {
            IN_FLIGHT.remove(temp);
        }
        Journal journal = JOURNAL.get();
        if (journal != null) {
            journal.written.add(new Written(file.toAbsolutePath(), guarded.size, guarded.sha256()));
        } else {
            guarded.digest.stop(); // nobody asks for the hash: end its thread
        }
    }

    private void move() throws IOException {
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** Without {@link #commit}: forgets what was written and deletes the temporary file. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        guarded.digest.stop();
        if (special != null) {
            try {
                special.close();
            } catch (IOException e) {
                // what was written to a device or pipe cannot be taken back
            }
            return;
        }
        try {
            channel.close();
        } catch (IOException e) {
            // the file is deleted below either way
        }
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            // left for the next run's clean-up (cleanStale); it never has the output's name
        }
        IN_FLIGHT.remove(temp);
    }

    /** Whether {@link #commit} made the file. */
    public boolean committed() {
        return committed;
    }

    /**
     * Deletes the temporary files that processes no longer running (a run killed or cut short)
     * left in {@code folder} and the folders directly in it (csv/, i2/, neo4j/).
     */
    public static void cleanStale(Path folder) {
        if (!Files.isDirectory(folder)) {
            return;
        }
        removeStale(folder, null);
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder, Files::isDirectory)) {
            for (Path sub : entries) {
                removeStale(sub, null);
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // best effort, as above
        }
    }

    /**
     * Deletes the stale temporary files in {@code dir}, of {@code name} only when it is not null.
     * Best effort: one that cannot be deleted (another user's) never stops an output.
     */
    private static void removeStale(Path dir, String name) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir, p -> isStale(p, name))) {
            for (Path p : entries) {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // left as it was: it never has an output's name
                }
            }
        } catch (IOException | java.nio.file.DirectoryIteratorException e) {
            // no folder, or one that cannot be listed: creating the file says what is wrong
        }
    }

    private static boolean isStale(Path p, String name) {
        Matcher m = TEMP.matcher(p.getFileName().toString());
        if (!m.matches() || name != null && !m.group(1).equals(name)) {
            return false;
        }
        long pid = Long.parseLong(m.group(2));
        if (pid == PID) {
            // a process of a container often has the pid of the run before it: ours are the ones in flight
            return !IN_FLIGHT.contains(p.toAbsolutePath().normalize());
        }
        return ProcessHandle.of(pid).map(h -> !h.isAlive()).orElse(true);
    }

    /**
     * Deletes the temporary files being written now, for a process about to halt: what is not
     * committed must not outlive it. The files themselves keep their previous version.
     */
    public static void discardInFlight() {
        for (Path p : List.copyOf(IN_FLIGHT)) {
            try {
                Files.deleteIfExists(p);
            } catch (IOException e) {
                // the next run removes it (cleanStale)
            }
        }
    }

    /** A file made by {@link #commit}: its absolute path, size in bytes and SHA-256 (hex). */
    public record Written(Path file, long size, String sha256) {
    }

    /**
     * Starts recording, on this thread, every file committed until the journal is closed: the
     * writers of the outputs take a path, and the folder's manifest needs what each wrote.
     */
    public static Journal journal() {
        Journal j = new Journal(JOURNAL.get());
        JOURNAL.set(j);
        return j;
    }

    /** The files committed on one thread while it was open. */
    public static final class Journal implements AutoCloseable {
        private final Journal outer;
        private final List<Written> written = new ArrayList<>();

        private Journal(Journal outer) {
            this.outer = outer;
        }

        /** The files committed so far, in order. */
        public List<Written> written() {
            return List.copyOf(written);
        }

        @Override
        public void close() {
            if (outer != null) {
                outer.written.addAll(written);
                JOURNAL.set(outer);
            } else {
                JOURNAL.remove();
            }
        }
    }

    /**
     * Wraps the stream of every file created until the returned handle is closed, given the file
     * (tests: a stream that throws {@code IOException("No space left on device")} after so many
     * bytes of one output).
     */
    public static AutoCloseable wrapStreamsForTest(BiFunction<Path, OutputStream, OutputStream> wrapper) {
        streamSeam = wrapper;
        return () -> streamSeam = (file, out) -> out;
    }

    /**
     * Counts and hashes the bytes on their way to the file, and remembers a failed write: a
     * caller that swallowed it (a PrintWriter does) still cannot commit a file with a hole.
     */
    private static final class Guarded extends FilterOutputStream {
        private final Path file;
        private final BackgroundSha256 digest;
        private long size;
        private IOException failed;

        Guarded(OutputStream out, Path file) {
            super(out);
            this.file = file;
            this.digest = new BackgroundSha256(file.getFileName() == null ? "output" : file.getFileName().toString());
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            checkWritten();
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                failed = NoSpaceLeftException.orItself(e, file);
                throw failed;
            }
            digest.update(b, off, len);
            size += len;
        }

        @Override
        public void flush() throws IOException {
            checkWritten();
            try {
                out.flush();
            } catch (IOException e) {
                failed = NoSpaceLeftException.orItself(e, file);
                throw failed;
            }
        }

        @Override
        public void close() {
            // the channel is closed by commit() or close()
        }

        void checkWritten() throws IOException {
            if (failed != null) {
                throw failed;
            }
        }

        String sha256() {
            return digest.hex();
        }
    }
}
