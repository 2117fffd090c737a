package org.phonetriage.testimages;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.Zip64Mode;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;

/**
 * Packs an extraction folder as tar, zip or a plain folder so that the bytes depend only on the
 * files' contents: entries sorted by path, one fixed mtime, fixed modes and owners, no extra
 * fields, no compression.
 */
final class Packager {

    /** 2024-01-01T00:00:00Z, the mtime of every entry. */
    static final Instant MTIME = Instant.parse("2024-01-01T00:00:00Z");
    /** Android keeps provider databases rw for owner and group, their folders rwx plus x for others. */
    private static final int FILE_MODE = 0660;
    private static final int DIR_MODE = 0771;

    private Packager() {
    }

    /** The files and folders under root, '/'-separated, folders ending in '/', sorted. */
    static List<String> entries(Path root) throws IOException {
        TreeSet<String> names = new TreeSet<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.equals(root)) {
                    continue;
                }
                String rel = root.relativize(p).toString().replace('\\', '/');
                names.add(Files.isDirectory(p) ? rel + "/" : rel);
            }
        }
        return new ArrayList<>(names);
    }

    static void tar(Path root, Path tarFile) throws IOException {
        try (OutputStream out = Files.newOutputStream(tarFile);
             TarArchiveOutputStream tar = new TarArchiveOutputStream(out)) {
            tar.setLongFileMode(TarArchiveOutputStream.LONGFILE_POSIX);
            tar.setBigNumberMode(TarArchiveOutputStream.BIGNUMBER_POSIX);
            for (String name : entries(root)) {
                boolean dir = name.endsWith("/");
                TarArchiveEntry e = new TarArchiveEntry(name);
                e.setModTime(FileTime.from(MTIME));
                e.setMode((dir ? 040000 : 0100000) | (dir ? DIR_MODE : FILE_MODE));
                // Without these the entry would carry the name of whoever ran the generator.
                e.setUserId(0);
                e.setGroupId(0);
                e.setUserName("root");
                e.setGroupName("root");
                if (!dir) {
                    e.setSize(Files.size(root.resolve(name)));
                }
                tar.putArchiveEntry(e);
                if (!dir) {
                    Files.copy(root.resolve(name), tar);
                }
                tar.closeArchiveEntry();
            }
            tar.finish();
        }
    }

    static void zip(Path root, Path zipFile) throws IOException {
        Files.deleteIfExists(zipFile);
        // DOS times are local wall-clock times: take the instant that reads 2024-01-01 00:00
        // in this JVM's zone, so the stored fields are the same whatever the zone.
        long dosMidnight = LocalDateTime.of(2024, 1, 1, 0, 0).atZone(ZoneId.systemDefault()).toInstant()
                .toEpochMilli();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(zipFile)) {
            zip.setUseZip64(Zip64Mode.Never);
            // Stored, not deflated: deflate output depends on the zlib build (zlib, zlib-ng...),
            // and the committed hashes must not.
            zip.setMethod(ZipArchiveEntry.STORED);
            for (String name : entries(root)) {
                boolean dir = name.endsWith("/");
                ZipArchiveEntry e = new ZipArchiveEntry(name);
                e.setTime(dosMidnight);
                e.setUnixMode((dir ? 040000 : 0100000) | (dir ? DIR_MODE : FILE_MODE));
                zip.putArchiveEntry(e);
                if (!dir) {
                    Files.copy(root.resolve(name), zip);
                }
                zip.closeArchiveEntry();
            }
            zip.finish();
        }
    }

    /** Copies the tree to a folder extraction and gives every file and folder the fixed mtime. */
    static void folder(Path root, Path target) throws IOException {
        for (String name : entries(root)) {
            Path to = target.resolve(name);
            if (name.endsWith("/")) {
                Files.createDirectories(to);
            } else {
                Files.createDirectories(to.getParent());
                Files.copy(root.resolve(name), to);
            }
        }
        FileTime t = FileTime.from(MTIME);
        List<String> all = entries(target);
        // Deepest first, so setting a folder's time is not undone by touching its children.
        all.sort(Comparator.comparingInt((String s) -> s.length()).reversed());
        for (String name : all) {
            Files.setLastModifiedTime(target.resolve(name), t);
        }
        Files.setLastModifiedTime(target, t);
    }

    static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path q : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
