package org.phonetriage.detect;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.phonetriage.evidence.EvidenceEntry;
import org.phonetriage.evidence.EvidenceTree;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.FileParsers;
import org.phonetriage.parsers.signal.SignalDatabase;
import org.phonetriage.parsers.sqlite.SqliteDefinition;
import org.phonetriage.parsers.threema.ThreemaDatabase;
import org.phonetriage.parsers.sqlite.SqliteSchema;

/**
 * Decides what runs on which file of an evidence item: which code parsers read a file, which files
 * are databases to stage (and, once staged, which definitions read them), which travel with a
 * database or inside a folder a parser reads whole, and which nobody claims. Ingest only executes
 * the plan; the "not read" list and the sweep take the unclaimed files from it.
 */
public final class ParsePlanner {

    /** SQLite keeps part of a database beside it; these travel with the main file. */
    public static final List<String> COMPANIONS = List.of("-wal", "-shm", "-journal");

    /**
     * Parsed in this order, so the region clues (the SIM, then the countries of the calls and the
     * SMS centres of the messages) are known before the address book, which has none of its own.
     */
    private static final Map<String, Integer> RECORD_ORDER = Map.of("identity", 0, "sim", 0, "own", 0, "call", 1,
            "message", 2, "contact", 3);

    /** WhatsApp's encrypted backups: msgstore.db.crypt15, wa.db.crypt14 ... */
    private static final Pattern WHATSAPP_CRYPT = Pattern.compile("(.+)\\.crypt(12|14|15)");

    private final SqliteMatcher matcher;
    private final FileParsers fileParsers;
    private final FileTypeDetector detector = new FileTypeDetector();

    public ParsePlanner(SqliteMatcher matcher, FileParsers fileParsers) {
        this.matcher = matcher;
        this.fileParsers = fileParsers;
    }

    /**
     * Plans an item: every file's step in the item's order. {@code beforeEach} runs before each
     * file is looked at (ingest's stop check).
     */
    public ParsePlan plan(EvidenceTree tree, Runnable beforeEach) {
        List<ParsePlan.Step> steps = new ArrayList<>();
        Set<String> claimed = claimedFolders(tree);
        for (EvidenceEntry entry : tree.entries()) {
            beforeEach.run();
            if (isCompanion(tree, entry) || readBeside(entry.path()) || ThreemaDatabase.isKeyFileOfEncrypted(tree, entry)) {
                continue;
            }
            if (isClaimed(entry.path(), claimed)) {
                steps.add(new ParsePlan.InReadFolder(entry));
                continue;
            }
            if (tree.readsItself(entry.path())) {
                steps.add(new ParsePlan.ReadByContainer(entry));
                continue;
            }
            int cryptVersion = cryptVersion(entry);
            if (cryptVersion > 0) {
                steps.add(new ParsePlan.EncryptedDatabase(entry, cryptVersion));
                continue;
            }
            if (SignalDatabase.isEncrypted(tree, entry)) {
                steps.add(new ParsePlan.SignalCipherDatabase(entry));
                continue;
            }
            if (ThreemaDatabase.isEncrypted(tree, entry)) {
                steps.add(new ParsePlan.ThreemaCipherDatabase(entry));
                continue;
            }
            String type;
            try (InputStream in = tree.open(entry)) {
                type = detector.detect(in);
            } catch (IOException e) {
                steps.add(new ParsePlan.Unreadable(entry, e.getMessage()));
                continue;
            }
            List<FileParser> readers = fileParsers.matching(entry.path(), type);
            // a database a code parser reads with the files beside it (an app's NSURLCache) is its, not a definition's
            if (FileTypeDetector.SQLITE.equals(type) && readers.isEmpty()) {
                steps.add(new ParsePlan.Database(entry));
                continue;
            }
            steps.add(readers.isEmpty() ? new ParsePlan.Unclaimed(entry, type, matcher.isKnownName(entry.path()))
                    : new ParsePlan.CodeParsed(entry, type, readers));
        }
        return new ParsePlan(this, steps);
    }

    /** The type of a file's content (see {@link FileTypeDetector}). */
    String typeOf(EvidenceTree tree, EvidenceEntry entry) throws IOException {
        try (InputStream in = tree.open(entry)) {
            return detector.detect(in);
        }
    }

    /** What reads a staged database. */
    public record DatabaseClaim(List<SqliteDefinition> definitions, boolean knownName) {
        public boolean unclaimed() {
            return definitions.isEmpty();
        }
    }

    /**
     * The definitions that read a database with this schema (at most one per artifact); none puts
     * the database in the plan's unclaimed files.
     */
    public DatabaseClaim claim(ParsePlan plan, EvidenceEntry entry, SqliteSchema schema) {
        List<SqliteDefinition> matches = matcher.match(schema, entry.path());
        boolean knownName = matcher.isKnownName(entry.path());
        if (matches.isEmpty()) {
            plan.addUnclaimed(new ParsePlan.Unclaimed(entry, FileTypeDetector.SQLITE, knownName));
        }
        return new DatabaseClaim(matches, knownName);
    }

    /**
     * The order jobs run in: by what they yield ({@link #RECORD_ORDER}), then by file and parser,
     * so a run never depends on the order of the item's entries.
     */
    public static <J> Comparator<J> runOrder(java.util.function.Function<J, String> yields,
                                             java.util.function.Function<J, String> path,
                                             java.util.function.Function<J, String> parserId) {
        return Comparator.comparing((J j) -> RECORD_ORDER.getOrDefault(yields.apply(j), 2))
                .thenComparing(path).thenComparing(parserId);
    }

    /** A -wal/-shm/-journal beside its database: staged with it, not on its own. */
    public static boolean isCompanion(EvidenceTree tree, EvidenceEntry entry) {
        for (String suffix : COMPANIONS) {
            if (entry.path().endsWith(suffix)
                    && tree.find(entry.path().substring(0, entry.path().length() - suffix.length())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    /** The version of a WhatsApp backup this tool decrypts (12, 14, 15), or 0. */
    public static int cryptVersion(EvidenceEntry entry) {
        var m = WHATSAPP_CRYPT.matcher(entry.name());
        return m.matches() ? Integer.parseInt(m.group(2)) : 0;
    }

    /** Folders a parser reads as a whole (a SIM's EF tree), from the file that anchors each. */
    private Set<String> claimedFolders(EvidenceTree tree) {
        Set<String> folders = new TreeSet<>();
        for (EvidenceEntry entry : tree.entries()) {
            for (FileParser p : fileParsers.matching(entry.path(), null)) {
                String folder = p.readsFolder(entry.path());
                if (folder != null) {
                    folders.add(folder.endsWith("/") || folder.isEmpty() ? folder : folder + "/");
                }
            }
        }
        return folders;
    }

    /** A file a parser reads with another (Telegram's key file with each account's database). */
    private boolean readBeside(String path) {
        return fileParsers.all().stream().anyMatch(p -> p.readsBeside(path));
    }

    /** A file inside a claimed folder is its parser's to read or leave, except the anchor itself. */
    private boolean isClaimed(String path, Set<String> claimed) {
        for (String folder : claimed) {
            if (path.startsWith(folder) && fileParsers.matching(path, null).stream()
                    .noneMatch(p -> p.readsFolder(path) != null)) {
                return true;
            }
        }
        return false;
    }
}
