package org.phonetriage.evidence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HashingTest {

    @TempDir
    Path tmp;

    private Path folderItem() throws Exception {
        Path item = Files.createDirectories(tmp.resolve("item"));
        Files.createDirectories(item.resolve("sub"));
        Files.writeString(item.resolve("sub/b.db"), "bbb");
        Files.writeString(item.resolve("a.txt"), "abc");
        return item;
    }

    @Test
    void streamAndFileHashesAreStandardSha256() throws Exception {
        String abc = "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad";
        assertEquals(abc, TreeHash.sha256(new ByteArrayInputStream(Fixtures.utf8("abc"))));
        Path file = Files.writeString(tmp.resolve("abc"), "abc");
        assertEquals(abc, TreeHash.sha256(file));
    }

    @Test
    void folderHashIsTheHashOfTheSortedListing() throws Exception {
        Path item = folderItem();
        String expected = TreeHash.sha256(
                TreeHash.sha256(item.resolve("a.txt")) + "  a.txt\n"
                + TreeHash.sha256(item.resolve("sub/b.db")) + "  sub/b.db\n");
        String first;
        try (EvidenceTree tree = EvidenceOpener.open(item, null, tmp, null)) {
            first = tree.sha256();
            assertEquals(expected, first);
            assertEquals(first, tree.sha256());
        }
        try (EvidenceTree tree = EvidenceOpener.open(item, null, tmp, null)) {
            assertEquals(first, tree.sha256(), "stable across opens");
        }
        Files.writeString(item.resolve("a.txt"), "abd");
        try (EvidenceTree tree = EvidenceOpener.open(item, null, tmp, null)) {
            assertNotEquals(first, tree.sha256());
        }
    }

    @Test
    void folderHashKeepsTheListingsOrderWhenFilesAreHashedInParallel() throws Exception {
        Path item = Files.createDirectories(tmp.resolve("many"));
        StringBuilder listing = new StringBuilder();
        for (int i = 0; i < 60; i++) {
            String name = String.format("d%d/f%02d.bin", i % 3, i);
            Path file = Files.createDirectories(item.resolve(name).getParent()).resolve(name.substring(3));
            // sizes from empty to 600 kB, so the threads finish out of order
            Files.write(file, Fixtures.utf8(String.valueOf(i).repeat((i * 7919) % 60 * 2_000)));
        }
        try (var files = Files.walk(item)) {
            for (Path f : files.filter(Files::isRegularFile).sorted().toList()) {
                listing.append(TreeHash.sha256(f)).append("  ").append(item.relativize(f)).append('\n');
            }
        }
        try (EvidenceTree tree = EvidenceOpener.open(item, null, tmp, null)) {
            assertTrue(tree.concurrentReads());
            assertEquals(TreeHash.sha256(listing.toString()), tree.sha256());
        }
    }

    @Test
    void archiveHashIsTheHashOfTheArchiveFile() throws Exception {
        Path zip = tmp.resolve("x.zip");
        try (Fixtures.Zip z = new Fixtures.Zip(zip)) {
            z.file("a.txt", "a");
        }
        Path tgz = tmp.resolve("x.tgz");
        try (Fixtures.Tar t = new Fixtures.Tar(tgz, true)) {
            t.file("a.txt", "a");
        }
        for (Path archive : new Path[] {zip, tgz}) {
            try (EvidenceTree tree = EvidenceOpener.open(archive, null, tmp.resolve("w"), null)) {
                assertEquals(Fixtures.sha256Of(archive), tree.sha256());
            }
        }
    }

    @Test
    void copyWithHashMatchesTheSource() throws Exception {
        Path item = folderItem();
        try (EvidenceTree tree = EvidenceOpener.open(item, null, tmp, null)) {
            EvidenceEntry db = tree.find("sub/b.db").orElseThrow();
            Path dest = tmp.resolve("work/copies/b.db");
            String hash = Staging.copyWithHash(tree, db, dest);
            assertEquals(Fixtures.sha256Of(item.resolve("sub/b.db")), hash);
            assertEquals(hash, Fixtures.sha256Of(dest));
            assertEquals(hash, Staging.copyWithHash(tree, db, dest), "overwrites an old copy");
        }
    }

    @Test
    void openingAndReadingNeverChangesTheEvidence() throws Exception {
        Path folder = folderItem();
        Path zip = tmp.resolve("e.zip");
        try (Fixtures.Zip z = new Fixtures.Zip(zip)) {
            z.file("a.txt", "a").file("../bad", "x");
        }
        Path tgz = tmp.resolve("e.tar.gz");
        try (Fixtures.Tar t = new Fixtures.Tar(tgz, true)) {
            t.file("a.txt", "a").symlink("l", "/etc");
        }
        for (Path item : new Path[] {folder, zip, tgz}) {
            String before = hashOfItem(item);
            FileTime modified = Files.getLastModifiedTime(item);
            try (EvidenceTree tree = EvidenceOpener.open(item, null, tmp.resolve("w"), null)) {
                for (EvidenceEntry e : tree.entries()) {
                    try (InputStream in = tree.open(e)) {
                        in.readAllBytes();
                    }
                    Staging.copyWithHash(tree, e, tmp.resolve("w/copy"));
                }
                tree.sha256();
            }
            assertEquals(before, hashOfItem(item), item.toString());
            assertEquals(modified, Files.getLastModifiedTime(item));
        }
    }

    private String hashOfItem(Path item) throws Exception {
        if (Files.isDirectory(item)) {
            try (EvidenceTree tree = EvidenceOpener.open(item, null, tmp, null)) {
                return tree.sha256();
            }
        }
        return Fixtures.sha256Of(item);
    }
}
