package org.phonetriage.parsers.sim.dump;

import java.util.List;

/**
 * One elementary file of a dump.
 *
 * @param path canonical path, e.g. {@code 3F00/7F10/6F3A} or {@code 3F00/ADF_A0000000871002/6F07}
 * @param originalPath the spelling of the source format, kept for the report
 * @param binary the content of a transparent file, else null
 * @param records the records of a record file (index 0 = record 1), else empty
 * @param error why the reader got no content (status word, "bad file" message), else null
 */
public record ElementaryFile(String path, String originalPath, byte[] binary, List<byte[]> records, String error) {

    public boolean hasContent() {
        return binary != null || !records.isEmpty();
    }

    /**
     * The bytes of a transparent file; for a dump that gave it as one record, that record; else
     * nothing (an empty array).
     */
    public byte[] transparent() {
        if (binary != null) {
            return binary;
        }
        return records.isEmpty() ? new byte[0] : records.get(0);
    }
}
