package org.phonetriage.report.caseuco;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import org.phonetriage.report.AtomicOutput;

/**
 * Writes case.jsonld: the case as CASE 1.4.0 / UCO JSON-LD (research exports_linkanalysis.md A5), for tools that
 * read CASE. Devices with their evidence hashes, SIM cards, the phone numbers and other identifiers as shared
 * account nodes, contacts, calls, messages, and the ingest and parser runs as investigative actions.
 *
 * <p>Streamed from the case database; the IRIs are name-based UUIDs of stable data and nothing depends on the
 * clock, so exporting the same case twice gives the same bytes.
 */
public final class CaseUcoExport {

    public static final String FILE_NAME = "case.jsonld";

    private CaseUcoExport() {
    }

    public static void write(Connection db, Path path) throws SQLException, IOException {
        CaseIndex index = new CaseIndex(db);
        // a failed export must not leave a truncated case.jsonld that looks complete
        try (AtomicOutput file = AtomicOutput.create(path)) {
            try (JsonLdGraphWriter out = new JsonLdGraphWriter(file.stream())) {
                RunResults results = new RunResults();
                ActionSection actions = new ActionSection(index, out, results);
                actions.writeInvestigation();
                new EvidenceSection(db, index, out).write();
                new PartySection(db, out).write();
                new ContactSection(db, index, out, results).write();
                new CallSection(db, index, out, results).write();
                new MessageSection(db, index, out, results).write();
                actions.write();
            }
            file.commit();
        }
    }
}
