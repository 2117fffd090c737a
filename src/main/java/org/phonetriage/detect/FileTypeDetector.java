package org.phonetriage.detect;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import javax.xml.namespace.QName;
import org.apache.tika.Tika;
import org.apache.tika.detect.XmlRootExtractor;

/**
 * Decides what a file is from its first bytes (Apache Tika's magic), never from its name:
 * examiners' exports rename and re-home files.
 */
public final class FileTypeDetector {

    public static final String SQLITE = "application/x-sqlite3";
    /** A Cellebrite UFED / Physical Analyzer report.xml. */
    public static final String CELLEBRITE_REPORT = "application/x-cellebrite-report+xml";
    /** A Magnet AXIOM XML export. */
    public static final String AXIOM_XML_EXPORT = "application/x-magnet-axiom+xml";
    /** An MSAB XRY text export (one report type per file). */
    public static final String XRY_TEXT_EXPORT = "text/x-msab-xry-export";
    /** A SIM card dumped as JSON: pySim-shell fsdump or the spec's simdump v1. */
    public static final String SIM_JSON_DUMP = "application/x-sim-dump+json";
    private static final String CELLEBRITE_NAMESPACE = "http://pa.cellebrite.com/report/2.0";
    private static final int PREFIX = 8 * 1024;

    private final Tika tika = new Tika();

    /** The media type of a stream's content (the stream is read, not closed). */
    public String detect(InputStream in) throws IOException {
        byte[] prefix = in.readNBytes(PREFIX);
        if (prefix.length == 0) {
            return "application/x-empty";
        }
        if (isSqlite(prefix)) {
            return SQLITE;
        }
        if (isXryTextExport(prefix)) {
            return XRY_TEXT_EXPORT;
        }
        if (SimJsonDumpSignature.matches(prefix)) {
            return SIM_JSON_DUMP;
        }
        String type = tika.detect(prefix);
        return "application/xml".equals(type) ? xmlType(prefix) : type;
    }

    /**
     * An XRY text export: UTF-16LE with its byte-order mark and, on the third of its five header
     * lines, a report type such as "Calls" or "Messages/SMS" (as Autopsy's XRY processor tells them).
     */
    private static boolean isXryTextExport(byte[] prefix) {
        if (prefix.length < 4 || (prefix[0] & 0xFF) != 0xFF || (prefix[1] & 0xFF) != 0xFE) {
            return false;
        }
        String[] lines = new String(prefix, 2, (prefix.length - 2) & ~1, StandardCharsets.UTF_16LE).split("\r?\n", 6);
        return lines.length >= 5 && lines[2].strip().toLowerCase(Locale.ROOT)
                .matches("calls|(contacts|messages|device|web|calendar|log|files|pictures)/[\\p{L} ]{1,40}");
    }

    /**
     * An XML export named by its content, whatever the file is called: a Cellebrite report by the
     * root element Tika extracts, an AXIOM export by its element grammar.
     */
    private static String xmlType(byte[] prefix) {
        QName root = new XmlRootExtractor().extractRootElement(prefix);
        if (root != null && CELLEBRITE_NAMESPACE.equals(root.getNamespaceURI())
                && "project".equals(root.getLocalPart())) {
            return CELLEBRITE_REPORT;
        }
        // AXIOM's root is not documented; its Artifact/Hits/Hit/Fragment grammar is
        String head = new String(prefix, StandardCharsets.UTF_8);
        if (head.contains("<Artifact ") && head.contains("<Hit>") && head.contains("<Fragment ")) {
            return AXIOM_XML_EXPORT;
        }
        return "application/xml";
    }

    /** The SQLite header string; checked here too so the answer never depends on Tika's version. */
    private static boolean isSqlite(byte[] prefix) {
        byte[] magic = "SQLite format 3\0".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        if (prefix.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if (prefix[i] != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
