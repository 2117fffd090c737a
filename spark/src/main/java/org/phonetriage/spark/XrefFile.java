package org.phonetriage.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.phonetriage.model.UtcSeconds;

/**
 * The job's JSON file ({@link SparkXref}), written as the cases come, so that no more than one
 * case is in memory, into a temporary file beside the target that replaces it only when complete:
 * a run that fails leaves the previous file, never half of one.
 */
final class XrefFile implements AutoCloseable {

    private final Path target;
    private final Path tmp;
    private final JsonGenerator json;
    private boolean complete;

    XrefFile(Path target) throws IOException {
        this.target = target;
        Path parent = target.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        this.tmp = Files.createTempFile(parent, ".xref", ".tmp");
        this.json = SparkMain.JSON.getFactory().createGenerator(tmp.toFile(), JsonEncoding.UTF8);
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
        Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        complete = true;
    }

    @Override
    public void close() throws IOException {
        if (!complete) {
            json.close();
            Files.deleteIfExists(tmp);
        }
    }
}
