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
import java.util.TreeSet;

/**
 * The seized devices and what was read from them: the evidence items (with their SHA-256), the files the
 * parsers read inside them, the SIM cards, and the apps whose data was read. Items are Extracted_From their
 * device, files and SIM cards Contained_Within theirs.
 */
final class EvidenceSection {

    private final Connection db;
    private final CaseIndex index;
    private final JsonLdGraphWriter out;

    EvidenceSection(Connection db, CaseIndex index, JsonLdGraphWriter out) {
        this.db = db;
        this.index = index;
        this.out = out;
    }

    void write() throws SQLException, IOException {
        for (CaseIndex.Device d : index.devices()) {
            device(d);
        }
        for (CaseIndex.EvidenceItem item : index.items()) {
            item(item);
        }
        files();
        simCards();
        applications();
    }

    private void device(CaseIndex.Device d) throws IOException {
        String iri = d.iri();
        out.beginNode(iri, d.nodeClass());
        out.string(UcoTerm.NAME, d.label());
        if (!d.imeis().isEmpty()) {
            out.beginFacets();
            out.beginNode(CaseIndex.facet(UcoTerm.MOBILE_DEVICE_FACET, iri), UcoTerm.MOBILE_DEVICE_FACET);
            out.strings(UcoTerm.IMEI, d.imeis());
            out.endNode();
            out.endArray();
        }
        out.endNode();
    }

    private void item(CaseIndex.EvidenceItem item) throws IOException {
        String iri = index.item(item);
        out.beginNode(iri, item.isFolder() ? UcoTerm.DIRECTORY : UcoTerm.FILE);
        if (item.isFolder() && item.sha256() != null) {
            // the tree hash hashes a listing, not content, so it is no ContentDataFacet hash
            out.string(UcoTerm.DESCRIPTION, "phonetriage tree hash (SHA-256 of the sorted sha256sum listing of"
                    + " its files): " + item.sha256());
        }
        out.beginFacets();
        out.beginNode(CaseIndex.facet(UcoTerm.FILE_FACET, iri), UcoTerm.FILE_FACET);
        out.string(UcoTerm.FILE_NAME, fileName(item.path()));
        out.string(UcoTerm.FILE_PATH, item.path());
        out.bool(UcoTerm.IS_DIRECTORY, item.isFolder() ? Boolean.TRUE : null);
        out.integer(UcoTerm.SIZE_IN_BYTES, item.size());
        out.endNode();
        if (!item.isFolder()) {
            contentData(iri, item.sha256(), item.size(), null);
        }
        out.endArray();
        out.endNode();
        relationship(iri, "Extracted_From", index.device(item.deviceId()).iri());
    }

