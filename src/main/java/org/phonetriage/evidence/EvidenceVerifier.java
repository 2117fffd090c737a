package org.phonetriage.evidence;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Proves that evidence has not changed since it was ingested: re-hashes an item (and, for a
 * folder, every file a parser read) and compares with what the case recorded.
 */
public final class EvidenceVerifier {

    private EvidenceVerifier() {
    }

    /** One check: what was compared, and whether it still matches. */
    public record Check(String what, boolean ok, String detail) {
    }

    /**
     * @param item        the item as recorded
     * @param recorded    its recorded SHA-256 (null when it could not be opened at ingest)
     * @param fileHashes  path inside the item → recorded SHA-256 of each file a parser read
     */
    public static List<Check> verify(Path item, String recorded, Map<String, String> fileHashes) {
        List<Check> checks = new ArrayList<>();
        if (recorded == null) {
            checks.add(new Check(item.toString(), true, "not opened at ingest: nothing to compare"));
            return checks;
        }
        if (!Files.exists(item)) {
            checks.add(new Check(item.toString(), false, "missing"));
            return checks;
        }
        try {
            if (Files.isDirectory(item)) {
                try (EvidenceTree tree = EvidenceOpener.open(item, null, null, null)) {
                    checks.add(compare(item.toString(), recorded, tree.sha256()));
                }
                for (Map.Entry<String, String> f : fileHashes.entrySet()) {
                    Path file = item.resolve(f.getKey());
                    checks.add(Files.isRegularFile(file)
                            ? compare(item + "/" + f.getKey(), f.getValue(), TreeHash.sha256(file))
                            : new Check(item + "/" + f.getKey(), false, "missing"));
                }
            } else {
                // an archive's own hash covers every byte of every file inside it
                checks.add(compare(item.toString(), recorded, TreeHash.sha256(item)));
            }
        } catch (IOException | EvidenceException e) {
            checks.add(new Check(item.toString(), false, "cannot be read: " + e.getMessage()));
        }
        return checks;
    }

    private static Check compare(String what, String expected, String actual) {
        return expected.equals(actual) ? new Check(what, true, "sha256 " + actual)
                : new Check(what, false, "sha256 was " + expected + ", is now " + actual);
    }
}
