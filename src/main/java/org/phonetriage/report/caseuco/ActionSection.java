package org.phonetriage.report.caseuco;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Provenance: the tools (phonetriage and libphonenumber at the versions that ingested each device, and each
 * parser), one InvestigativeAction per device ingest with the parser runs as its subactions, each run with the
 * file it read as object and the records it produced as results, and the Investigation that holds them.
 */
final class ActionSection {

    /**
     * Every record with the run that produced it and its source (see {@link CaseIndex#record}), in run order, so
     * each run's results stream in one pass.
     */
    private static final String RESULTS_SQL = "SELECT run_id, 0, id, NULL, src_table, src_row FROM contacts"
            + " UNION ALL SELECT run_id, 1, id, NULL, src_table, src_row FROM calls"
            + " UNION ALL SELECT run_id, 2, id, kind, src_table, src_row FROM messages"
            + " UNION ALL SELECT run_id, 3, id, NULL, NULL, NULL FROM sims ORDER BY 1, 2, 3";
    /** The record tables in the order of RESULTS_SQL's second column. */
    private static final List<String> RECORD_TABLES = List.of("contacts", "calls", "messages");

    private final Connection db;
    private final CaseIndex index;
    private final JsonLdGraphWriter out;

    ActionSection(Connection db, CaseIndex index, JsonLdGraphWriter out) {
        this.db = db;
        this.index = index;
        this.out = out;
    }

    /** The Investigation goes first: it names the devices, evidence items and ingest actions of the case. */
    void writeInvestigation() throws IOException {
        List<String> objects = new ArrayList<>();
        List<String> seeds = new ArrayList<>();
        List<String> labels = new ArrayList<>();
        for (CaseIndex.Device d : index.devices()) {
            objects.add(d.iri());
            seeds.add(d.seed());
            labels.add(d.label());
        }
        for (CaseIndex.EvidenceItem item : index.items()) {
            objects.add(index.item(item));
        }
        for (CaseIndex.Device d : index.devices()) {
            objects.add(index.ingest(d));
        }
        out.beginNode(CaseIri.of(UcoTerm.INVESTIGATION, String.join("\n", seeds)), UcoTerm.INVESTIGATION);
        out.string(UcoTerm.NAME, "phonetriage case: " + String.join(", ", labels));
        out.string(UcoTerm.INVESTIGATION_FORM, "case");
        out.refs(UcoTerm.CORE_OBJECT, objects);
        out.endNode();
    }

    void write() throws SQLException, IOException {
        tools();
        for (CaseIndex.Device d : index.devices()) {
            ingest(d);
        }
        runs();
    }

    private void tools() throws IOException {
        Map<String, String[]> tools = new TreeMap<>(); // iri -> name, version
        for (CaseIndex.Device d : index.devices()) {
            tools.put(phonetriage(d), new String[] {"phonetriage", d.toolVersion()});
            tools.put(libphonenumber(d), new String[] {"libphonenumber", d.libphonenumber()});
        }
        for (CaseIndex.ParserRun r : index.runs()) {
            tools.put(parser(r), new String[] {"phonetriage parser " + r.parserId(), r.parserVersion()});
        }
        for (Map.Entry<String, String[]> t : tools.entrySet()) {
            out.beginNode(t.getKey(), UcoTerm.TOOL);
            out.string(UcoTerm.NAME, t.getValue()[0]);
            out.string(UcoTerm.VERSION, t.getValue()[1]);
            out.endNode();
        }
    }

