package org.phonetriage.detect;

import java.util.ArrayList;
import java.util.List;
import org.phonetriage.evidence.EvidenceEntry;
import org.phonetriage.parsers.FileParser;

/**
 * What runs on which file of one evidence item, as {@link ParsePlanner} decided it: one step per
 * file in the item's order, and the files no parser claims. A database is claimed or not by its
 * schema, known only once ingest has staged a copy: {@link #claim} completes the plan for it.
 */
public final class ParsePlan {

    /** One file's fate. */
    public sealed interface Step permits ReadByContainer, EncryptedDatabase, SignalCipherDatabase, ThreemaCipherDatabase, Database,
            CodeParsed, InReadFolder, Unclaimed, Unreadable {
        EvidenceEntry entry();
    }

    /** A file the evidence reader read to open the item (an iTunes backup's Manifest.db). */
    public record ReadByContainer(EvidenceEntry entry) implements Step {
    }

    /** A WhatsApp backup (msgstore.db.crypt15 …): decrypted with the key, then claimed by its schema. */
    public record EncryptedDatabase(EvidenceEntry entry, int cryptVersion) implements Step {
    }

    /** Signal's SQLCipher signal.db: decrypted with --signal-key, then claimed by its schema. */
    public record SignalCipherDatabase(EvidenceEntry entry) implements Step {
    }

    /** Threema's SQLCipher threema4.db: decrypted with the key of files/key.dat, then claimed by its schema. */
    public record ThreemaCipherDatabase(EvidenceEntry entry) implements Step {
    }

    /** A SQLite database: staged with its -wal/-shm/-journal, then claimed by its schema. */
    public record Database(EvidenceEntry entry) implements Step {
    }

    /** A file the code parsers read straight from the evidence. */
    public record CodeParsed(EvidenceEntry entry, String type, List<FileParser> parsers) implements Step {
    }

    /**
     * A file inside a folder a code parser reads as a whole (an NSURLCache's {@code fsCachedData/}):
     * read if that parser reads it when it runs; one it leaves unread becomes unclaimed through
     * {@link #leftInFolder}, so only the files a parser actually reads leave the "not read" list.
     */
    public record InReadFolder(EvidenceEntry entry) implements Step {
    }

    /**
     * A file no parser reads. {@code knownName}: it has the name of a database a definition reads
     * (a "calllog.db" that is no database is a problem, not just an unread file).
     */
    public record Unclaimed(EvidenceEntry entry, String type, boolean knownName) implements Step {
    }

    /** A file whose first bytes could not be read to tell its type. */
    public record Unreadable(EvidenceEntry entry, String reason) implements Step {
    }

    private final ParsePlanner planner;
    private final List<Step> steps;
    private final List<Unclaimed> unclaimed = new ArrayList<>();

    ParsePlan(ParsePlanner planner, List<Step> steps) {
        this.planner = planner;
        this.steps = List.copyOf(steps);
        steps.stream().filter(s -> s instanceof Unclaimed).forEach(s -> unclaimed.add((Unclaimed) s));
    }

    /** Every file that is read, parsed or left unread, in the item's order (companions and claimed folders' files aside). */
    public List<Step> steps() {
        return steps;
    }

    /**
     * The files no parser claims: those no code parser accepts and the databases no definition
     * matched (as far as ingest has staged them), in the item's order. The "not read" list and the
     * sweep read these.
     */
    public List<Unclaimed> unclaimed() {
        java.util.Map<String, Integer> order = new java.util.HashMap<>();
        for (int i = 0; i < steps.size(); i++) {
            order.put(steps.get(i).entry().path(), i);
        }
        List<Unclaimed> ordered = new ArrayList<>(unclaimed);
        ordered.sort(java.util.Comparator.comparingInt(u -> order.getOrDefault(u.entry().path(), -1)));
        return ordered;
    }

    /** Completes the plan for a staged database: what reads it, by its schema ({@link ParsePlanner#claim}). */
    public ParsePlanner.DatabaseClaim claim(EvidenceEntry entry, org.phonetriage.parsers.sqlite.SqliteSchema schema) {
        return planner.claim(this, entry, schema);
    }

    /**
     * A file of a read folder its parser did not read (after the parsers ran): unclaimed, typed by
     * its content, for the "not read" list and the sweep.
     *
     * @throws IOException when its first bytes cannot be read to tell its type
     */
    public Unclaimed leftInFolder(org.phonetriage.evidence.EvidenceTree tree, InReadFolder file) throws java.io.IOException {
        Unclaimed u = new Unclaimed(file.entry(), planner.typeOf(tree, file.entry()), false);
        unclaimed.add(u);
        return u;
    }

    void addUnclaimed(Unclaimed file) {
        unclaimed.add(file);
    }
}
