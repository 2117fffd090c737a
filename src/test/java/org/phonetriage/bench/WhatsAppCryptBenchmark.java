package org.phonetriage.bench;

import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.phonetriage.evidence.WhatsAppBackupWriter;
import org.phonetriage.evidence.WhatsAppCrypt;

/**
 * Generates a large crypt15 backup (a real msgstore.db plus MEGABYTES of media blobs) and times
 * its streaming decryption: MB/s of the encrypted file, CPU time, peak heap. Run by
 * scripts/bench-wa-crypt; not a unit test.
 *
 * <p>Usage: {@code generate DIR MEGABYTES} (writes DIR/phone/sdcard/WhatsApp/Databases/msgstore.db.crypt15
 * and DIR/encrypted_backup.key) or {@code decrypt BACKUP KEY_FILE OUT} (OUT may be /dev/null).
 */
public final class WhatsAppCryptBenchmark {

    private WhatsAppCryptBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        if (args[0].equals("generate")) {
            Path dir = Path.of(args[1]);
            byte[] rootKey = new byte[32];
            new java.util.Random(1).nextBytes(rootKey);
            Path database = WhatsAppBackupWriter.withBlobs(WhatsAppBackupWriter.sample().database(),
                    Integer.parseInt(args[2]), dir.resolve("msgstore.db"));
            Path backup = Files.createDirectories(dir.resolve("phone/sdcard/WhatsApp/Databases"))
                    .resolve("msgstore.db.crypt15");
            WhatsAppBackupWriter.writeCrypt15(database, rootKey, 1, backup);
            WhatsAppBackupWriter.writeKeyFile(rootKey, dir.resolve("encrypted_backup.key"));
            Files.delete(database);
            System.out.printf("%s: %d MB%n", backup, Files.size(backup) >> 20);
            return;
        }
        Path backup = Path.of(args[1]);
        byte[] key = Files.readAllBytes(Path.of(args[2]));
        var thread = ManagementFactory.getThreadMXBean();
        var memory = ManagementFactory.getMemoryMXBean();
        java.util.concurrent.atomic.AtomicLong peakHeap = new java.util.concurrent.atomic.AtomicLong();
        Thread sampler = new Thread(() -> {
            while (!Thread.currentThread().isInterrupted()) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(20);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        sampler.setDaemon(true);
        sampler.start();
        long cpu = thread.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        try (InputStream in = Files.newInputStream(backup);
             OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(Path.of(args[3])), 1 << 16)) {
            WhatsAppCrypt.decrypt(in, key, 15, out);
        }
        double seconds = (System.nanoTime() - wall) / 1e9;
        sampler.interrupt();
        double cpuSeconds = (thread.getCurrentThreadCpuTime() - cpu) / 1e9;
        double mb = Files.size(backup) / 1e6;
        System.out.printf("decrypt %.0f MB: %.1f s, %.0f MB/s (CPU %.1f s, %.0f MB/s of CPU), peak heap in use %d MB"
                + " (-Xmx %d MB)%n", mb, seconds, mb / seconds, cpuSeconds, mb / cpuSeconds, peakHeap.get() >> 20,
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
