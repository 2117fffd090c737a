package org.phonetriage.model;

/**
 * Where a record came from: the evidence item, the file inside it (and that file's hash), the
 * table and row (or record number) it was read from, and the parser that read it.
 */
public record Provenance(String evidenceLabel, String path, String sha256, String table, Long rowId,
                         String parserId, String parserVersion) {
}
