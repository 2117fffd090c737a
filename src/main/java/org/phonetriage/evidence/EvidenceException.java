package org.phonetriage.evidence;

import java.nio.file.Path;
import org.phonetriage.model.ProblemCode;

/**
 * An evidence item that cannot be opened at all (missing, unreadable, not a supported container,
 * or an archive too damaged to list). The message is one line naming the item and the reason, so
 * the command line can print it as is. Individual bad entries never cause this: they become
 * {@link org.phonetriage.model.Problem}s on the opened tree.
 */
public final class EvidenceException extends Exception {

    private static final long serialVersionUID = 1L;

    private final transient Path item;
    private final ProblemCode code;

    public EvidenceException(Path item, String reason) {
        this(item, reason, ProblemCode.ITEM_UNREADABLE);
    }

    /** An item refused for a reason scripts tell apart (a password missing or wrong). */
    public EvidenceException(Path item, String reason, ProblemCode code) {
        super(item + ": " + reason);
        this.item = item;
        this.code = code;
    }

    public EvidenceException(Path item, String reason, Throwable cause) {
        super(item + ": " + reason, cause);
        this.item = item;
        this.code = ProblemCode.ITEM_UNREADABLE;
    }

    /** What kind of problem the item's device records. */
    public ProblemCode code() {
        return code;
    }

    /** The item as named on the command line. */
    public Path item() {
        return item;
    }
}
