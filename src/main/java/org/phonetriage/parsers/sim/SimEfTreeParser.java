package org.phonetriage.parsers.sim;

import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.sim.dump.EfTreeReader;

/**
 * A SIM card dumped as a raw EF tree (sim-spec §6.3, format A): anchored on its EF_ICCID
 * ({@code 3F00/2FE2.bin} or {@code .hex}), which every card has, it reads the whole {@code 3F00}
 * folder.
 */
public final class SimEfTreeParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("sim.ef-tree",
            "SIM/USIM card as a raw EF tree (3F00/2FE2.bin …)", "sim", "1", "sim-card");
    private static final Pattern ANCHOR = Pattern.compile("^(.*?)(3F00(?:[._-][^/]*)?)/2FE2(?:[._-][^/]*?)?\\.(?:bin|hex)$",
            Pattern.CASE_INSENSITIVE);

    public SimEfTreeParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        return ANCHOR.matcher(path).matches();
    }

    @Override
    public String readsFolder(String path) {
        Matcher m = ANCHOR.matcher(path);
        return m.matches() ? m.group(1) + m.group(2) : null;
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        Matcher m = ANCHOR.matcher(source.path());
        if (!m.matches()) {
            throw new IOException("not the EF_ICCID of an EF tree");
        }
        String root = m.group(1);
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String path : source.siblings().under(root + m.group(2))) {
            files.put(path.substring(root.length()), path.equals(source.path()) ? in.readAllBytes()
                    : source.siblings().read(path));
        }
        SimCardRecords.emit(SimCardReader.read(EfTreeReader.read(files)), source, sink, DESCRIPTOR);
    }
}
