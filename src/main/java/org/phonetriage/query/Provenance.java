package org.phonetriage.query;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Where a record of the case came from.
 *
 * @param recordTable   the case table holding the record: calls, messages, contacts, sims
 * @param recordId      its id there
 * @param srcTable      the table of the phone's database it was read from ("table.column" for a value the
 *                      sweep found; a document's "plist.key/path")
 * @param srcRow        its row id there
 * @param parser        the parser id
 * @param parserVersion the parser version
 * @param file          the parsed file's path inside the evidence item
 * @param sha256        the parsed file's SHA-256
 */
public record Provenance(String recordTable, long recordId, String srcTable, Long srcRow, String parser,
                         String parserVersion, String file, String sha256) {

    /** "calls:12": how the case database names the record. */
    public String record() {
        return recordTable + ":" + recordId;
    }

    /** As JSON outputs write it. */
    public Map<String, Object> fields() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("record", record());
        m.put("record_table", recordTable);
        m.put("record_id", recordId);
        m.put("src_table", srcTable);
        m.put("src_row", srcRow);
        m.put("parser", parser);
        m.put("parser_version", parserVersion);
        m.put("file", file);
        m.put("sha256", sha256);
        return m;
    }
}
