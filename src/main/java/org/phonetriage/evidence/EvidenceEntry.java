package org.phonetriage.evidence;

/**
 * A regular file inside an evidence item.
 *
 * @param path the path inside the item, '/'-separated, relative (no leading '/', no '..')
 * @param size its size in bytes as the container states it
 */
public record EvidenceEntry(String path, long size) {

    /** The last path element. */
    public String name() {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? path : path.substring(slash + 1);
    }
}
