package org.phonetriage.report.caseuco;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * SMS and MMS rows as SMSMessages and Messages. Senders and recipients are the parties the row names (an MMS
 * lists them with from/to/cc/bcc); the side the row leaves out is this phone's owner number.
 */
final class MessageSection {

    private static final List<String> TEXTS =
            List.of("kind", "direction", "time_utc", "time_sent_utc", "body");
    private static final List<String> INTEGERS = List.of("read", "deleted");
    private static final Set<String> RECIPIENT_ROLES = Set.of("to", "cc", "bcc");

    private final Connection db;
    private final CaseIndex index;
    private final JsonLdGraphWriter out;
    private final RunResults results;

    MessageSection(Connection db, CaseIndex index, JsonLdGraphWriter out, RunResults results) {
        this.db = db;
        this.index = index;
        this.out = out;
        this.results = results;
    }

    void write() throws SQLException, IOException {
        RecordsWithParties.forEach(db, "messages", TEXTS, INTEGERS, this::message);
    }

    /** SMS rows are SMSMessages; every other kind (MMS, chat) a plain Message. */
    static UcoTerm nodeClass(String kind) {
        return "sms".equals(kind) ? UcoTerm.SMS_MESSAGE : UcoTerm.MESSAGE;
    }

    private void message(RecordsWithParties.Row row, List<RecordsWithParties.Party> parties) throws IOException {
        String kind = row.text(0);
        boolean incoming = "incoming".equals(row.text(1));
        NodeIri owner = index.ownerParty(row.deviceId(), null);
        DistinctIris senders = new DistinctIris();
        DistinctIris recipients = new DistinctIris();
        for (RecordsWithParties.Party p : parties) {
            // "address" (or nothing): the storage does not say, so the direction does
            boolean unsaid = p.partyRole() == null || "address".equals(p.partyRole());
            boolean sender = unsaid ? incoming : "from".equals(p.partyRole());
            boolean recipient = unsaid ? !incoming : RECIPIENT_ROLES.contains(p.partyRole());
            if (sender) {
                senders.add(p.iri());
            } else if (recipient) {
                recipients.add(p.iri());
            }
        }
        // a message has one sender; the phone left out its own side: the owner sent what it did not receive
        NodeIri from = senders.isEmpty() ? (incoming ? null : owner) : senders.first();
        List<NodeIri> to = recipients.toList();
        if (to.isEmpty() && incoming) {
            to.add(owner);
        }
        NodeIri iri = index.record(nodeClass(kind), row.source());
        results.add(row.source().runId(), iri);
        out.beginNode(iri);
        out.beginFacets();
        out.beginNode(CaseIndex.facet(UcoTerm.MESSAGE_FACET, iri));
        out.ref(UcoTerm.FROM, from);
        out.nodeRefs(UcoTerm.TO, to);
        out.string(UcoTerm.MESSAGE_TEXT, row.text(4));
        out.dateTime(UcoTerm.SENT_TIME, sentTime(row.text(1), row.text(2), row.text(3)));
        out.string(UcoTerm.MESSAGE_TYPE, kind == null ? null : kind.toUpperCase(Locale.ROOT));
        out.ref(UcoTerm.APPLICATION_PROPERTY, index.recordApplication(row.source().runId()));
        out.endNode();
        Long read = row.integer(0);
        if (nodeClass(kind) == UcoTerm.SMS_MESSAGE && read != null) {
            out.beginNode(CaseIndex.facet(UcoTerm.SMS_MESSAGE_FACET, iri));
            out.bool(UcoTerm.IS_READ, read != 0);
            out.endNode();
        }
        ContactSection.recovered(out, iri, row.integer(1));
        out.endArray();
        out.endNode();
    }

    /**
     * The phone's date of a sent message is when it was sent; of a received one, when it arrived, which is not
     * the sent time (that is date_sent). Drafts and failed messages were never sent.
     */
    static String sentTime(String direction, String time, String timeSent) {
        if (timeSent != null) {
            return timeSent;
        }
        return "outgoing".equals(direction) ? time : null;
    }
}
