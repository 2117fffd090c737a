package org.phonetriage.model;

import java.util.Objects;

/**
 * Something in the evidence that could not be read as expected. Recorded in the case and shown in
 * the report; it never stops the rest of the evidence from being processed.
 *
 * @param evidence the evidence item's label (or its path on the command line)
 * @param path     the file inside the item, or null when the problem concerns the item itself
 * @param reason   one line saying what is wrong, for a person
 * @param code     what kind of problem it is, for scripts; its severity follows from it
 */
public record Problem(String evidence, String path, String reason, ProblemCode code) {

    public Problem {
        Objects.requireNonNull(code, "code");
    }

    /**
     * A problem of the most common kind: part of the item was not read ({@link ProblemCode#CONTENT_NOT_READ}).
     * The places that know better (an item not opened, a parser failing) give their own code.
     */
    public Problem(String evidence, String path, String reason) {
        this(evidence, path, reason, ProblemCode.CONTENT_NOT_READ);
    }

    public Severity severity() {
        return code.severity();
    }

    /** The one-line message shown in the terminal and the report. */
    public String message() {
        return path == null || path.isEmpty()
                ? evidence + ": " + reason
                : evidence + ": " + path + ": " + reason;
    }
}
