package org.phonetriage.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * One CSV file written a row at a time: the header goes out on creation (so a table with no rows
 * still has it) and each {@link #row} is written straight through, so a caller can stream millions
 * of rows from a database cursor without holding them in memory:
 *
 * <pre>{@code
 * try (CsvTable csv = CsvTable.create(csvDir.resolve("occurrences.csv"), "key", "device", "at");
 *      ResultSet rs = statement.executeQuery(sql)) {
 *     while (rs.next()) {
 *         csv.row(rs.getString("key"), rs.getString("device"), rs.getString("at"));
 *     }
 * }
 * }</pre>
 *
 * <p>Format: RFC 4180 fields (see {@link CsvField} for quoting and the formula guard), comma
 * separated, LF line ends (not CRLF: every CSV reader accepts LF and it keeps files diff- and
 * grep-friendly), UTF-8 without BOM. Pass counts as numbers (Long/Integer), not text, so they are
 * never touched by the formula guard.
 */
public final class CsvTable implements Closeable {

    private final Writer out;
    private final int columns;
    private long rows;

    /** Creates (or replaces) {@code file} and writes the header. */
    public static CsvTable create(Path file, String... header) throws IOException {
        return create(file, List.of(header));
    }

    public static CsvTable create(Path file, List<String> header) throws IOException {
        Writer out = Utf8Files.newWriter(file);
        try {
            return new CsvTable(out, header);
        } catch (IOException | RuntimeException e) {
            out.close();
            throw e;
        }
    }

    /** Writes the header to {@code out}; {@link #close()} closes {@code out}. */
    public CsvTable(Writer out, List<String> header) throws IOException {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a CSV table needs at least one column");
        }
        this.out = out;
        this.columns = header.size();
        // Header names are ours, not evidence: quoted if needed but never formula-guarded.
        writeLine(header.stream().map(CsvField::quoteIfNeeded).toList());
    }

    /**
     * Writes one row. Values: null → empty field; Number/Boolean → as is; anything else → its
     * text, formula-guarded and quoted as needed.
     *
     * @throws IllegalArgumentException when the number of values differs from the header's
     */
    public void row(Object... values) throws IOException {
        row(Arrays.asList(values));
    }

    public void row(List<?> values) throws IOException {
        if (values.size() != columns) {
            throw new IllegalArgumentException(
                    "row has " + values.size() + " values, the header has " + columns);
        }
        writeLine(values.stream().map(CsvField::of).toList());
        rows++;
    }

    /** Rows written so far, header excluded. */
    public long rowCount() {
        return rows;
    }

    @Override
    public void close() throws IOException {
        out.close();
    }

    private void writeLine(List<String> fields) throws IOException {
        // A lone empty field would make a blank line, which readers skip: write it as "".
        boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
        out.write(blank ? "\"\"" : String.join(",", fields));
        out.write('\n');
    }
}
