package org.phonetriage.report;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * A disk that fills up, without root or a tmpfs: the stream of each output chosen takes so many
 * bytes, then fails as the JDK reports ENOSPC ({@code IOException("No space left on device")}).
 */
public final class FullDisk implements AutoCloseable {

    private final AutoCloseable seam;

    private FullDisk(Predicate<Path> which, long room) {
        this.seam = AtomicOutput.wrapStreamsForTest((file, out) -> which.test(file) ? new Filling(out, room) : out);
    }

    /** Outputs whose file {@code which} accepts fail after {@code room} bytes, until closed. */
    public static FullDisk after(long room, Predicate<Path> which) {
        return new FullDisk(which, room);
    }

    @Override
    public void close() throws Exception {
        seam.close();
    }

    private static final class Filling extends FilterOutputStream {
        private long room;

        Filling(OutputStream out, long room) {
            super(out);
            this.room = room;
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            if (len > room) {
                out.write(b, off, (int) room); // what fits is written, as a real disk does
                room = 0;
                throw new IOException("No space left on device");
            }
            out.write(b, off, len);
            room -= len;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }
    }
}
