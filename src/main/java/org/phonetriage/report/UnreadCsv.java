package org.phonetriage.report;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * {@code csv/unread.csv}: one row per database, plist or XML file no parser read (path, type,
 * size, SHA-256 when it was read, what it holds), then one row per device and category of the files
 * only counted (path empty, {@code files} how many, {@code size} their bytes together).
 */
public final class UnreadCsv {

    public static final String FILE_NAME = "unread.csv";
    public static final List<String> HEADER = List.of("device", "path", "type", "media_type", "size", "sha256",
            "files", "summary", "note");
    static final String COUNTED_NOTE = "counted, not listed";

    private UnreadCsv() {
    }

    public static void write(List<UnreadFiles.Device> devices, Path file) throws IOException {
        write(devices, file, true);
    }

    /** {@code formulaGuard}: whether text cells are formula-guarded (see {@link CsvTable}). */
    public static void write(List<UnreadFiles.Device> devices, Path file, boolean formulaGuard) throws IOException {
        try (CsvTable csv = CsvTable.create(file, HEADER).formulaGuard(formulaGuard)) {
            for (UnreadFiles.Device d : devices) {
                for (UnreadFiles.Listed f : d.listed()) {
                    csv.row(d.label(), f.path(), f.type().label(), f.mediaType(), f.size(), f.sha256(), 1,
                            f.summary(), f.note());
                }
                for (UnreadFiles.Counted c : d.counted()) {
                    csv.row(d.label(), null, c.category().label(), null, c.bytes(), null, c.files(), null,
                            COUNTED_NOTE);
                }
            }
            csv.commit();
        }
    }
}
