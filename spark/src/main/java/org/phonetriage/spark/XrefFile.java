package org.phonetriage.spark;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.phonetriage.model.UtcSeconds;
import org.phonetriage.report.AtomicOutput;

/**
 * The job's JSON file ({@link SparkXref}), written as the cases come, so that no more than one
 * case is in memory, through the embedded engine's {@link AtomicOutput}: a run that fails leaves
 * the previous file, never half of one.
 */
final class XrefFile implements AutoCloseable {

    private final AtomicOutput file;
    private final JsonGenerator json;

    XrefFile(Path target) throws IOException {
        Files.createDirectories(target.toAbsolutePath().getParent());
        this.file = AtomicOutput.create(target);
        this.json = SparkMain.JSON.getFactory().createGenerator(file.stream());
        json.useDefaultPrettyPrinter();
        json.writeStartObject();
        json.writeStringField("format", SparkXref.FORMAT);
        json.writeNumberField("version", SparkXref.VERSION);
        json.writeStringField("generated_at", UtcSeconds.now());
        json.writeArrayFieldStart("cases");
    }

    void write(SparkXref.CaseXref c) throws IOException {
        SparkMain.JSON.writeValue(json, c);
    }

    /** Ends the document and puts it in place. */
    void finish() throws IOException {
        json.writeEndArray();
        json.writeEndObject();
        json.close();
        file.commit();
    }

    /** Without {@link #finish}: the partial file is deleted. */
    @Override
    public void close() {
        file.close();
    }
}
