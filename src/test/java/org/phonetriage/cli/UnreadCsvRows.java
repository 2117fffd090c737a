package org.phonetriage.cli;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.phonetriage.report.UnreadCsv;

/** csv/unread.csv read back with Commons CSV, for the tests of the "Not read" listing. */
final class UnreadCsvRows {

    private UnreadCsvRows() {
    }

    static List<Map<String, String>> read(Path outDir) throws IOException {
        List<Map<String, String>> rows = new ArrayList<>();
        try (Reader in = Files.newBufferedReader(outDir.resolve("csv").resolve(UnreadCsv.FILE_NAME),
                StandardCharsets.UTF_8)) {
            var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(in);
            if (!parser.getHeaderNames().equals(UnreadCsv.HEADER)) {
                throw new IllegalStateException("unread.csv header " + parser.getHeaderNames());
            }
            for (CSVRecord r : parser) {
                rows.add(r.toMap());
            }
        }
        return rows;
    }

    /** The listed row of a device's file whose path ends so; fails when there is none or several. */
    static Map<String, String> listed(List<Map<String, String>> rows, String device, String pathEnd) {
        List<Map<String, String>> found = rows.stream()
                .filter(r -> r.get("device").equals(device) && r.get("path").endsWith(pathEnd)).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " rows for " + device + " " + pathEnd + " in " + rows);
        }
        return found.get(0);
    }

    /** The counted row of a device and category, or null. */
    static Map<String, String> counted(List<Map<String, String>> rows, String device, String category) {
        return rows.stream().filter(r -> r.get("device").equals(device) && r.get("path").isEmpty()
                && r.get("type").equals(category)).findFirst().orElse(null);
    }
}
