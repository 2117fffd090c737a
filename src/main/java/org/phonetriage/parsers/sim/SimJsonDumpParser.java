package org.phonetriage.parsers.sim;

import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import org.phonetriage.parser.DescribedFileParser;
import org.phonetriage.parser.ParserDescriptor;
import org.phonetriage.parser.RecordSink;
import org.phonetriage.sim.SimCardReader;
import org.phonetriage.sim.dump.JsonDumpReader;

/**
 * A SIM card as a pySim-shell {@code fsdump} or a {@code simdump} v1 JSON document. A phone's
 * extraction holds many JSON files, so only files named for a SIM dump are taken:
 * {@code *fsdump*.json} and {@code *simdump*.json}.
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
        return name.endsWith(".json") && (name.contains("fsdump") || name.contains("simdump"));
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        SimCardRecords.emit(SimCardReader.read(JsonDumpReader.read(in)), source, sink, DESCRIPTOR);
    }
}
