package org.phonetriage.model;

/**
 * An identifier the sweep found in a file no parser claimed.
 *
 * @param app        the app the file belongs to (Android package, iOS bundle id, else the file's name)
 * @param table      the database table, or "plist", "xml", "json" for a document
 * @param column     the column, or the document's key path
 * @param row        the row id (null for a document or a table without one)
 * @param raw        the value as stored (a blob's text, a whole cell)
 * @param kind       phone, email or jid
 * @param confidence 0-1, from the column's name and the share of its values that read as identifiers
 */
public record SweptValue(String app, String table, String column, Long row, String raw, String kind,
                         double confidence) {
}
