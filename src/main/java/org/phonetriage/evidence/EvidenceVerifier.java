package org.phonetriage.evidence;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
                boolean encryptedBackup = isEncryptedBackup(item);
                for (Map.Entry<String, String> f : fileHashes.entrySet()) {
                    Path file = stored(item, f.getKey());
                    if (encryptedBackup && !file.equals(item.resolve(f.getKey()))) {
                        checks.add(new Check(item + "/" + f.getKey(), true, "hashed decrypted at ingest; its stored"
                                + " bytes are covered by the item's tree hash"));
                        continue;
                    }
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

    /**
     * Where a file read by a parser is stored: its own path, or in an iTunes backup, where a file
     * is recorded by its domain path, {@code xx/fileID} with fileID = SHA-1 of "domain-relativePath"
     * (the backup's own naming, as Manifest.db records it).
     */
    private static Path stored(Path item, String path) {
        Path direct = item.resolve(path);
        int slash = path.indexOf('/');
        if (Files.exists(direct) || slash < 0 || !Files.isRegularFile(item.resolve("Manifest.db"))) {
            return direct;
        }
        try {
            String id = java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-1").digest(
                    (path.substring(0, slash) + "-" + path.substring(slash + 1)).getBytes(StandardCharsets.UTF_8)));
            Path hashed = item.resolve(id.substring(0, 2)).resolve(id);
            return Files.isRegularFile(hashed) ? hashed : direct;
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static boolean isEncryptedBackup(Path item) {
        Path plist = item.resolve("Manifest.plist");
        if (!Files.isRegularFile(plist)) {
            return false;
        }
        try {
            return Plists.parse(Files.readAllBytes(plist)) instanceof com.dd.plist.NSDictionary d
                    && d.get("IsEncrypted") instanceof com.dd.plist.NSNumber n && n.boolValue();
        } catch (Exception e) {
            return false;
        }
    }

    private static Check compare(String what, String expected, String actual) {
        return expected.equals(actual) ? new Check(what, true, "sha256 " + actual)
                : new Check(what, false, "sha256 was " + expected + ", is now " + actual);
    }
}
