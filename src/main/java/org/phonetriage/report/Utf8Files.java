package org.phonetriage.report;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Opens output files as UTF-8 without BOM, tolerant of broken text taken from evidence. */
final class Utf8Files {

    private static final byte[] REPLACEMENT_CHARACTER = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    /**
     * Creates (or replaces) {@code file}. Unlike {@link Files#newBufferedWriter}, which throws on a
     * lone UTF-16 surrogate, this writes U+FFFD in its place: a damaged contact name recovered from a
     * phone must not abort the whole report.
     */
    static Writer newWriter(Path file) throws IOException {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT_CHARACTER);
        return new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(file), encoder));
    }

    private Utf8Files() {
    }
}
