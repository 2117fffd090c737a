package org.phonetriage.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import org.phonetriage.xref.XrefReport;

/**
 * Writes {@code xref.json} (docs/xref-json.md): snake_case keys in the contract's order, two-space
 * indent, UTF-8, "\n" line ends and a final newline.
 *
 * <p>Nulls: a null scalar or object is written as {@code null} with its key present (scripts may
 * rely on every key existing; {@code home_region} is null when the region is unknown). A null list
 * is written as {@code []}. Nothing is sorted, added or timestamped here: the output is exactly the
 * model, so two runs over the same model give identical bytes.
 */
public final class XrefJsonWriter {

    public static final String FILE_NAME = "xref.json";

    private final ObjectWriter writer = XrefJson.MAPPER.writer(XrefJson.prettyPrinter())
            .without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /**
     * Writes the report to {@code file}, whole or not at all ({@link AtomicOutput}), creating
     * missing parent folders.
     */
    public void write(XrefReport report, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (AtomicOutput out = AtomicOutput.create(file)) {
            write(report, out.writer());
            out.commit();
        }
    }

    /** Writes the report to {@code out}, which is left open. */
    public void write(XrefReport report, Writer out) throws IOException {
        writer.writeValue(out, report);
        out.write('\n');
        out.flush();
    }

    /** Any part of a report (a section's list), laid out as xref.json lays it out, with a final newline. */
    public String partToJson(Object part) {
        try {
            return writer.writeValueAsString(part) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
    }

    /** The report as the exact text that {@link #write(XrefReport, Path)} puts in the file. */
    public String toJson(XrefReport report) {
        StringWriter out = new StringWriter();
        try {
            write(report, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toString();
    }
}
