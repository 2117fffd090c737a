package org.phonetriage.ingest;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.phonetriage.normalize.DeviceNormalizedForm;
import org.phonetriage.normalize.DeviceRegion;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.normalize.NormalizedId;
import org.phonetriage.normalize.PartyCache;
import org.phonetriage.normalize.RegionContext;
import org.phonetriage.normalize.RegionHint;
import org.phonetriage.store.CaseRegions;
import org.phonetriage.store.CaseWriter;

/**
 * Reads a case's numbers again once every item is in, so that no result depends on the order
 * of the items. A number is read in a region context: the record's own clue, the device's home
 * region and area, and the countries of the case. While a case is being ingested the last two
 * are still moving (a device's home is found part-way through it; the case's countries grow with
 * each device), so every stored context that differs from the final one — the device's final
 * home region and area, {@link CaseRegions#of} the whole case — has its distinct raw values read
 * again, and the occurrences whose reading changed are moved to the new reading (with their
 * alternatives). One transaction per context: an interrupted pass is finished by the next one.
 *
 * <p>No index of occurrences by context is built for it (≈ 1 s of CPU per million occurrences):
 * one scan first lists the (context, reading) pairs of every context to read again — still true
 * while they are processed, as each context's statements touch only its own occurrences — and the
 * occurrences of a reading in a context are then found through occ_identifier, since they all
 * have the reading's identifier and the context's device.
 */
public final class CaseRenormalizer {

    private final Connection db;
    private final IdentifierNormalizer normalizer;
    private final PartyCache parties;

    public CaseRenormalizer(Connection db, IdentifierNormalizer normalizer) {
        this.db = db;
        this.normalizer = normalizer;
        this.parties = new PartyCache(normalizer, PartyCache.DEFAULT_CAPACITY);
    }

    /** A stored context and the device's final state. */
    private record Context(long id, long deviceId, String recordHint, String homeHint, String homeArea,
                           String caseRegions, String finalHome, String finalArea, Integer ton, String network) {

        /** The context its numbers were read in. */
        RegionContext asRead() {
            return DeviceRegion.context(RegionHint.parse(recordHint), RegionHint.parse(homeHint),
                    caseRegions.isEmpty() ? List.of() : List.of(caseRegions.split(",")), homeArea);
        }

        /** The context they are read in once the whole case is known. */
        RegionContext asFinal(List<String> regions) {
            return DeviceRegion.context(RegionHint.parse(recordHint), RegionHint.parse(finalHome), regions, finalArea);
        }

        boolean recorded(String regions) {
            return Objects.equals(homeHint, finalHome) && Objects.equals(homeArea, finalArea)
                    && caseRegions.equals(regions);
        }
    }

    /** A stored reading of a raw value in one context, and its alternatives stored in that context. */
    private record Stored(long readingId, long identifierId, String raw, String key, String confidence, String rule,
                          String region, String level, String alternatives, String attributes, String reason) {

        boolean same(NormalizedId n) {
            return Objects.equals(key, n.key()) && Objects.equals(confidence, n.confidence())
                    && Objects.equals(rule, n.rule()) && Objects.equals(region, n.region())
                    && Objects.equals(level, n.level())
                    && Objects.equals(alternatives, CaseWriter.alternativesText(n))
                    && Objects.equals(attributes, CaseWriter.attributesText(n)) && Objects.equals(reason, n.reason());
        }
    }

    /** Brings every context of the case's complete devices up to date; returns the readings that changed. */
    public long run() throws SQLException {
        List<String> regions = CaseRegions.of(db);
        String regionsText = String.join(",", regions);
        boolean auto = db.getAutoCommit();
        db.setAutoCommit(false);
        long changed = 0;
        try {
            List<Context> outdated = outdatedContexts(regionsText);
            List<Long> reread = new ArrayList<>();
            for (Context c : outdated) {
                if (!c.asFinal(regions).equals(c.asRead())) {
                    reread.add(c.id());
                }
            }
            listReadings(reread);
            for (Context c : outdated) {
                StopRequest.check();
                RegionContext ctx = c.asFinal(regions);
                RegionContext deviceCtx = DeviceRegion.context(null, RegionHint.parse(c.finalHome()), regions,
                        c.finalArea());
                RegionContext asRead = c.asRead();
                // a context that reads every number as before (only a region that was a hint joined) has nothing to redo
                boolean onlyCaseRegions = asRead.hints().equals(ctx.hints())
                        && Objects.equals(asRead.homeArea(), ctx.homeArea());
                ContextReadings readings = ctx.equals(asRead) ? ContextReadings.NONE : readingsByRaw(c.id());
                for (List<Stored> ofRaw : readings.primaries().values()) {
                    String raw = ofRaw.get(0).raw();
                    if (onlyCaseRegions && explicitlyInternational(raw)) {
                        continue;
                    }
                    NormalizedId now = c.ton() == null ? parties.party(raw, ctx)
                            : normalizer.stored(raw, c.ton(), c.network(), ctx);
                    if (!ofRaw.stream().allMatch(s -> s.same(now))) {
                        move(c, ofRaw, readings.alternatives().getOrDefault(raw, List.of()), now, deviceCtx);
                        changed++;
                    }
                }
                update("UPDATE region_contexts SET home_hint = ?, home_area = ?, case_regions = ? WHERE id = ?",
                        c.finalHome(), c.finalArea(), regionsText, c.id());
                db.commit();
            }
        } catch (SQLException | RuntimeException e) {
            db.rollback();
            throw e;
        } finally {
            try (Statement st = db.createStatement()) {
                st.execute("DROP TABLE IF EXISTS temp." + CONTEXT_READINGS);
            }
            db.setAutoCommit(auto);
        }
        return changed;
    }

