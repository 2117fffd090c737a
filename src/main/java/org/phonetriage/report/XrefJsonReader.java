package org.phonetriage.report;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.phonetriage.xref.XrefReport;

/**
 * Reads a saved {@code xref.json} back into the model, so the {@code report} command can regenerate
 * the other outputs from it. Keys unknown to this version are ignored (the contract lets fields be
 * added); a file of another format or version is refused rather than half-read. Missing or null
 * lists come back empty, as the writer would have written them.
 */
public final class XrefJsonReader {

    public XrefReport read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in);
        } catch (IOException e) {
            throw new IOException(file + ": " + e.getMessage(), e);
        }
    }

    public XrefReport read(Reader in) throws IOException {
        XrefReport report = XrefJson.MAPPER.readValue(in, XrefReport.class);
        if (report == null) {
            throw new IOException("not an xref.json: the document is null");
        }
        XrefJson.requireFormat(report);
        return report;
    }

    public XrefReport read(String json) throws IOException {
        return read(new StringReader(json));
    }
}
