package org.phonetriage.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.tar.TarConstants;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;

/** Builds archives at test time; nothing binary is committed. */
final class Fixtures {

    private Fixtures() {
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    /** Independent of the code under test: plain JDK digest of the whole file. */
    static String sha256Of(Path file) throws Exception {
        return HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    static String read(EvidenceTree tree, String path) throws IOException {
        try (InputStream in = tree.open(tree.find(path).orElseThrow())) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    // ---------------------------------------------------------------- zip

    static final class Zip implements AutoCloseable {
        private final ZipArchiveOutputStream out;

        Zip(Path file) throws IOException {
            out = new ZipArchiveOutputStream(file);
        }

        Zip file(String name, String content) throws IOException {
            out.putArchiveEntry(new ZipArchiveEntry(name));
            out.write(utf8(content));
            out.closeArchiveEntry();
            return this;
        }

        Zip zeros(String name, long bytes) throws IOException {
            out.putArchiveEntry(new ZipArchiveEntry(name));
            byte[] block = new byte[1 << 20];
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
            out.closeArchiveEntry();
            return this;
        }

        Zip symlink(String name, String target) throws IOException {
            ZipArchiveEntry entry = new ZipArchiveEntry(name);
            entry.setUnixMode(UnixStat.LINK_FLAG | 0777);
            out.putArchiveEntry(entry);
            out.write(utf8(target));
            out.closeArchiveEntry();
            return this;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }

    /** Rewrites every central-directory "uncompressed size" field: a header that lies. */
    static void lieAboutSizes(Path zip, int declared) throws IOException {
        byte[] b = Files.readAllBytes(zip);
        for (int i = 0; i + 28 <= b.length; i++) {
            if (b[i] == 'P' && b[i + 1] == 'K' && b[i + 2] == 1 && b[i + 3] == 2) {
                for (int k = 0; k < 4; k++) {
                    b[i + 24 + k] = (byte) (declared >>> (8 * k));
                }
            }
        }
        Files.write(zip, b);
    }

    // ---------------------------------------------------------------- tar

    static final class Tar implements AutoCloseable {
        private final OutputStream file;
        private final TarArchiveOutputStream out;

        Tar(Path path, boolean gzip) throws IOException {
            file = Files.newOutputStream(path);
            out = new TarArchiveOutputStream(gzip ? new GzipCompressorOutputStream(file) : file);
            out.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            out.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
        }

        Tar file(String name, String content) throws IOException {
            byte[] bytes = utf8(content);
            TarArchiveEntry entry = new TarArchiveEntry(name, true); // keep '/' and '..' as given
            entry.setSize(bytes.length);
            out.putArchiveEntry(entry);
            out.write(bytes);
            out.closeArchiveEntry();
            return this;
        }

        Tar zeros(String name, long bytes) throws IOException {
            TarArchiveEntry entry = new TarArchiveEntry(name, true);
            entry.setSize(bytes);
            out.putArchiveEntry(entry);
            byte[] block = new byte[1 << 20];
            for (long left = bytes; left > 0; left -= block.length) {
                out.write(block, 0, (int) Math.min(block.length, left));
            }
            out.closeArchiveEntry();
            return this;
        }

        Tar link(String name, String target, byte type) throws IOException {
            TarArchiveEntry entry = new TarArchiveEntry(name, type, true);
            entry.setLinkName(target);
            out.putArchiveEntry(entry);
            out.closeArchiveEntry();
            return this;
        }

        Tar symlink(String name, String target) throws IOException {
            return link(name, target, TarConstants.LF_SYMLINK);
        }

        Tar hardlink(String name, String target) throws IOException {
            return link(name, target, TarConstants.LF_LINK);
        }

        Tar device(String name) throws IOException {
            out.putArchiveEntry(new TarArchiveEntry(name, TarConstants.LF_CHR, true));
            out.closeArchiveEntry();
            return this;
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
