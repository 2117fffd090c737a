package org.phonetriage.report.caseuco;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Call-log rows as Calls. The other party is the number the row names; this phone's side is its owner number
 * (see {@link CaseIndex#ownerParty}). Who called whom follows the direction; without one, both are participants.
 */
final class CallSection {

    private static final List<String> TEXTS =
            List.of("time_utc", "direction", "subscription");
    private static final List<String> INTEGERS = List.of("duration_s", "deleted");
    /** The directions in which the other party placed the call (as CommunicationGraph reads them). */
    static final Set<String> INBOUND =
            Set.of("incoming", "missed", "rejected", "blocked", "voicemail", "answered-elsewhere");

    private final Connection db;
    private final CaseIndex index;
    private final JsonLdGraphWriter out;
    private final RunResults results;

    CallSection(Connection db, CaseIndex index, JsonLdGraphWriter out, RunResults results) {
        this.db = db;
        this.index = index;
        this.out = out;
        this.results = results;
    }

    void write() throws SQLException, IOException {
        RecordsWithParties.forEach(db, "calls", TEXTS, INTEGERS, this::call);
    }

    private void call(RecordsWithParties.Row row, List<RecordsWithParties.Party> parties) throws IOException {
        String direction = row.text(1);
        NodeIri owner = index.ownerParty(row.deviceId(), row.text(2));
        DistinctIris distinct = new DistinctIris();
        for (RecordsWithParties.Party p : parties) {
            distinct.add(p.iri());
        }
        List<NodeIri> others = distinct.toList();
        NodeIri from = null;
        List<NodeIri> to = new ArrayList<>();
        List<NodeIri> participants = new ArrayList<>();
        if (INBOUND.contains(direction)) {
            from = others.isEmpty() ? null : others.remove(0);
            to.add(owner);
            participants.addAll(others); // a call has one caller; more numbers on one row are kept as participants
        } else if ("outgoing".equals(direction)) {
            from = owner;
            to.addAll(others);
        } else {
            participants.add(owner);
            participants.addAll(others);
        }
        NodeIri iri = index.record(UcoTerm.CALL, row.source());
        results.add(row.source().runId(), iri);
        out.beginNode(iri);
        out.beginFacets();
        out.beginNode(CaseIndex.facet(UcoTerm.CALL_FACET, iri));
        out.string(UcoTerm.CALL_TYPE, direction);
        out.ref(UcoTerm.FROM, from);
        out.nodeRefs(UcoTerm.TO, to);
        out.nodeRefs(UcoTerm.PARTICIPANT, participants);
        out.dateTime(UcoTerm.START_TIME, row.text(0));
        out.integer(UcoTerm.DURATION, row.integer(0));
        out.ref(UcoTerm.APPLICATION_PROPERTY, index.recordApplication(row.source().runId()));
        out.endNode();
        ContactSection.recovered(out, iri, row.integer(1));
        out.endArray();
        out.endNode();
    }
}