    /**
     * A value written with its country ('+…') or as an address (a JID, an e-mail) is read the same
     * whatever the case's countries: they only serve national forms the device's region cannot
     * hold. Skipping such values when nothing but the case's countries changed halves the work on a
     * typical phone; anything else is read again.
     */
    private static boolean explicitlyInternational(String raw) {
        String value = raw.strip();
        return value.startsWith("+") || value.contains("@");
    }

    /** The contexts whose recorded state is not the case's final one. */
    private List<Context> outdatedContexts(String regionsText) throws SQLException {
        List<Context> out = new ArrayList<>();
        String sql = "SELECT c.id, c.device_id, c.record_hint, c.home_hint, c.home_area, c.case_regions,"
                + " d.home_region, d.region_basis, d.home_area, c.ton, c.network FROM region_contexts c"
                + " JOIN devices d ON d.id = c.device_id WHERE d.status = 'complete' ORDER BY c.id";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String home = rs.getString(7) == null ? null
                        : new RegionHint(rs.getString(7), rs.getString(8), !"examiner".equals(rs.getString(8))).text();
                Context c = new Context(rs.getLong(1), rs.getLong(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), home, rs.getString(9), rs.getObject(10) == null ? null : rs.getInt(10),
                        rs.getString(11));
                if (!c.recorded(regionsText)) {
                    out.add(c);
                }
            }
        }
        return out;
    }

    /** The temporary table of the readings used in each context read again. */
    private static final String CONTEXT_READINGS = "context_readings";

    /** The readings used in the given contexts, from one scan of the occurrences. */
    private void listReadings(List<Long> contextIds) throws SQLException {
        if (contextIds.isEmpty()) {
            return;
        }
        StringBuilder ids = new StringBuilder();
        for (long id : contextIds) {
            ids.append(ids.length() == 0 ? "" : ",").append(id);
        }
        try (Statement st = db.createStatement()) {
            st.execute("CREATE TEMP TABLE " + CONTEXT_READINGS + "(context_id INTEGER, reading_id INTEGER,"
                    + " PRIMARY KEY (context_id, reading_id)) WITHOUT ROWID");
            st.execute("INSERT OR IGNORE INTO temp." + CONTEXT_READINGS + " SELECT context_id, reading_id"
                    + " FROM occurrences WHERE context_id IN (" + ids + ")");
        }
    }

    /** A context's primary readings and alternatives, each grouped by raw value in reading order. */
    private record ContextReadings(Map<String, List<Stored>> primaries, Map<String, List<Stored>> alternatives) {
        static final ContextReadings NONE = new ContextReadings(Map.of(), Map.of());
    }

    /**
     * The readings used in a context, grouped by raw value: one raw value may have been stored
     * under two identical readings (the writer's reading cache is bounded).
     */
    private ContextReadings readingsByRaw(long contextId) throws SQLException {
        Map<String, List<Stored>> primaries = new LinkedHashMap<>();
        Map<String, List<Stored>> alternatives = new LinkedHashMap<>();
        String sql = "SELECT r.id, r.identifier_id, r.raw, i.key, r.confidence, r.rule, r.region, r.level,"
                + " r.alternatives, r.attributes, r.reason, r.rule LIKE '" + NormalizedId.ALTERNATIVE + "%'"
                + " FROM temp." + CONTEXT_READINGS + " t JOIN readings r ON r.id = t.reading_id"
                + " JOIN identifiers i ON i.id = r.identifier_id WHERE t.context_id = ? ORDER BY r.id";
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            ps.setLong(1, contextId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    (rs.getBoolean(12) ? alternatives : primaries).computeIfAbsent(rs.getString(3),
                            raw -> new ArrayList<>()).add(new Stored(rs.getLong(1),
                            rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
                            rs.getString(7), rs.getString(8), rs.getString(9), rs.getString(10), rs.getString(11)));
                }
            }
        }
        return new ContextReadings(primaries, alternatives);
    }

    /** The predicates of a reading's occurrences in a context: identifier and device lead, for occ_identifier. */
    private static final String IN_CONTEXT = "identifier_id = ? AND device_id = ? AND context_id = ? AND reading_id = ?";

    /** Moves the occurrences of one raw value in one context to its new reading and alternatives. */
    private void move(Context c, List<Stored> olds, List<Stored> oldAlternatives, NormalizedId now,
                      RegionContext deviceCtx) throws SQLException {
        String raw = olds.get(0).raw();
        // the old alternatives of this raw value in this context go first: they are re-derived below
        for (Stored alt : oldAlternatives) {
            update("DELETE FROM occurrences WHERE " + IN_CONTEXT, alt.identifierId(), c.deviceId(), c.id(),
                    alt.readingId());
        }
        if (!now.hasKey()) {
            for (Stored old : olds) {
                update("DELETE FROM occurrences WHERE " + IN_CONTEXT, old.identifierId(), c.deviceId(), c.id(),
                        old.readingId());
            }
            return;
        }
        long identifierId = identifier(now);
        long readingId = reading(identifierId, raw, now);
        for (Stored old : olds) {
            update("UPDATE occurrences SET identifier_id = ?, reading_id = ? WHERE " + IN_CONTEXT,
                    identifierId, readingId, old.identifierId(), c.deviceId(), c.id(), old.readingId());
        }
        for (NormalizedId.Alternative alt : now.alternatives()) {
            copyOccurrences(c, identifierId, readingId, raw, now.alternativeReading(alt), null);
        }
        for (String stored : deviceNormalized(c, identifierId, readingId)) {
            Optional<NormalizedId> candidate = DeviceNormalizedForm.candidate(now, stored,
                    parties.party(stored, deviceCtx));
            if (candidate.isPresent()) {
                copyOccurrences(c, identifierId, readingId, raw, candidate.get(), stored);
            }
        }
        long oldIdentifier = olds.get(0).identifierId();
        if (identifierId != oldIdentifier) {
            // an owner's own number read anew: its owner entries follow it
            update("UPDATE OR IGNORE owner_identifiers SET identifier_id = ? WHERE device_id = ? AND identifier_id = ?"
                    + " AND EXISTS (SELECT 1 FROM occurrences WHERE " + IN_CONTEXT + " AND role = 'owner')",
                    identifierId, c.deviceId(), oldIdentifier, identifierId, c.deviceId(), c.id(), readingId);
        }
    }

    /**
     * The occurrences of a reading as occurrences of another reading of the same raw value (one
     * phone's form, or all), in the order of their ids (occ_identifier's order within one identifier and device).
     */
    private void copyOccurrences(Context c, long fromIdentifier, long readingId, String raw, NormalizedId reading,
                                 String deviceNormalized) throws SQLException {
        long identifierId = identifier(reading);
        update("INSERT INTO occurrences(identifier_id, reading_id, device_id, role, record_table, record_id, name,"
                + " label, party_role, device_normalized, context_id) SELECT ?, ?, device_id, role, record_table,"
                + " record_id, name, label, party_role, device_normalized, context_id FROM occurrences"
                + " WHERE " + IN_CONTEXT + (deviceNormalized == null ? "" : " AND device_normalized = ?"),
                deviceNormalized == null
                        ? new Object[] {identifierId, reading(identifierId, raw, reading), fromIdentifier, c.deviceId(),
                            c.id(), readingId}
                        : new Object[] {identifierId, reading(identifierId, raw, reading), fromIdentifier, c.deviceId(),
                            c.id(), readingId, deviceNormalized});
    }

    /** The phone's own normalised forms stored beside a reading's occurrences in a context. */
    private List<String> deviceNormalized(Context c, long identifierId, long readingId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = db.prepareStatement("SELECT DISTINCT device_normalized FROM occurrences"
                + " WHERE " + IN_CONTEXT + " AND device_normalized IS NOT NULL AND device_normalized <> ''"
                + " ORDER BY 1")) {
            bind(ps, identifierId, c.deviceId(), c.id(), readingId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }

    private long identifier(NormalizedId n) throws SQLException {
        update("INSERT OR IGNORE INTO identifiers(key, type) VALUES (?, ?)", n.key(), n.type());
        try (PreparedStatement ps = db.prepareStatement("SELECT id FROM identifiers WHERE key = ?")) {
            ps.setString(1, n.key());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private long reading(long identifierId, String raw, NormalizedId n) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("INSERT INTO readings(identifier_id, raw, confidence, rule,"
                + " region, level, alternatives, attributes, reason) VALUES (?,?,?,?,?,?,?,?,?) RETURNING id")) {
            bind(ps, identifierId, raw, n.confidence(), n.rule(), n.region(), n.level(),
                    CaseWriter.alternativesText(n), CaseWriter.attributesText(n), n.reason());
            try (ResultSet id = ps.executeQuery()) {
                id.next();
                return id.getLong(1);
            }
        }
    }

    private void update(String sql, Object... values) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            bind(ps, values);
            ps.executeUpdate();
        }
    }

    private static void bind(PreparedStatement ps, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            ps.setObject(i + 1, values[i]);
        }
    }
}
