package org.phonetriage.report;

import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
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
 *     csv.commit();
 * }
 * }</pre>
 *
 * <p>A table made by {@link #create} is written whole or not at all ({@link AtomicOutput}): the
 * file appears on {@link #commit()}; closed without it (an exception on the way), it is left as it was.
 *
 * <p>Format: RFC 4180 fields (see {@link CsvField} for quoting and the formula guard), comma
 * separated, LF line ends (not CRLF: every CSV reader accepts LF and it keeps files diff- and
 * grep-friendly), UTF-8 without BOM. Pass counts as numbers (Long/Integer), not text, so they are
 * never touched by the formula guard.
 *
 * <p>A table declares its identifier columns, those holding phonetriage's keys ({@code key},
 * {@code owner_identifiers} …): they are written byte-exact, every other text column is
 * formula-guarded. A table that declares none guards every text column. The guard is for CSVs a
 * person opens in a spreadsheet (csv/, i2/links.csv, the timeline); a file only another tool
 * imports (Neo4j's) or an examiner who wants the values exact turns it off with
 * {@link #formulaGuard(boolean)}, and then every cell is written as it is, only quoted.
 */
public final class CsvTable implements Closeable {

    private final Writer out;
    /** The file being written, or null for a table written to a Writer. */
    private AtomicOutput file;
    private final int columns;
    private final boolean[] identifierColumn;
    private boolean formulaGuard = true;
    private long rows;

    /** Starts {@code file} (replaced on {@link #commit()}) and writes the header. */
    public static CsvTable create(Path file, String... header) throws IOException {
        return create(file, List.of(header));
    }

    public static CsvTable create(Path file, List<String> header) throws IOException {
        return create(file, header, List.of());
    }

    /** Starts {@code file}; the columns named in {@code identifierColumns} hold keys. */
    public static CsvTable create(Path file, List<String> header, Collection<String> identifierColumns)
            throws IOException {
        AtomicOutput output = AtomicOutput.create(file);
        try {
            CsvTable table = new CsvTable(output.writer(), header, identifierColumns);
            table.file = output;
            return table;
        } catch (IOException | RuntimeException e) {
            output.close();
            throw e;
        }
    }

    /** Writes the header to {@code out}; {@link #close()} closes {@code out}. */
    public CsvTable(Writer out, List<String> header) throws IOException {
        this(out, header, List.of());
    }

    /**
     * Writes the header to {@code out}; the columns named in {@code identifierColumns} hold keys.
     *
     * @throws IllegalArgumentException when an identifier column is not in the header
     */
    public CsvTable(Writer out, List<String> header, Collection<String> identifierColumns) throws IOException {
        if (header.isEmpty()) {
            throw new IllegalArgumentException("a CSV table needs at least one column");
        }
        for (String column : identifierColumns) {
            if (!header.contains(column)) {
                throw new IllegalArgumentException("identifier column " + column + " is not in the header " + header);
            }
        }
        this.out = out;
        this.columns = header.size();
        this.identifierColumn = new boolean[columns];
        for (int i = 0; i < columns; i++) {
            identifierColumn[i] = identifierColumns.contains(header.get(i));
        }
        // Header names are ours, not evidence: quoted if needed but never formula-guarded.
        writeLine(header.stream().map(CsvField::quoteIfNeeded).toList());
    }

    /** Turns the formula guard on (the default) or off for the rows written from now on; returns this table. */
    public CsvTable formulaGuard(boolean on) {
        this.formulaGuard = on;
        return this;
    }

    /**
     * Writes one row. Values: null → empty field; Number/Boolean → as is; anything else → its
     * text, quoted as needed and, outside identifier columns, formula-guarded (unless turned off).
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
        // each field straight into the writer: no list of fields, no joined line (millions of rows)
        for (int i = 0; i < columns; i++) {
            if (i > 0) {
                out.write(',');
            }
            Object value = values.get(i);
            String field;
            if (!formulaGuard) {
                field = CsvField.plain(value);
            } else {
                field = identifierColumn[i] ? CsvField.ofIdentifiers(value) : CsvField.of(value);
            }
            // a lone empty field would make a blank line, which readers skip: write it as ""
            out.write(columns == 1 && field.isEmpty() ? "\"\"" : field);
        }
        out.write('\n');
        rows++;
    }

    /** Rows written so far, header excluded. */
    public long rowCount() {
        return rows;
    }

    /** Ends the table: the file made by {@link #create} replaces the one before; a Writer is flushed. */
    public void commit() throws IOException {
        if (file != null) {
            file.commit();
        } else {
            out.flush();
        }
    }

    /** Closes the Writer; a file not committed is left as it was. */
    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        } else {
            out.close();
        }
    }

    private void writeLine(List<String> fields) throws IOException {
        // A lone empty field would make a blank line, which readers skip: write it as "".
        boolean blank = fields.size() == 1 && fields.get(0).isEmpty();
        out.write(blank ? "\"\"" : String.join(",", fields));
        out.write('\n');
    }
}
