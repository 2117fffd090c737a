package org.phonetriage.parsers;

import java.io.IOException;
import java.io.InputStream;

/**
 * A parser written as code, for formats a SQLite definition cannot describe (XML preferences,
 * plists, backups' JSON, SIM files ...). Found through {@link java.util.ServiceLoader}: list the
 * class in {@code META-INF/services/org.phonetriage.parsers.FileParser}.
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

    /**
     * The folder a parser reads as a whole when it accepts {@code path} (a SIM's raw EF tree is many
     * files), or null for a parser of single files. Files under it are read through
     * {@link Source#siblings()}, hashed and listed like the file itself.
     */
    default String readsFolder(String path) {
        return null;
    }

    /**
     * True for a file this parser reads only with another one it accepts, through
     * {@link Source#siblings()} (a key kept beside the databases it opens): no step of its own.
     */
    default boolean readsBeside(String path) {
        return false;
    }

    /**
     * Where the bytes come from: the evidence item, the path inside it, and access to the other
     * files of the item for parsers that read a folder.
     */
    record Source(String evidenceLabel, String path, Siblings siblings) {

        public Source(String evidenceLabel, String path) {
            this(evidenceLabel, path, Siblings.NONE);
        }
    }

    /** The other files of an evidence item; each one read is hashed and listed in the case. */
    interface Siblings {

        Siblings NONE = new Siblings() {
            @Override
            public java.util.List<String> under(String folder) {
                return java.util.List.of();
            }

            @Override
            public byte[] read(String path) throws IOException {
                throw new IOException("no access to other files of the item");
            }
        };

        /** Paths of the files under a folder of the item ("" for the whole item). */
        java.util.List<String> under(String folder);

        /** The whole content of one of them. */
        byte[] read(String path) throws IOException;
    }
}
