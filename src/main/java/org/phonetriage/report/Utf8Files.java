package org.phonetriage.report;

import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/** Output files as UTF-8 without BOM, tolerant of broken text taken from evidence. */
final class Utf8Files {

    private static final byte[] REPLACEMENT_CHARACTER = {(byte) 0xEF, (byte) 0xBF, (byte) 0xBD};

    /**
     * A buffered UTF-8 writer over {@code out}, for one thread ({@link UnlockedBufferedWriter}).
     * Unlike {@link java.nio.file.Files#newBufferedWriter},
     * which throws on a lone UTF-16 surrogate, this writes U+FFFD in its place: a damaged contact
     * name recovered from a phone must not abort the whole report.
     */
    static Writer newWriter(OutputStream out) {
        CharsetEncoder encoder = StandardCharsets.UTF_8.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE)
                .replaceWith(REPLACEMENT_CHARACTER);
        return new UnlockedBufferedWriter(new OutputStreamWriter(out, encoder));
    }

    private Utf8Files() {
    }
}
