package org.phonetriage.parsers.csv;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.Message;
import org.phonetriage.model.Party;
import org.phonetriage.model.Problem;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.Timestamp;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.Durations;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;

/**
 * Contact, call and message exports as CSV (from any tool or spreadsheet), read with commons-csv
 * through the examiner's {@link CsvMap}. Only files the map names are read. A column the map
 * names but the header lacks stops the file with a message naming both; a time that does not
 * parse keeps its raw text and is counted.
 */
public final class MappedCsvParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("export.csv-mapped",
            "CSV export read through --map", "csv-export", "1", "contacts, calls, messages");

    private final CsvMap map;

    public MappedCsvParser(CsvMap map) {
        super(DESCRIPTOR, "contact");
        this.map = map;
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        return map.entryFor(path) != null;
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        CsvMap.Entry entry = map.entryFor(source.path());
        BOMInputStream bom = BOMInputStream.builder().setInputStream(in).get();
        Charset charset = bom.getBOMCharsetName() != null ? Charset.forName(bom.getBOMCharsetName())
                : entry.encoding() == null ? StandardCharsets.UTF_8 : Charset.forName(entry.encoding());
        Reader reader = new java.io.BufferedReader(new InputStreamReader(bom, charset));
        reader.mark(64 * 1024);
        char[] head = new char[64 * 1024];
        int n = Math.max(0, reader.read(head));
        reader.reset();
        char delimiter = delimiter(entry.delimiter(), new String(head, 0, n));
        CSVFormat format = CSVFormat.DEFAULT.builder().setDelimiter(delimiter).setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).setIgnoreEmptyLines(true).setAllowMissingColumnNames(true).get();
        long badTimes = 0;
        try (CSVParser csv = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            Map<String, Integer> header = csv.getHeaderMap();
            for (String field : entry.columns().keySet()) {
                for (String column : entry.columns(field)) {
                    if (!header.containsKey(column)) {
                        throw new IOException("the map names column \"" + column + "\" (" + field
                                + ") but the header has " + header.keySet());
                    }
                }
            }
            for (CSVRecord row : csv) {
                Provenance p = new Provenance(source.evidenceLabel(), source.path(), null, "csv line",
                        row.getParser().getCurrentLineNumber(), DESCRIPTOR.id(), DESCRIPTOR.version());
                Timestamp time = time(entry, first(entry, row, "time"));
                if (time != null && time.utc() == null) {
                    badTimes++;
                }
                switch (entry.record()) {
                    case "contact" -> sink.contact(contact(entry, row, p));
                    case "call" -> sink.call(new Call(p, first(entry, row, "number"), first(entry, row, "name"), time,
                            Durations.seconds(first(entry, row, "duration")), entry.value("direction",
                            first(entry, row, "direction")), null, null, null,
                            entry.columns("kind").isEmpty() ? Call.CELLULAR : entry.value("kind", first(entry, row,
                            "kind")), null));
                    default -> sink.message(message(entry, row, p, time));
                }
            }
        } catch (IllegalArgumentException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new IOException("not CSV as the map describes it (" + e.getMessage() + ")", e);
        }
        if (badTimes > 0) {
            sink.problem(new Problem(source.evidenceLabel(), source.path(), badTimes + " times do not read as "
                    + (entry.timeFormat() == null ? "ISO-8601" : "\"" + entry.timeFormat() + "\"")
                    + "; their raw text is kept"));
        }
    }

    private static Contact contact(CsvMap.Entry entry, CSVRecord row, Provenance p) {
        List<ContactValue> values = new ArrayList<>();
        for (String column : entry.columns("phone")) {
            String v = row.get(column);
            if (v != null && !v.isBlank()) {
                values.add(new ContactValue("phone", v.strip(), column, null));
            }
        }
        for (String column : entry.columns("email")) {
            String v = row.get(column);
            if (v != null && !v.isBlank()) {
                values.add(new ContactValue("email", v.strip(), column, null));
            }
        }
        return new Contact(p, first(entry, row, "name"), values, null, false);
    }

    private static Message message(CsvMap.Entry entry, CSVRecord row, Provenance p, Timestamp time) {
        List<Party> parties = new ArrayList<>();
        for (String role : List.of("from", "to", "number")) {
            for (String column : entry.columns(role)) {
                String v = row.get(column);
                if (v != null && !v.isBlank()) {
                    parties.add(new Party(role.equals("number") ? "address" : role, v.strip()));
                }
            }
        }
        String kind = entry.columns("kind").isEmpty() ? "sms" : entry.value("kind", first(entry, row, "kind"));
        return new Message(p, kind == null ? "sms" : kind, entry.value("direction", first(entry, row, "direction")),
                time, null, first(entry, row, "body"), null, null, null, parties);
    }

    /** The first non-blank value of a field's columns, or null. */
    private static String first(CsvMap.Entry entry, CSVRecord row, String field) {
        for (String column : entry.columns(field)) {
            String v = row.get(column);
            if (v != null && !v.isBlank()) {
                return v.strip();
            }
        }
        return null;
    }

    private static char delimiter(String configured, String head) {
        if (configured != null && !configured.isEmpty()) {
            return configured.equalsIgnoreCase("tab") || configured.equals("\\t") ? '\t' : configured.charAt(0);
        }
        String firstLine = head.lines().findFirst().orElse("");
        char best = ',';
        long most = 0;
        for (char c : new char[] {',', ';', '\t', '|'}) {
            long count = firstLine.chars().filter(ch -> ch == c).count();
            if (count > most) {
                most = count;
                best = c;
            }
        }
        return best;
    }

    /** The time as the map says it is written; a zone-less time in the map's zone, else UTC (said). */
    static Timestamp time(CsvMap.Entry entry, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            if (entry.timeFormat() == null) {
                try {
                    return new Timestamp(OffsetDateTime.parse(raw).toInstant(), raw, "csv-iso");
                } catch (DateTimeParseException e) {
                    return local(entry, raw, LocalDateTime.parse(raw));
                }
            }
            TemporalAccessor t = DateTimeFormatter.ofPattern(entry.timeFormat()).parseBest(raw,
                    ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from);
            if (t instanceof ZonedDateTime z) {
                return new Timestamp(z.toInstant(), raw, "csv " + entry.timeFormat());
            }
            if (t instanceof OffsetDateTime o) {
                return new Timestamp(o.toInstant(), raw, "csv " + entry.timeFormat());
            }
            return local(entry, raw, (LocalDateTime) t);
        } catch (DateTimeParseException e) {
            return new Timestamp(null, raw, "csv-unreadable");
        }
    }

    private static Timestamp local(CsvMap.Entry entry, String raw, LocalDateTime t) {
        return entry.zone() == null
                ? new Timestamp(t.toInstant(ZoneOffset.UTC), raw, "csv-no-zone (read as UTC)")
                : new Timestamp(t.atZone(ZoneId.of(entry.zone())).toInstant(), raw, "csv in " + entry.zone());
    }

}
