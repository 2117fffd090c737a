package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.model.UtcSeconds;
import org.phonetriage.xref.XrefReport.IdentifierOnDevice;
import org.phonetriage.xref.XrefReport.SharedIdentifier;
import org.phonetriage.xref.rules.LinkRules;

/**
 * The identifiers xref.json lists, each with what every device holding it says of it: the
 * (identifier, device) aggregates of the graph's pass over the occurrences ({@link OccurrencePass}).
 *
 * <p>Made in two steps: {@link #read} lists those the options select (held by enough devices, or
 * an owner's); {@link #with} then adds the few keys the analyses name that were not selected, and
 * returns the listing in key order.
 */
final class IdentifierListing {

    private final Connection db;
    private final OccurrencePass pass;
    private final Map<Long, String> labels;
    private final Map<Long, Ident> byId = new TreeMap<>();

    private IdentifierListing(Connection db, OccurrencePass pass, Map<Long, String> labels) {
        this.db = db;
        this.pass = pass;
        this.labels = labels;
    }

    /** The identifiers the options select. */
    static IdentifierListing read(Connection db, OccurrencePass pass, Map<Long, String> labels, XrefOptions options) {
        IdentifierListing listing = new IdentifierListing(db, pass, labels);
        if (options.all()) {
            pass.identifiers().forEach(i -> listing.add(i.id()));
        } else {
            for (long id : pass.identifierIds()) {
                long devices = pass.onDevices(id).stream().filter(d -> d.counted).count();
                if (devices >= options.minDevices() || pass.owned(id)) {
                    listing.add(id);
                }
            }
        }
        return listing;
    }

    /** The listing with the keys other sections name added (those not listed yet), in key order. */
    List<SharedIdentifier> with(Set<String> referenced) throws SQLException {
        for (String key : referenced) {
            OccurrencePass.Identifier i = pass.identifier(key);
            if (i != null && !byId.containsKey(i.id())) {
                add(i.id());
            }
        }
        Map<Long, List<String>> ownerOf = ownerOf();
        List<SharedIdentifier> out = new ArrayList<>();
        for (Map.Entry<Long, Ident> e : byId.entrySet()) {
            Ident i = e.getValue();
            i.devices.sort((a, b) -> a.label().compareTo(b.label()));
            out.add(new SharedIdentifier(i.key, i.type, i.confidence, ownerOf.getOrDefault(e.getKey(), List.of()),
                    i.devices));
        }
        out.sort((a, b) -> a.key().compareTo(b.key()));
        return out;
    }

    /** What each device says of one identifier; nothing when no device holds it. */
    private void add(long id) {
        for (OccurrencePass.OnDevice on : pass.onDevices(id)) {
            OccurrencePass.Identifier identifier = pass.identifier(id);
            Ident ident = byId.computeIfAbsent(id, k -> new Ident());
            ident.key = identifier.key();
            ident.type = identifier.type();
            String grade = on.confidence;
            if (ident.confidence == null || grade.compareTo(ident.confidence) < 0) {
                ident.confidence = grade;
            }
            String label = labels.get(on.deviceId);
            String level = LinkRules.deviceLevel(on.strong, on.service);
            // the rule of the best reading: "grade|rule", the grade sorting first
            String rule = on.confidenceRule.substring(on.confidenceRule.offsetByCodePoints(0,
                    Math.min(2, on.confidenceRule.codePointCount(0, on.confidenceRule.length()))));
            ident.devices.add(new IdentifierOnDevice(label, level, rule, on.roles.sorted(), on.occurrences,
                    on.listedNames(), on.raws.sorted(), UtcSeconds.of(on.first), UtcSeconds.of(on.last),
                    on.recovered));
        }
    }

    private Map<Long, List<String>> ownerOf() throws SQLException {
        Map<Long, TreeSet<String>> sets = new HashMap<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT DISTINCT identifier_id, device_id FROM owner_identifiers")) {
            while (rs.next()) {
                sets.computeIfAbsent(rs.getLong(1), k -> new TreeSet<>()).add(labels.get(rs.getLong(2)));
            }
        }
        Map<Long, List<String>> out = new HashMap<>();
        sets.forEach((k, v) -> out.put(k, List.copyOf(v)));
        return out;
    }

    private static final class Ident {
        String key;
        String type;
        String confidence;
        final List<IdentifierOnDevice> devices = new ArrayList<>();
    }
}
