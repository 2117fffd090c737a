package org.phonetriage.parsers.cellebrite;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.stream.Collectors;
import javax.xml.stream.XMLStreamException;
import org.apache.commons.io.ByteOrderMark;
import org.apache.commons.io.input.BOMInputStream;
import org.phonetriage.detect.FileTypeDetector;
import org.phonetriage.model.Problem;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.XmlCharacterFilter;

/**
 * Cellebrite UFED / Physical Analyzer reports: the report.xml of a UFDR (a zip, opened by the
 * evidence layer, Zip64 included), of a report folder, or on its own. Streamed (see
 * {@link UfedReportReader}), so a report of several GB goes through in bounded memory.
 *
 * <p>The failures seen in the field each get a problem naming the reason, and whatever was read
 * before them is kept: a report saved with protection (not XML at all), a truncated report, a PA
 * 8.5+ UFDR whose Device Info lives only in {@code DbData/database.db} (a PostgreSQL dump), model
 * types this tool does not read (counted and listed; they stay in the report).
 */
public final class UfedReportParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("export.cellebrite-ufed",
            "Cellebrite UFED / Physical Analyzer report (UFDR, report.xml)", "ufed-report", "1",
            "contacts, calls, SMS/MMS, chats, e-mail, accounts, device info");

    public UfedReportParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        return name.equalsIgnoreCase("report.xml") || FileTypeDetector.CELLEBRITE_REPORT.equals(mediaType);
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        // a byte-order mark says the encoding; without one Cellebrite writes UTF-8
        BOMInputStream bom = BOMInputStream.builder().setInputStream(in)
                .setByteOrderMarks(ByteOrderMark.UTF_8, ByteOrderMark.UTF_16LE, ByteOrderMark.UTF_16BE).get();
        Charset charset = bom.getBOMCharsetName() == null ? StandardCharsets.UTF_8
                : Charset.forName(bom.getBOMCharsetName());
        BufferedInputStream buffered = new BufferedInputStream(bom, 1 << 16);
        if (charset.equals(StandardCharsets.UTF_8)) {
            refuseIfNotXml(buffered);
        }
        UfedRecordMapper mapper = new UfedRecordMapper(descriptor(), source, sink);
        UfedReportReader reader = new UfedReportReader(mapper);
        XmlCharacterFilter filtered = new XmlCharacterFilter(new InputStreamReader(buffered, charset));
        try {
            reader.read(filtered);
            mapper.finish();
        } catch (XMLStreamException e) {
            throw new IOException(unreadable(e, reader.models()), e);
        } finally {
            report(filtered, mapper, source, sink);
        }
        if (reader.models() == 0 && mapper.deviceInfoItems() == 0) {
            sink.problem(new Problem(source.evidenceLabel(), source.path(),
                    "no decoded model and no Device Info in this report: nothing to read"));
        }
    }

    /**
     * A report that does not start like XML at all is a protected one: said so, before the XML
     * parser's "Content is not allowed in prolog".
     */
    private static void refuseIfNotXml(BufferedInputStream in) throws IOException {
        in.mark(64);
        byte[] head = in.readNBytes(64);
        in.reset();
        int i = 0;
        while (i < head.length && Character.isWhitespace(head[i])) {
            i++;
        }
        if (i >= head.length || head[i] != '<') {
            throw new IOException(head.length == 0 ? "the report is empty"
                    : "not XML (it starts with bytes " + HexFormat.of().formatHex(head, 0, Math.min(8, head.length))
                    + "): a report saved with protection (password) cannot be read; ask for an unprotected UFDR or"
                    + " XML report");
        }
    }

    private static String unreadable(XMLStreamException e, long models) {
        String where = e.getLocation() == null ? ""
                : " at line " + e.getLocation().getLineNumber() + ", column " + e.getLocation().getColumnNumber();
        String reason = e.getMessage() == null ? e.toString() : e.getMessage().replaceAll("\\s+", " ")
                .replaceFirst("^ParseError at \\[row,col\\]:\\[\\d+,\\d+\\] Message: ", "");
        boolean truncated = reason.contains("end of file") || reason.contains("must start and end")
                || reason.contains("Premature end") || reason.contains("EOF");
        return (truncated ? "the report ends before its last element (truncated?)" : "the report is not well-formed XML")
                + where + ": " + reason + "; the " + models + " models read before it are kept";
    }

    /** What the examiner must know about how this report was read. */
    private static void report(XmlCharacterFilter filter, UfedRecordMapper mapper, Source source, RecordSink sink) {
        if (filter.summary() != null) {
            problem(source, sink, filter.summary());
        }
        if (!mapper.skippedTypes().isEmpty()) {
            problem(source, sink, mapper.skippedTypes().values().stream().mapToLong(Long::longValue).sum()
                    + " models of types phonetriage does not read are not in the case (they stay in the report): "
                    + counts(mapper.skippedTypes()));
        }
        if (mapper.noOffsetTimes() > 0) {
            sink.problem(new Problem(source.evidenceLabel(), source.path(), mapper.noOffsetTimes()
                    + " times carry no UTC offset and were read as UTC (time encoding \"" + UfedTimestamps.NO_OFFSET
                    + "\")", org.phonetriage.model.ProblemCode.READ_WITH_ASSUMPTION));
        }
        if (mapper.deviceInfoItems() == 0) {
            boolean database = !source.siblings().under(parent(source.path()) + "DbData").isEmpty();
            problem(source, sink, "the report has no Device Info section, so the phone's own identifiers (IMEI,"
                    + " IMSI, ICCID, MSISDN) are not known from it" + (database
                    ? "; this PA 8.5+ UFDR keeps them in DbData/database.db, a PostgreSQL dump phonetriage cannot"
                    + " read (pg_restore can); the decoded models are read" : ""));
        }
    }

    private static String parent(String path) {
        int slash = path.lastIndexOf('/');
        return slash < 0 ? "" : path.substring(0, slash + 1);
    }

    private static String counts(Map<String, Long> counts) {
        return counts.entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", "));
    }

    private static void problem(Source source, RecordSink sink, String reason) {
        sink.problem(new Problem(source.evidenceLabel(), source.path(), reason));
    }

}
