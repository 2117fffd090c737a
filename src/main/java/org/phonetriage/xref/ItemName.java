package org.phonetriage.xref;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * An evidence item's own name — its file or folder name — as xref.json gives it beside the path
 * named on the command line, so a script can match items whatever folder phonetriage ran in.
 */
final class ItemName {

    private ItemName() {
    }

    /**
     * The last name of {@code path} once normalised ({@code a/b/D03-android/.} → {@code D03-android});
     * a relative path is taken from the working directory, so give the absolute path stored at
     * ingest; the path itself for a file-system root.
     */
    static String of(String path) {
        if (path == null) {
            return null;
        }
        try {
            Path name = Path.of(path).toAbsolutePath().normalize().getFileName();
            return name == null ? path : name.toString();
        } catch (InvalidPathException e) {
            return path; // not a path on this system (a case made elsewhere): the name as stored
        }
    }
}
