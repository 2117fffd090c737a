package org.phonetriage.cli;

import java.io.BufferedWriter;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a command writes its result: a file, or standard output. */
final class TextOutput {

    private TextOutput() {
    }

    /**
     * A file in UTF-8 (a lone surrogate in evidence text becomes a replacement character instead of
     * failing the run), or the command's standard output when {@code file} is null: closing that
     * writer flushes it but leaves it open.
     */
    static Writer open(Path file, Writer stdout) throws IOException {
        if (file != null) {
            return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8));
        }
        return new BufferedWriter(new FilterWriter(stdout) {
            @Override
            public void close() throws IOException {
                flush();
            }
        });
    }
}
