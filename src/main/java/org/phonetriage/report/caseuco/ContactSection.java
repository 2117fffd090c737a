package org.phonetriage.report.caseuco;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Address-book entries as Contacts. Phone numbers become ContactPhones, e-mail addresses ContactEmails, and a
 * messenger's entry (WhatsApp) or any other identifier a ContactMessaging; each points at the shared party node.
 * A row the phone marks deleted is still there to read, hence a RecoveredObjectFacet (research A5.2).
 */
final class ContactSection {

    private static final List<String> TEXTS = List.of("name");
    private static final List<String> INTEGERS = List.of("deleted");
    /** CASE's ContactPhoneScopeVocab; other labels ("Trampo") are the owner's words and stay out of the scope. */
    private static final Set<String> PHONE_SCOPES =
            Set.of("home", "work", "school", "mobile", "main", "home fax", "work fax", "pager");

    private final Connection db;
    private final CaseIndex index;
    private final JsonLdGraphWriter out;
    private final RunResults results;

    ContactSection(Connection db, CaseIndex index, JsonLdGraphWriter out, RunResults results) {
        this.db = db;
        this.index = index;
        this.out = out;
        this.results = results;
    }

    void write() throws SQLException, IOException {
        RecordsWithParties.forEach(db, "contacts", TEXTS, INTEGERS, this::contact);
    }

    private void contact(RecordsWithParties.Row row, List<RecordsWithParties.Party> parties) throws IOException {
        NodeIri iri = index.record(UcoTerm.CONTACT, row.source());
        results.add(row.source().runId(), iri);
        out.beginNode(iri);
        out.beginFacets();
        out.beginNode(CaseIndex.facet(UcoTerm.CONTACT_FACET, iri));
        out.string(UcoTerm.DISPLAY_NAME, row.text(0));
        out.ref(UcoTerm.SOURCE_APPLICATION, index.recordApplication(row.source().runId()));
        phones(iri, parties);
        emails(iri, parties);
        messaging(iri, parties);
        out.endNode();
        recovered(out, iri, row.integer(0));
        out.endArray();
        out.endNode();
    }

    /** A record the source marks deleted is still there to read: a RecoveredObjectFacet (contacts, calls, messages). */
    static void recovered(JsonLdGraphWriter out, NodeIri iri, Long deleted) throws IOException {
        if (deleted != null && deleted != 0) {
            out.beginNode(CaseIndex.facet(UcoTerm.RECOVERED_OBJECT_FACET, iri));
            out.string(UcoTerm.CONTENT_RECOVERED_STATUS, "recovered");
            out.endNode();
        }
    }

    private void phones(NodeIri contactIri, List<RecordsWithParties.Party> parties) throws IOException {
        List<RecordsWithParties.Party> phones = parties.stream().filter(ContactSection::isPhone).toList();
        if (phones.isEmpty()) {
            return;
        }
        out.beginArray(UcoTerm.CONTACT_PHONE_PROPERTY);
        for (int i = 0; i < phones.size(); i++) {
            RecordsWithParties.Party p = phones.get(i);
            out.beginNode(part(UcoTerm.CONTACT_PHONE, contactIri, phones, i));
            out.ref(UcoTerm.CONTACT_PHONE_NUMBER, p.iri());
            out.string(UcoTerm.CONTACT_PHONE_SCOPE, scope(p.label()));
            out.endNode();
        }
        out.endArray();
    }

    private void emails(NodeIri contactIri, List<RecordsWithParties.Party> parties) throws IOException {
        List<RecordsWithParties.Party> emails = parties.stream().filter(ContactSection::isEmail).toList();
        if (emails.isEmpty()) {
            return;
        }
        out.beginArray(UcoTerm.CONTACT_EMAIL_PROPERTY);
        for (int i = 0; i < emails.size(); i++) {
            RecordsWithParties.Party p = emails.get(i);
            out.beginNode(part(UcoTerm.CONTACT_EMAIL, contactIri, emails, i));
            out.ref(UcoTerm.EMAIL_ADDRESS_PROPERTY, p.iri());
            out.endNode();
        }
        out.endArray();
    }

    private void messaging(NodeIri contactIri, List<RecordsWithParties.Party> parties) throws IOException {
        List<RecordsWithParties.Party> other = parties.stream().filter(p -> !isPhone(p) && !isEmail(p)).toList();
        if (other.isEmpty()) {
            return;
        }
        out.beginArray(UcoTerm.CONTACT_MESSAGING_PROPERTY);
        for (int i = 0; i < other.size(); i++) {
            RecordsWithParties.Party p = other.get(i);
            out.beginNode(part(UcoTerm.CONTACT_MESSAGING, contactIri, other, i));
            out.ref(UcoTerm.MESSAGING_ADDRESS, p.iri());
            out.endNode();
        }
        out.endArray();
    }

    /**
     * A number, address or handle of a contact: named by the contact, the key and which entry of that key it is
     * (a card may hold one number twice, under two labels), not by its row id, which follows the order of ingest.
     */
    private static NodeIri part(UcoTerm nodeClass, NodeIri contactIri, List<RecordsWithParties.Party> parts, int index) {
        String key = parts.get(index).key();
        long before = parts.subList(0, index).stream().filter(p -> p.key().equals(key)).count();
        return CaseIri.iri(nodeClass, contactIri, key, before);
    }

    private static boolean isPhone(RecordsWithParties.Party p) {
        return "contact".equals(p.role()) && PartyNode.nodeClass(p.type()) == UcoTerm.PHONE_ACCOUNT;
    }

    private static boolean isEmail(RecordsWithParties.Party p) {
        return PartyNode.nodeClass(p.type()) == UcoTerm.EMAIL_ADDRESS;
    }

    static String scope(String label) {
        if (label == null) {
            return null;
        }
        String s = label.strip().toLowerCase(Locale.ROOT);
        return PHONE_SCOPES.contains(s) ? s : null;
    }
}
