package org.phonetriage.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.tar.TarUtils;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;

/**
 * Which container a file is. Content decides first (examiners receive "export.bin" and
 * "D01.tar.gz.part" as often as tidy names); the extension is the fallback for what magic cannot
 * prove, such as an empty tar or a zip with data prepended.
 */
enum ContainerFormat {
    ZIP, TAR, TAR_GZ, ANDROID_BACKUP, UNKNOWN;

    private static final int TAR_BLOCK = 512;

    static ContainerFormat detect(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(TAR_BLOCK);
        }
        if (isZip(head)) {
            return ZIP;
        }
        if (new String(head, 0, Math.min(head.length, 15), java.nio.charset.StandardCharsets.US_ASCII)
                .equals(AndroidBackup.MAGIC + "\n")) {
            return ANDROID_BACKUP;
        }
        if (GzipCompressorInputStream.matches(head, head.length)) {
            return gzipHoldsTar(file) || byExtension(file) == TAR_GZ ? TAR_GZ : UNKNOWN;
        }
        if (isTarHeader(head)) {
            return TAR;
        }
        ContainerFormat guess = byExtension(file);
        // a .tar.gz without gzip magic cannot be read as one; say so rather than guess
        return guess == TAR_GZ ? UNKNOWN : guess;
    }

    static ContainerFormat byExtension(Path file) {
        String name = String.valueOf(file.getFileName()).toLowerCase(Locale.ROOT);
        if (name.endsWith(".zip")) {
            return ZIP;
        }
        if (name.endsWith(".tar.gz") || name.endsWith(".tgz")) {
            return TAR_GZ;
        }
        if (name.endsWith(".ab")) {
            return ANDROID_BACKUP;
        }
        return name.endsWith(".tar") ? TAR : UNKNOWN;
    }

    /** Local file header, empty archive, or spanned-archive marker. */
    private static boolean isZip(byte[] h) {
        return h.length >= 4 && h[0] == 'P' && h[1] == 'K'
                && ((h[2] == 3 && h[3] == 4) || (h[2] == 5 && h[3] == 6)
                || (h[2] == 7 && h[3] == 8));
    }

    /** POSIX/GNU magic, or a pre-POSIX (v7) header whose checksum is right. */
    private static boolean isTarHeader(byte[] h) {
        if (TarArchiveInputStream.matches(h, h.length)) {
            return true;
        }
        try {
            return h.length == TAR_BLOCK && TarUtils.verifyCheckSum(h);
        } catch (IllegalArgumentException notOctal) {
            return false;
        }
    }

    private static boolean gzipHoldsTar(Path file) {
        try (InputStream in = GzipCompressorInputStream.builder().setPath(file).get()) {
            return isTarHeader(in.readNBytes(TAR_BLOCK));
        } catch (IOException | RuntimeException e) {
            return false; // corrupt gzip: only the extension can still claim it is a tar.gz
        }
    }
}
