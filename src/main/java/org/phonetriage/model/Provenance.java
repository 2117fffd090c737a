package org.phonetriage.model;

/**
 * Where a record came from: the evidence item, the file inside it (and that file's hash), the
 * table and row (or record number) it was read from, and the parser that read it.
 *
 * @param recovery for a record recovered from a database's deleted bytes, where and how surely;
 *                 null for a record read as the source keeps it
 */
public record Provenance(String evidenceLabel, String path, String sha256, String table, Long rowId,
                         String parserId, String parserVersion, Recovery recovery) {

    /** A record read as the source keeps it. */
    public Provenance(String evidenceLabel, String path, String sha256, String table, Long rowId,
                      String parserId, String parserVersion) {
        this(evidenceLabel, path, sha256, table, rowId, parserId, parserVersion, null);
    }

    /**
     * Where in a database's deleted or superseded bytes a record was found ("freeblock of table sms
     * page 12 offset 3012", "WAL frame 7 page 4 offset 812") and the reader's confidence (0–1).
     *
     * @param versionOf the row of the live table this record is an earlier version of (an edited
     *                  message), or null for a record no longer live
     */
    public record Recovery(String where, double confidence, Long versionOf) {
    }

    /** This provenance for a record recovered at {@code recovery}, with its rowid when that survived. */
    public Provenance recovered(Long row, Recovery how) {
        return new Provenance(evidenceLabel, path, sha256, table, row, parserId, parserVersion, how);
    }
}
