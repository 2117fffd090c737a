package org.phonetriage.progress;

import java.io.PrintWriter;
import org.phonetriage.model.Problem;

/** One plain line per event: for logs, pipes and terminals alike; long labels and paths are {@link ScreenText#fit fitted}. */
public class PlainProgress implements Progress {

    protected final PrintWriter out;

    public PlainProgress(PrintWriter out) {
        this.out = out;
    }

    @Override
    public void itemStarted(int index, int total, String item, String device, boolean kept) {
        out.printf("[%d/%d] %s%s%n", index, total, ScreenText.fit(item, ScreenText.PATH_WIDTH),
                kept ? " (complete in the case: kept)" : "");
    }

    @Override
    public void recordsSoFar(String device, String parser, long records) {
        // a line per step would flood a log; the finished line says it all
    }

    @Override
    public void parserFinished(String device, String parser, String file, long records, double seconds) {
        out.printf("  %-34s %-" + ScreenText.FILE_WIDTH + "s %,9d records  %.1fs%n", parser,
                ScreenText.fit(file, ScreenText.FILE_WIDTH), records, seconds);
    }

    @Override
    public void problem(Problem problem) {
        // the item and file fitted, the reason whole: it is what the examiner needs to read
        out.println("  problem: " + new Problem(ScreenText.label(problem.evidence()),
                ScreenText.fit(problem.path(), ScreenText.PATH_WIDTH), problem.reason()).message());
    }

    @Override
    public void itemFinished(String device, long records, int files, int problems, double seconds) {
        out.printf("  -> %s: %,d records from %d files, %d problem(s), %.1fs%n", ScreenText.label(device), records,
                files, problems, seconds);
    }

    @Override
    public void stage(String name, double seconds) {
        if (seconds >= 0) {
            out.printf("%s: %.1fs%n", name, seconds);
        }
    }

    @Override
    public void stage(String name, double seconds, long rows) {
        if (seconds >= 0 && rows >= 0) {
            out.printf("%s: %.1fs, %,d rows%n", name, seconds, rows);
        } else {
            stage(name, seconds);
        }
    }
}
