package org.phonetriage.parsers.sim;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.phonetriage.detect.FileTypeDetector;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.sim.dump.JsonDumpReader;

/**
 * A SIM card as a pySim-shell {@code fsdump} or a {@code simdump} v1 JSON document, told by its
 * structure ({@link FileTypeDetector#SIM_JSON_DUMP}) whatever its name: a phone's extraction holds
 * many other JSON files. A file named as one ({@code *fsdump*.json}, {@code *simdump*.json}) is
 * taken too, so one that is not a dump says why.
 */
public final class SimJsonDumpParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("sim.json-dump",
            "SIM/USIM card as pySim-shell fsdump or simdump v1 JSON", "sim", "1", "sim-card");

    public SimJsonDumpParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        String name = path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
        return FileTypeDetector.SIM_JSON_DUMP.equals(mediaType)
                || (name.endsWith(".json") && (name.contains("fsdump") || name.contains("simdump")));
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        SimCardRecords.emit(SimCardReader.read(JsonDumpReader.read(in)), source, sink, DESCRIPTOR);
    }
}
