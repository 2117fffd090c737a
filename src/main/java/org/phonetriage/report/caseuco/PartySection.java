package org.phonetriage.report.caseuco;

import java.io.IOException;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * One node per identifier that a record names or that is a phone's own number (see {@link PartyNode}), with
 * the normalized key as account identifier and every raw form it was read from, so the normalization stays
 * auditable. SIM identifiers (ICCID, IMSI, IMEI) that only describe a phone are on its SIM card and device.
 */
final class PartySection {

    private static final String SQL = "SELECT i.key, i.type, r.raw FROM identifiers i"
            + " JOIN readings r ON r.identifier_id = i.id"
            + " WHERE r.rule NOT LIKE 'alternative:%'"
            + " AND (i.type NOT IN ('iccid', 'imsi', 'imei')"
            + "  OR EXISTS (SELECT 1 FROM occurrences o WHERE o.identifier_id = i.id AND o.role <> 'owner'))"
            + " ORDER BY i.key, r.raw";

    private final Connection db;
    private final JsonLdGraphWriter out;

    PartySection(Connection db, JsonLdGraphWriter out) {
        this.db = db;
        this.out = out;
    }

    void write() throws SQLException, IOException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(SQL)) {
            String key = null;
            String type = null;
            List<String> raws = new ArrayList<>();
            while (rs.next()) {
                if (!rs.getString(1).equals(key)) {
                    if (key != null) {
                        party(key, type, raws);
                    }
                    key = rs.getString(1);
                    type = rs.getString(2);
                    raws = new ArrayList<>();
                }
                String raw = rs.getString(3);
                if (!raws.contains(raw)) {
                    raws.add(raw);
                }
            }
            if (key != null) {
                party(key, type, raws);
            }
        }
    }

    private void party(String key, String type, List<String> raws) throws IOException {
        UcoTerm nodeClass = PartyNode.nodeClass(type);
        NodeIri iri = PartyNode.iri(key, type);
        out.beginNode(iri);
        out.strings(UcoTerm.DESCRIPTION, raws.stream().map(r -> "seen as: " + r).toList());
        out.beginFacets();
        if (nodeClass == UcoTerm.EMAIL_ADDRESS) {
            out.beginNode(CaseIndex.facet(UcoTerm.EMAIL_ADDRESS_FACET, iri));
            out.string(UcoTerm.ADDRESS_VALUE, PartyNode.value(key));
            out.endNode();
        } else {
            if (nodeClass == UcoTerm.PHONE_ACCOUNT) {
                out.beginNode(CaseIndex.facet(UcoTerm.PHONE_ACCOUNT_FACET, iri));
                out.string(UcoTerm.PHONE_NUMBER, PartyNode.value(key));
                out.endNode();
            } else if ("alpha".equals(type)) {
                out.beginNode(CaseIndex.facet(UcoTerm.DIGITAL_ACCOUNT_FACET, iri));
                out.string(UcoTerm.DISPLAY_NAME, PartyNode.value(key));
                out.endNode();
            }
            out.beginNode(CaseIndex.facet(UcoTerm.ACCOUNT_FACET, iri));
            out.string(UcoTerm.ACCOUNT_IDENTIFIER, key);
            out.endNode();
        }
        out.endArray();
        out.endNode();
    }
}
