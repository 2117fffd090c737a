package org.phonetriage.evidence;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The manifest names the backup's files; a damaged row names nothing and invents no "null/null". */
class ItunesBackupTreeTest {

    @TempDir
    Path tmp;

    @Test
    void aManifestRowWithoutItsDomainLeavesTheFileUnderItsHashedName() throws Exception {
        Path backup = tmp.resolve("backup");
        Path d10 = Path.of("test-images/D10-ios-backup");
        try (Stream<Path> files = Files.walk(d10)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                Path copy = backup.resolve(d10.relativize(f).toString());
                Files.createDirectories(copy.getParent());
                Files.copy(f, copy);
            }
        }
        String fileId;
        try (Connection db = DriverManager.getConnection("jdbc:sqlite:" + backup.resolve("Manifest.db"));
             Statement st = db.createStatement()) {
            var rs = st.executeQuery("SELECT fileID FROM Files WHERE flags = 1 ORDER BY fileID LIMIT 1");
            rs.next();
            fileId = rs.getString(1);
            rs.close();
            st.execute("UPDATE Files SET domain = NULL WHERE fileID = '" + fileId + "'");
        }
        Path work = Files.createDirectories(tmp.resolve("work"));
        try (EvidenceTree tree = ItunesBackupTree.wrapIfBackup(
                FolderTree.open(backup, "t", ExtractionLimits.defaults()), work, List.of())) {
            List<String> paths = tree.entries().stream().map(EvidenceEntry::path).toList();
            assertTrue(paths.stream().noneMatch(p -> p.startsWith("null/")), paths.toString());
            assertTrue(paths.stream().anyMatch(p -> p.endsWith(fileId)), "kept under its hashed name: " + paths);
        }
    }
}
