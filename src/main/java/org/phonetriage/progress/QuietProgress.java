package org.phonetriage.progress;

import java.io.PrintWriter;

/** --quiet: no progress at all, but problems still get their line — nothing is dropped silently. */
public final class QuietProgress extends PlainProgress {

    public QuietProgress(PrintWriter out) {
        super(out);
    }

    @Override
    public void itemStarted(int index, int total, String item, String device, boolean kept) {
    }

    @Override
    public void parserFinished(String device, String parser, String file, long records, double seconds) {
    }

    @Override
    public void itemFinished(String device, long records, int files, int problems, double seconds) {
    }

    @Override
    public void stage(String name, double seconds) {
    }
}
