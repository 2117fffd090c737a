package org.phonetriage.model;

/**
 * Something in the evidence that could not be read as expected. Recorded in the case and shown in
 * the report; it never stops the rest of the evidence from being processed.
 *
 * @param evidence the evidence item's label (or its path on the command line)
 * @param path     the file inside the item, or null when the problem concerns the item itself
 * @param reason   one line saying what is wrong, for a person
 */
public record Problem(String evidence, String path, String reason) {

    /** The one-line message shown in the terminal and the report. */
    public String message() {
        return path == null || path.isEmpty()
                ? evidence + ": " + reason
                : evidence + ": " + path + ": " + reason;
    }
}
