package org.phonetriage.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.io.file.PathUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Damaged copies of the committed iPhone backup D10: each damage is a problem naming the file and
 * the reason, and whatever can still be read is.
 */
class IosBadInputTest {

    @TempDir
    Path tmp;

    private Path copy(String name) throws Exception {
        Path target = tmp.resolve(name);
        PathUtils.copyDirectory(Path.of("test-images/D10-ios-backup"), target);
        return target;
    }

    @Test
    void eachDamageIsNamedAndTheRestIsRead() throws Exception {
        Path truncated = copy("truncated-manifest");
        byte[] manifest = Files.readAllBytes(truncated.resolve("Manifest.db"));
        Files.write(truncated.resolve("Manifest.db"), java.util.Arrays.copyOf(manifest, 1000));
        Path badPlists = copy("bad-plists");
        Files.writeString(badPlists.resolve("Info.plist"), "this is not a property list");
        Files.writeString(badPlists.resolve("Manifest.plist"), "neither is this");
        Path missing = copy("missing-files");
        Files.delete(missing.resolve("Info.plist"));
        try (var files = Files.list(missing)) {
            // the first content folder holds AddressBook.sqlitedb, not sms.db
            Path first = files.filter(p -> p.getFileName().toString().length() == 2).sorted().findFirst().orElseThrow();
            PathUtils.deleteDirectory(first);
        }

        BadInputTest.Run run = BadInputTest.Run.of(List.of("triage", "--out", tmp.resolve("out").toString(),
                truncated.toString(), badPlists.toString(), missing.toString()));
        assertEquals(Main.PROBLEMS, run.exit(), run.err());
        assertTrue(!run.err().contains("Exception") && !run.err().contains("\tat "), run.err());
        String err = run.err();
        assertTrue(err.contains("truncated-manifest: Manifest.db: Manifest.db cannot be read"), err);
        assertTrue(err.contains("bad-plists: Info.plist: failed while reading with ios.device-identity-plist"
                + " (not a readable property list"), err);
        assertTrue(err.contains("bad-plists: Manifest.plist: not a property list"), err);
        assertTrue(err.contains("missing-files: Info.plist: missing from the backup"), err);
        assertTrue(err.contains("missing-files: Manifest.db: 1 files listed in Manifest.db are not in the backup"), err);
        // the databases are still found by their schema, under their hashed names when the manifest is lost
        assertEquals(List.of("bad-plists|3", "missing-files|3", "truncated-manifest|3"), CaseQuery.column(
                tmp.resolve("out/case.db"), "SELECT d.label || '|' || (SELECT count(*) FROM messages m"
                        + " WHERE m.device_id = d.id) FROM devices d ORDER BY d.label"));
    }
}
