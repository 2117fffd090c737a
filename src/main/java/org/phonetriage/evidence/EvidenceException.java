package org.phonetriage.evidence;

import java.nio.file.Path;

/**
 * An evidence item that cannot be opened at all (missing, unreadable, not a supported container,
 * or an archive too damaged to list). The message is one line naming the item and the reason, so
 * the command line can print it as is. Individual bad entries never cause this: they become
 * {@link org.phonetriage.model.Problem}s on the opened tree.
 */
public final class EvidenceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path item;

    public EvidenceException(Path item, String reason) {
        super(item + ": " + reason);
        this.item = item;
    }

    public EvidenceException(Path item, String reason, Throwable cause) {
        super(item + ": " + reason, cause);
        this.item = item;
    }

    /** The item as named on the command line. */
    public Path item() {
        return item;
    }
}
