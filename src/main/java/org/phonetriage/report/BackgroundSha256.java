package org.phonetriage.report;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The SHA-256 of an output, taken on a thread of its own once the output is large, so that the
 * writing thread does not pay for it (≈ 1 s per GB here) while the other core is free. The first
 * {@link #INLINE_BYTES} are hashed on the writer's thread: most outputs are small, and a thread
 * for each would cost more than their hash. The bytes are copied into a few reused buffers, since
 * the caller reuses its own; the writer waits when the hasher is that many buffers behind.
 */
final class BackgroundSha256 {

    static final int INLINE_BYTES = 1 << 20;
    private static final int BUFFERS = 8;
    private static final int BUFFER_SIZE = 1 << 16;
    private static final Chunk END = new Chunk(new byte[0]);

    private final MessageDigest digest;
    private final String name;
    private long inline;
    private BlockingQueue<Chunk> filled;
    private BlockingQueue<Chunk> free;
    private Thread hasher;
    private String hex;

    /** A buffer and how much of it holds bytes to hash. */
    private static final class Chunk {
        final byte[] bytes;
        int length;

        Chunk(byte[] bytes) {
            this.bytes = bytes;
        }
    }

    /** {@code name}: what is hashed, for the hasher thread's name. */
    BackgroundSha256(String name) {
        this.name = name;
        try {
            this.digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
    }

    void update(byte[] b, int off, int len) {
        if (hasher == null && inline + len <= INLINE_BYTES) {
            digest.update(b, off, len);
            inline += len;
            return;
        }
        if (hasher == null) {
            start();
        }
        while (len > 0) {
            Chunk chunk = take(free);
            int n = Math.min(len, chunk.bytes.length);
            System.arraycopy(b, off, chunk.bytes, 0, n);
            chunk.length = n;
            put(chunk);
            off += n;
            len -= n;
        }
    }

    /** The hash of everything given to {@link #update}, in hex; waits for the hasher. */
    String hex() {
        if (hex == null) {
            stop();
            hex = HexFormat.of().formatHex(digest.digest());
        }
        return hex;
    }

    /** Ends the hasher thread, if one runs (an output given up on, or before {@link #hex}). */
    void stop() {
        if (hasher == null) {
            return;
        }
        put(END);
        boolean interrupted = false;
        while (true) {
            try {
                hasher.join();
                break;
            } catch (InterruptedException e) {
                interrupted = true; // the hash is needed whole: wait on, and keep the interrupt
            }
        }
        hasher = null;
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void start() {
        filled = new ArrayBlockingQueue<>(BUFFERS + 1);
        free = new ArrayBlockingQueue<>(BUFFERS);
        for (int i = 0; i < BUFFERS; i++) {
            free.add(new Chunk(new byte[BUFFER_SIZE]));
        }
        // the digest's inline updates happen-before the thread's start: it sees them
        hasher = new Thread(this::hashChunks, "sha256 " + name);
        hasher.setDaemon(true);
        hasher.start();
    }

    private void hashChunks() {
        while (true) {
            Chunk chunk = take(filled);
            if (chunk == END) {
                return;
            }
            digest.update(chunk.bytes, 0, chunk.length);
            free.add(chunk);
        }
    }

    private void put(Chunk chunk) {
        boolean interrupted = false;
        while (true) {
            try {
                filled.put(chunk);
                break;
            } catch (InterruptedException e) {
                interrupted = true; // a chunk left out would spoil the hash
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static Chunk take(BlockingQueue<Chunk> queue) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return queue.take();
                } catch (InterruptedException e) {
                    interrupted = true;
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
