package org.phonetriage.progress;

import java.io.PrintWriter;
import org.phonetriage.model.Problem;

/**
 * Plain lines, plus a live status line while a parser runs (redrawn in place with a carriage
 * return), so an examiner watching a long ingest sees it move.
 */
public final class TerminalProgress extends PlainProgress {

    private static final String SPINNER = "|/-\\";
    private boolean statusShown;
    private int turn;

    public TerminalProgress(PrintWriter out) {
        super(out);
    }

    @Override
    public void recordsSoFar(String device, String parser, long records) {
        String status = String.format("  %c %s %s: %,d records", SPINNER.charAt(turn++ % SPINNER.length()),
                ScreenText.label(device), parser, records);
        out.print("\r" + status + "\u001b[K");
        out.flush();
        statusShown = true;
    }

    @Override
    public void parserFinished(String device, String parser, String file, long records, double seconds) {
        clear();
        super.parserFinished(device, parser, file, records, seconds);
    }

    @Override
    public void problem(Problem problem) {
        clear();
        super.problem(problem);
    }

    @Override
    public void stage(String name, double seconds) {
        clear();
        if (seconds < 0) {
            out.print("  " + name + "\u2026\u001b[K\r");
            out.flush();
        } else {
            super.stage(name, seconds);
        }
    }

    @Override
    public void stage(String name, double seconds, long rows) {
        clear();
        super.stage(name, seconds, rows);
    }

    private void clear() {
        if (statusShown) {
            out.print("\r\u001b[K");
            out.flush();
            statusShown = false;
        }
    }
}