    /** The files a parser read (and any a parser run names), each with its hash. */
    private void files() throws SQLException, IOException {
        String sql = "SELECT id, item_id, path, size, sha256, detected_type FROM evidence_files"
                + " WHERE status = 'parsed' OR id IN (SELECT file_id FROM parser_runs) ORDER BY item_id, id";
        Map<Long, String> itemIris = new TreeMap<>();
        for (CaseIndex.EvidenceItem item : index.items()) {
            itemIris.put(item.id(), index.item(item));
        }
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                long itemId = rs.getLong(2);
                String path = rs.getString(3);
                String iri = index.file(itemId, path);
                Long size = CaseIndex.longOrNull(rs, 4);
                out.beginNode(iri, UcoTerm.FILE);
                out.beginFacets();
                out.beginNode(CaseIndex.facet(UcoTerm.FILE_FACET, iri), UcoTerm.FILE_FACET);
                out.string(UcoTerm.FILE_NAME, fileName(path));
                out.string(UcoTerm.FILE_PATH, path);
                out.integer(UcoTerm.SIZE_IN_BYTES, size);
                out.endNode();
                contentData(iri, rs.getString(5), size, rs.getString(6));
                out.endArray();
                out.endNode();
                relationship(iri, "Contained_Within", itemIris.get(itemId));
            }
        }
    }

    /**
     * One node per card, shared by every device it was seen in; the IMSI only when all rows of the card agree
     * on one (SIMCardFacet allows a single value).
     */
    private void simCards() throws IOException {
        Map<String, List<CaseIndex.Sim>> byCard = new TreeMap<>();
        for (CaseIndex.Sim s : index.sims()) {
            if (s.cardKey() != null) {
                byCard.computeIfAbsent(s.cardKey(), k -> new ArrayList<>()).add(s);
            }
        }
        for (Map.Entry<String, List<CaseIndex.Sim>> card : byCard.entrySet()) {
            TreeSet<String> iccids = new TreeSet<>();
            TreeSet<String> imsis = new TreeSet<>();
            TreeSet<String> deviceIris = new TreeSet<>();
            for (CaseIndex.Sim s : card.getValue()) {
                if (s.iccidKey() != null) {
                    iccids.add(PartyNode.value(s.iccidKey()));
                }
                if (s.imsiKey() != null) {
                    imsis.add(PartyNode.value(s.imsiKey()));
                }
                deviceIris.add(index.device(s.deviceId()).iri());
            }
            String iri = CaseIndex.simCard(card.getKey());
            out.beginNode(iri, UcoTerm.SIM_CARD);
            out.beginFacets();
            out.beginNode(CaseIndex.facet(UcoTerm.SIM_CARD_FACET, iri), UcoTerm.SIM_CARD_FACET);
            out.string(UcoTerm.ICCID, iccids.size() == 1 ? iccids.first() : null);
            out.string(UcoTerm.IMSI, imsis.size() == 1 ? imsis.first() : null);
            out.endNode();
            out.endArray();
            out.endNode();
            for (String deviceIri : deviceIris) {
                relationship(iri, "Contained_Within", deviceIri);
            }
        }
    }

    private void applications() throws IOException {
        TreeSet<String> packages = new TreeSet<>();
        for (CaseIndex.ParserRun r : index.runs()) {
            index.runPackage(r.id()).ifPresent(packages::add);
        }
        for (String pkg : packages) {
            String iri = CaseIndex.application(pkg).toString();
            out.beginNode(iri, UcoTerm.APPLICATION);
            out.string(UcoTerm.NAME, pkg);
            out.beginFacets();
            out.beginNode(CaseIndex.facet(UcoTerm.APPLICATION_FACET, iri), UcoTerm.APPLICATION_FACET);
            out.string(UcoTerm.APPLICATION_IDENTIFIER, pkg);
            out.endNode();
            out.endArray();
            out.endNode();
        }
    }

    /** A ContentDataFacet with the SHA-256 as a types:Hash; nothing to say when neither hash nor size is known. */
    private void contentData(String ownerIri, String sha256, Long size, String mimeType) throws IOException {
        if (sha256 == null && size == null && mimeType == null) {
            return;
        }
        String facet = CaseIndex.facet(UcoTerm.CONTENT_DATA_FACET, ownerIri);
        out.beginNode(facet, UcoTerm.CONTENT_DATA_FACET);
        out.integer(UcoTerm.SIZE_IN_BYTES, size);
        out.string(UcoTerm.MIME_TYPE, mimeType);
        if (sha256 != null) {
            out.beginArray(UcoTerm.HASH_PROPERTY);
            out.beginNode(CaseIri.of(UcoTerm.HASH, facet, "SHA256"), UcoTerm.HASH);
            out.string(UcoTerm.HASH_METHOD, "SHA256");
            out.hexBinary(UcoTerm.HASH_VALUE, sha256);
            out.endNode();
            out.endArray();
        }
        out.endNode();
    }

    /** A directional ObservableRelationship: source is kind of target (e.g. Contained_Within). */
    private void relationship(String source, String kind, String target) throws IOException {
        out.beginNode(CaseIri.of(UcoTerm.OBSERVABLE_RELATIONSHIP, source, kind, target),
                UcoTerm.OBSERVABLE_RELATIONSHIP);
        out.ref(UcoTerm.SOURCE, source);
        out.ref(UcoTerm.TARGET, target);
        out.string(UcoTerm.KIND_OF_RELATIONSHIP, kind);
        out.bool(UcoTerm.IS_DIRECTIONAL, true);
        out.endNode();
    }

    private static String fileName(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return p.substring(p.lastIndexOf('/') + 1);
    }
}
