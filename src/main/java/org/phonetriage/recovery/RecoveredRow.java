package org.phonetriage.recovery;

/**
 * A record recovered from a database's deleted or superseded bytes.
 *
 * @param values     one value per column of its table (Long, Double, String, byte[] or null; a
 *                   column whose bytes were lost is null)
 * @param rowid      its rowid when it survived, else null
 * @param where      where it was found: "freeblock of table sms page 12 offset 3012",
 *                   "WAL frame 7 page 4 offset 812", "rollback journal page 3 offset 90" ...
 * @param confidence how sure the reading is, from 0.6 (a record whose first column was overwritten)
 *                   to 0.99 (an intact cell of an older page image)
 * @param historic   an earlier version of a row that is still live (an edited or cleared message)
 */
public record RecoveredRow(Object[] values, Long rowid, String where, double confidence, boolean historic) {
}