    private void ingest(CaseIndex.Device d) throws IOException {
        List<String> items = new ArrayList<>();
        for (CaseIndex.EvidenceItem item : index.items()) {
            if (item.deviceId() == d.id()) {
                items.add(index.item(item));
            }
        }
        List<String> runs = new ArrayList<>();
        for (CaseIndex.ParserRun r : index.runs()) {
            if (r.deviceId() == d.id()) {
                runs.add(index.run(r));
            }
        }
        out.beginNode(index.ingest(d), UcoTerm.INVESTIGATIVE_ACTION);
        out.string(UcoTerm.NAME, "ingest " + d.label());
        out.refs(UcoTerm.INSTRUMENT, List.of(phonetriage(d), libphonenumber(d)));
        out.refs(UcoTerm.ACTION_OBJECT, items);
        out.refs(UcoTerm.RESULT, List.of(d.iri()));
        out.refs(UcoTerm.SUBACTION, runs);
        out.dateTime(UcoTerm.ACTION_START_TIME, d.addedAt());
        out.endNode();
    }

    private void runs() throws SQLException, IOException {
        // a run's rows of one table come in id order: each table's rows sharing a source are numbered as they pass
        List<SourceOrdinals> ordinals = new ArrayList<>();
        for (String table : RECORD_TABLES) {
            ordinals.add(index.ordinals(table));
        }
        try (Statement st = db.createStatement(); ResultSet results = st.executeQuery(RESULTS_SQL)) {
            boolean more = results.next();
            for (CaseIndex.ParserRun r : index.runs()) {
                CaseIndex.Device d = index.device(r.deviceId());
                out.beginNode(index.run(r), UcoTerm.INVESTIGATIVE_ACTION);
                out.string(UcoTerm.NAME, r.parserId());
                out.string(UcoTerm.DESCRIPTION, r.message());
                out.refs(UcoTerm.INSTRUMENT, List.of(phonetriage(d), parser(r)));
                out.refs(UcoTerm.ACTION_OBJECT, List.of(index.runFile(r)));
                out.dateTime(UcoTerm.ACTION_START_TIME, r.startedAt());
                out.dateTime(UcoTerm.ACTION_END_TIME, r.finishedAt());
                out.string(UcoTerm.ACTION_STATUS, status(r.status()));
                while (more && results.getLong(1) < r.id()) {
                    more = results.next(); // records of a run that is gone: nothing to attach them to
                }
                boolean open = false;
                while (more && results.getLong(1) == r.id()) {
                    int table = results.getInt(2);
                    String srcTable = results.getString(5);
                    long ordinal = table < RECORD_TABLES.size()
                            ? ordinals.get(table).next(r.id(), srcTable, results.getObject(6)) : 0;
                    CaseIndex.Source source = new CaseIndex.Source(results.getLong(1), srcTable,
                            CaseIndex.longOrNull(results, 6), ordinal);
                    String iri = result(source, table, results.getLong(3), results.getString(4));
                    if (iri != null) {
                        if (!open) {
                            out.beginArray(UcoTerm.RESULT);
                            open = true;
                        }
                        out.refItem(iri);
                    }
                    more = results.next();
                }
                if (open) {
                    out.endArray();
                }
                out.endNode();
            }
        }
    }

    /** The node a record became; a siminfo row becomes its SIM card, if it names one. */
    private String result(CaseIndex.Source source, int table, long id, String kind) {
        return switch (table) {
            case 0 -> index.record(UcoTerm.CONTACT, source);
            case 1 -> index.record(UcoTerm.CALL, source);
            case 2 -> index.record(MessageSection.nodeClass(kind), source);
            default -> index.simCard(id);
        };
    }

    /** parser_runs.status in CASE's ActionStatusTypeVocab. */
    static String status(String status) {
        if (status == null) {
            return null;
        }
        return switch (status) {
            case "ok" -> "Success";
            case "failed" -> "Fail";
            case "running" -> "Ongoing";
            default -> "Unknown";
        };
    }

    private static String phonetriage(CaseIndex.Device d) {
        return CaseIri.of(UcoTerm.TOOL, "phonetriage", d.toolVersion());
    }

    private static String libphonenumber(CaseIndex.Device d) {
        return CaseIri.of(UcoTerm.TOOL, "libphonenumber", d.libphonenumber());
    }

    private static String parser(CaseIndex.ParserRun r) {
        return CaseIri.of(UcoTerm.TOOL, "parser", r.parserId(), r.parserVersion());
    }
}
