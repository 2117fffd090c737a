package org.phonetriage.fuzz;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.phonetriage.parsers.FileParser;
import org.phonetriage.parsers.sqlite.CollectingSink;

/**
 * The property the parser fuzz targets check: a reader of untrusted bytes hands records and
 * problems to its sink, or fails with its documented checked exception carrying a message — never
 * with an unchecked exception or an error, which escape here and are Jazzer's findings.
 *
 * <p>For the file parsers this is stricter than ingest needs: EvidenceIngest catches
 * IOException|RuntimeException per file and records "failed while reading", so an NPE there is
 * survivable — but it loses every record after it and says nothing an examiner can act on, so the
 * targets hold the parsers to their documented contract.
 */
public final class ParserFuzzing {

    private ParserFuzzing() {
    }

    /** Runs a file parser on bytes as ingest does (its stream, a source naming the path). */
    public static CollectingSink parse(FileParser parser, byte[] bytes, String path) {
        return parse(parser, bytes, new FileParser.Source("fuzz", path));
    }

    public static CollectingSink parse(FileParser parser, byte[] bytes, FileParser.Source source) {
        CollectingSink sink = new CollectingSink();
        try {
            parser.parse(new ByteArrayInputStream(bytes), source, sink);
        } catch (IOException e) {
            documented(e);
        }
        return sink;
    }

    /** A documented failure must say why: a problem without a reason is no help to an examiner. */
    public static void documented(Exception e) {
        if (e.getMessage() == null || e.getMessage().isBlank()) {
            throw new AssertionError("failure without a message", e);
        }
    }
}
