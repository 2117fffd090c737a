package org.phonetriage.parsers.sim;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.sim.dump.PySimExportReader;
import org.phonetriage.parsers.sim.dump.SimDump;

/** A SIM card exported by pySim-shell ({@code export > card.script}), format C of sim-spec §6.5. */
public final class PySimExportParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("sim.pysim-export",
            "SIM/USIM card exported by pySim-shell (export script)", "sim", "1", "sim-card");

    public PySimExportParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        return path.toLowerCase(java.util.Locale.ROOT).endsWith(".script");
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        SimDump dump = PySimExportReader.read(new InputStreamReader(in, StandardCharsets.UTF_8));
        if (dump.files().isEmpty()) {
            throw new IOException("not a pySim-shell export: no '# directory:' blocks with file contents");
        }
        SimCardRecords.emit(SimCardReader.read(dump), source, sink, DESCRIPTOR);
    }
}
