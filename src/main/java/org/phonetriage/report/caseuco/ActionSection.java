package org.phonetriage.report.caseuco;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Provenance: the tools (phonetriage and libphonenumber at the versions that ingested each device, and each
 * parser), one InvestigativeAction per device ingest with the parser runs as its subactions, each run with the
 * file it read as object and the records it produced as results, and the Investigation that holds them.
 */
final class ActionSection {

    private final CaseIndex index;
    private final JsonLdGraphWriter out;
    private final RunResults results;

    ActionSection(CaseIndex index, JsonLdGraphWriter out, RunResults results) {
        this.index = index;
        this.out = out;
        this.results = results;
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

    void write() throws IOException {
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

    /**
     * Each run with its results: the records the sections wrote, as they kept them (in table and id order), then
     * the SIM cards of its siminfo rows.
     */
    private void runs() throws IOException {
        Map<Long, List<String>> simCards = new HashMap<>();
        for (CaseIndex.Sim s : index.sims()) { // in row id order
            String card = index.simCard(s.rowId());
            if (card != null) {
                simCards.computeIfAbsent(s.runId(), id -> new ArrayList<>()).add(card);
            }
        }
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
            boolean[] open = {false};
            results.forEach(r.id(), iri -> {
                if (!open[0]) {
                    out.beginArray(UcoTerm.RESULT);
                    open[0] = true;
                }
                out.refItem(iri);
            });
            List<String> cards = simCards.getOrDefault(r.id(), List.of());
            if (!open[0] && !cards.isEmpty()) {
                out.beginArray(UcoTerm.RESULT);
                open[0] = true;
            }
            for (String card : cards) {
                out.refItem(card);
            }
            if (open[0]) {
                out.endArray();
            }
            out.endNode();
        }
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
