package org.phonetriage.cli;

import java.io.BufferedWriter;
import java.io.Closeable;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import org.phonetriage.report.AtomicOutput;

/**
 * Where a command writes its result: a file (written whole or not at all, {@link AtomicOutput}),
 * or standard output.
 */
final class TextOutput implements Closeable {

    private final AtomicOutput file;
    private final Writer writer;

    private TextOutput(AtomicOutput file, Writer writer) {
        this.file = file;
        this.writer = writer;
    }

    /**
     * {@code file} in UTF-8 (a lone surrogate in evidence text becomes a replacement character
     * instead of failing the run), or the command's standard output when {@code file} is null.
     */
    static TextOutput open(Path file, Writer stdout) throws IOException {
        if (file == null) {
            return new TextOutput(null, stdout(stdout));
        }
        AtomicOutput out = AtomicOutput.create(file);
        return new TextOutput(out, out.writer());
    }

    /** A buffered writer over standard output: closing it flushes it but leaves it open. */
    static Writer stdout(Writer stdout) {
        return new FilterWriter(new BufferedWriter(stdout)) {
            @Override
            public void close() throws IOException {
                flush();
            }
        };
    }

    /** What to write to; closing it only flushes. */
    Writer writer() {
        return writer;
    }

    /** All is written: the file replaces the one before; standard output is flushed. */
    void commit() throws IOException {
        writer.flush();
        if (file != null) {
            file.commit();
        }
    }

    /** A file not committed is left as it was. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        } else {
            writer.flush();
        }
    }
}
