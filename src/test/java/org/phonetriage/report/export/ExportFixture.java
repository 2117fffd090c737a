package org.phonetriage.report.export;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.phonetriage.ingest.NetworkCaseBuilder;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.CommunicationGraph;
import org.phonetriage.xref.CrossReference;
import org.phonetriage.xref.XrefOptions;
import org.phonetriage.xref.XrefReport;
import org.w3c.dom.Document;

/**
 * A case with a known network for the export tests: the network of NetworkAnalysisTest (a broker
 * K between a Paris and a Lisbon group, an unseized boss H, a SIM seized apart from its phone),
 * plus a contact saved under a name full of XML metacharacters, one holding a control character
 * and a ';', one holding " | " and a backslash, and a phone whose own number is unknown (its node
 * is the stand-in device:U1).
 */
final class ExportFixture {

    static final String A1 = "+33610000001";
    static final String B1 = "+351910000001";
    static final String H = "+5511987650001";
    static final String ICCID_B2 = "iccid:89351000000000000024";
    static final String MARKUP_NAME = "<b>&\"'";
    static final String CONTROL_NAME = "Doe;John\u0007";
    /** A name holding the separator lists are joined with in i2 (a vCard import's "Last | First"). */
    static final String PIPE_NAME = "Doe | John \\ Jr";
    static final String PIPE_NUMBER = "+34600000009";

    final Path caseFile;
    final XrefReport xref;
    final CommunicationGraph graph;

    private ExportFixture(Path caseFile) throws Exception {
        this.caseFile = caseFile;
        try (Connection db = CaseDb.open(caseFile, false)) {
            xref = new CrossReference(db).build(new XrefReport.Tool("phonetriage", "test", "9.0.19"),
                    XrefOptions.DEFAULT);
            graph = CommunicationGraph.load(db);
        }
    }

    static ExportFixture create(Path dir) throws Exception {
        NetworkCaseBuilder network = new NetworkCaseBuilder(List.of("FR", "ES", "PT", "BR"));
        network.device("A1", "android").sim("89330100000000000017", A1, "208")
                .call("06 10 00 00 02", "outgoing", "2024-03-01T10:00:00Z", 60)
                .call("0055 11 98765 0001", "incoming", "2024-03-01T11:00:00Z", 120)
                .call("+34 600 00 00 01", "outgoing", "2024-03-02T09:00:00Z", 30)
                .sms("06 20 00 00 09", "outgoing", "2024-03-02T10:00:00Z")
                .contact("A2", "06 10 00 00 02").contact("Tio", "0055 11 98765 0001");
        network.device("A2", "android").sim("89330100000000000025", "+33610000002", "208")
                .call("+33 6 10 00 00 01", "incoming", "2024-03-01T10:00:02Z", 60)
                .sms("+55 11 98765-0001", "incoming", "2024-03-01T12:00:00Z")
                .contact("Chefe", "5511987650001@s.whatsapp.net");
        network.device("K", "android").sim("89340100000000000011", "+34600000001", "214")
                .call("0033 6 10 00 00 01", "incoming", "2024-03-02T09:00:01Z", 30)
                .call("+55 11 98765 0001", "outgoing", "2024-03-02T12:00:00Z", 300)
                .call("00351 910 000 001", "outgoing", "2024-03-04T10:00:00Z", 40)
                .contact(MARKUP_NAME, "+351 910 000 001").contact(CONTROL_NAME, "+351 910 000 002")
                .contact(PIPE_NAME, "+34 600 000 009");
        network.device("B1", "android").sim("89351000000000000016", B1, "268")
                .call("0034 600 000 001", "incoming", "2024-03-04T10:00:03Z", 40)
                .call("910 000 002", "outgoing", "2024-03-05T10:00:00Z", 50)
                .sms("920 000 009", "outgoing", "2024-03-05T11:00:00Z");
        network.device("B2", "android").sim("89351000000000000024", "+351910000002", "268")
                .call("+351 910 000 001", "incoming", "2024-03-05T10:00:01Z", 50);
        network.device("S-B2", "sim").sim("89351000000000000024", "910000002", "268");
        network.device("U1", "android").call("+33 6 10 00 00 01", "outgoing", "2024-03-07T10:00:00Z", 5);
        Path caseFile = dir.resolve("case.db");
        network.write(caseFile);
        return new ExportFixture(caseFile);
    }

    /** Writes every export format into {@code outDir}. */
    Path export(Path outDir) throws Exception {
        try (Connection db = CaseDb.open(caseFile, false)) {
            Exports.writeAll(db, xref, outDir);
        }
        return outDir;
    }

    /** Edges the exports must hold: communication, contact entries, and device → owner. */
    int expectedEdges() {
        int owners = 0;
        for (CommunicationGraph.DeviceNode d : graph.devices()) {
            owners += d.ownerKeys().contains(d.node()) ? d.ownerKeys().size() : d.ownerKeys().size() + 1;
        }
        return graph.edges().size() + graph.contactEdges().size() + owners;
    }

    int expectedNodes() {
        return graph.nodes().size() + graph.devices().size();
    }

    static Document parse(Path file) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(file.toFile());
    }
}
