package org.phonetriage.progress;

/**
 * Text fitted to a fixed width on the console: device labels in the summary table and progress
 * lines, file paths in progress lines. A label can be a whole file name (pySim's
 * {@code card_backup_<ATR>_<ICCID>.script} gives about 80 characters), which would push a table
 * out of line and make a live status line wrap, so it cannot be redrawn in place. Only the screen
 * is shortened: case.db, xref.json, the CSVs and the JSON-lines log keep the whole text.
 */
public final class ScreenText {

    /** Device labels: the summary's DEVICE column and progress lines. */
    public static final int LABEL_WIDTH = 28;
    /** A file inside an evidence item. */
    public static final int FILE_WIDTH = 44;
    /** An evidence path as named on the command line. */
    public static final int PATH_WIDTH = 72;

    private static final String ELLIPSIS = "\u2026";

    private ScreenText() {
    }

    /**
     * {@code text} in at most {@code width} characters (code points): whole when it fits, else its
     * start, an ellipsis and its end, the end a little longer as that is where names differ
     * (the ICCID of a pySim backup, the file of a path). Control characters (a newline or an
     * escape sequence in a file name) become {@code ?} so a line stays one line. Null stays null.
     */
    public static String fit(String text, int width) {
        if (text == null) {
            return null;
        }
        String visible = withoutControls(text);
        int length = visible.codePointCount(0, visible.length());
        if (length <= width) {
            return visible;
        }
        int kept = Math.max(width - 1, 0);
        int head = kept * 2 / 5;
        int tail = kept - head;
        return visible.substring(0, visible.offsetByCodePoints(0, head)) + ELLIPSIS
                + visible.substring(visible.offsetByCodePoints(visible.length(), -tail));
    }

    public static String label(String label) {
        return fit(label, LABEL_WIDTH);
    }

    private static String withoutControls(String text) {
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                if (out == null) {
                    out = new StringBuilder(text);
                }
                out.setCharAt(i, '?');
            }
        }
        return out == null ? text : out.toString();
    }
}
