package org.phonetriage.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.sql.SQLException;
import org.apache.commons.io.IOUtils;
import org.phonetriage.detect.ContentSummary;
import org.phonetriage.detect.UnreadCategory;
import org.phonetriage.evidence.EvidenceEntry;
import org.phonetriage.evidence.EvidenceTree;
import org.phonetriage.evidence.TreeHash;
import org.phonetriage.store.CaseWriter;

/**
 * Records what a file no parser reads holds, while ingest can still see it: a database's tables and
 * row counts from its staged copy (which is deleted when the item is done), a plist's top-level keys,
 * an XML file's root element. Reports list these files from the case ({@code unread_files}); the
 * other unread files are only counted there ({@link UnreadCategory}).
 */
final class UnreadFileRecorder {

    /** A plist is parsed whole for its keys up to this size; beyond, it is only hashed. */
    static final int PLIST_LIMIT = 32 << 20;
    /** An XML file's root element is looked for in its first bytes. */
    static final int XML_PREFIX = 64 << 10;

    private final CaseWriter writer;
    /** The current item's unread files by path: their file ids, and a database's staged copy (for the sweep). */
    private final java.util.Map<String, Long> fileIds = new java.util.HashMap<>();
    private final java.util.Map<String, Path> stagedCopies = new java.util.HashMap<>();

    UnreadFileRecorder(CaseWriter writer) {
        this.writer = writer;
    }

    /** Forgets the previous item's files. */
    void startItem() {
        fileIds.clear();
        stagedCopies.clear();
    }

    /** The file id an unread file of the current item was listed under, or null. */
    Long fileId(String path) {
        return fileIds.get(path);
    }

    /** The staged copy of an unread database of the current item, or null. */
    Path staged(String path) {
        return stagedCopies.get(path);
    }

    /** A staged database no definition matches: its tables and their row counts. */
    void database(String path, long fileId, Path staged) throws SQLException {
        fileIds.put(path, fileId);
        stagedCopies.put(path, staged);
        String tables = null;
        String note = null;
        try {
            tables = ContentSummary.sqliteTables(staged);
        } catch (SQLException e) {
            note = "tables not counted (" + DatabaseStager.sqliteReason(e) + ")";
        }
        writer.unreadFile(fileId, tables, note);
    }

    /**
     * Lists a file no parser takes in evidence_files; a plist or an XML file is read once, for its
     * hash and its summary. Returns its file id.
     */
    long file(EvidenceTree tree, long itemId, EvidenceEntry entry, String type, String status) throws SQLException {
        long id = list(tree, itemId, entry, type, status);
        fileIds.put(entry.path(), id);
        return id;
    }

    private long list(EvidenceTree tree, long itemId, EvidenceEntry entry, String type, String status)
            throws SQLException {
        UnreadCategory category = UnreadCategory.of(entry.path(), type);
        if (category == UnreadCategory.ARCHIVE) {
            long id = writer.addEvidenceFile(itemId, entry.path(), entry.size(), null, type, status);
            writer.unreadFile(id, "an archive (" + type + ")", "not opened inside an item: name it as an evidence"
                    + " item of its own to read it");
            return id;
        }
        if (category != UnreadCategory.PLIST && category != UnreadCategory.XML) {
            return writer.addEvidenceFile(itemId, entry.path(), entry.size(), null, type, status);
        }
        MessageDigest digest = TreeHash.newDigest();
        byte[] head;
        boolean whole;
        int keep = category == UnreadCategory.PLIST ? PLIST_LIMIT : XML_PREFIX;
        try (InputStream in = new DigestInputStream(tree.open(entry), digest)) {
            head = in.readNBytes(keep);
            whole = in.read() < 0;
            IOUtils.consume(in); // the hash covers the whole file
        } catch (IOException e) {
            long id = writer.addEvidenceFile(itemId, entry.path(), entry.size(), null, type, status);
            writer.unreadFile(id, null, "cannot be read (" + e.getMessage() + ")");
            return id;
        }
        long id = writer.addEvidenceFile(itemId, entry.path(), entry.size(), TreeHash.hex(digest.digest()), type,
                status);
        if (category == UnreadCategory.XML) {
            String root = ContentSummary.xmlRoot(head);
            writer.unreadFile(id, root == null ? null : "root element " + root,
                    root == null ? "no root element in its first " + (XML_PREFIX >> 10) + " KiB" : null);
        } else if (!whole) {
            writer.unreadFile(id, null, "too large to list its keys (" + entry.size() + " bytes)");
        } else {
            try {
                writer.unreadFile(id, ContentSummary.plistKeys(head), null);
            } catch (IllegalArgumentException e) {
                writer.unreadFile(id, null, "not a readable plist (" + e.getMessage() + ")");
            }
        }
        return id;
    }

    /** A file the evidence reader itself read to open the item (an iTunes backup's Manifest.db): hashed. */
    void containerFile(EvidenceTree tree, long itemId, EvidenceEntry entry) throws SQLException {
        String sha256;
        try (InputStream in = tree.open(entry)) {
            sha256 = TreeHash.sha256(in);
        } catch (IOException e) {
            sha256 = null; // the reader read it when it opened the item; a second read failing changes nothing
        }
        writer.addEvidenceFile(itemId, entry.path(), entry.size(), sha256, null, "container");
    }
}
