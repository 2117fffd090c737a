package org.phonetriage.parser;

import java.io.IOException;
import java.io.InputStream;

/**
 * A parser written as code, for formats a SQLite definition cannot describe (XML preferences,
 * plists, backups' JSON, SIM files ...). Found through {@link java.util.ServiceLoader}: list the
 * class in {@code META-INF/services/org.phonetriage.parser.FileParser}.
 */
public interface FileParser {

    ParserDescriptor descriptor();

    /**
     * What the parser yields, so the ingest can order it: "identity" (the device's own
     * identifiers, read first because they give the region numbers are read with), "call",
     * "message" or "contact".
     */
    String yields();

    /** True when this parser reads the file, judged by its path and its detected media type. */
    boolean accepts(String path, String mediaType);

    /**
     * Reads the file and hands its records to the sink. Something it cannot read is a problem
     * (through the sink) or an IOException naming the reason; never a silent skip.
     */
    void parse(InputStream in, Source source, RecordSink sink) throws IOException;

    /** Where the bytes come from: the evidence item, the path inside it. */
    record Source(String evidenceLabel, String path) {
    }
}
