package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The owners the evidence proves, each with the identifiers it holds: a seized phone (or any
 * extraction) is one owner with every identifier it calls its own (its SIMs' numbers and ICCIDs,
 * its IMEIs, its WhatsApp account, the accounts signed in with); a SIM card dump is one owner per
 * card, because a reader's folder may hold several cards of several people.
 */
final class PersonUnits {

    /** The unit's kind: a seized device, or one card of a SIM dump. */
    enum Kind { DEVICE, CARD }

    /**
     * @param id     {@code device:LABEL} or {@code card:LABEL:ICCID}
     * @param device the seized device's label
     * @param keys   identifier key → its type
     */
    record Unit(String id, Kind kind, String device, Map<String, String> keys) {
    }

    private PersonUnits() {
    }

    static List<Unit> load(Connection db) throws SQLException {
        Map<String, Unit> units = new TreeMap<>();
        String devices = "SELECT d.label, i.key, i.type FROM owner_identifiers o"
                + " JOIN devices d ON d.id = o.device_id JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE d.platform <> 'sim' ORDER BY d.label, i.key";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(devices)) {
            while (rs.next()) {
                units.computeIfAbsent("device:" + rs.getString(1),
                        id -> new Unit(id, Kind.DEVICE, id.substring(7), new TreeMap<>()))
                        .keys().put(rs.getString(2), rs.getString(3));
            }
        }
        // a card's own identifiers are those of its sims row; rows of one ICCID are one card
        String cards = "SELECT d.label, s.iccid, i.key, i.type FROM occurrences o"
                + " JOIN devices d ON d.id = o.device_id JOIN sims s ON s.id = o.record_id"
                + " JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE d.platform = 'sim' AND o.role = 'owner' AND o.record_table = 'sims' AND s.iccid IS NOT NULL"
                + " ORDER BY d.label, s.iccid, i.key";
        Map<String, Set<String>> cardsOfDevice = new TreeMap<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(cards)) {
            while (rs.next()) {
                String device = rs.getString(1);
                String iccid = rs.getString(2).replaceAll("[^0-9]", "");
                cardsOfDevice.computeIfAbsent(device, d -> new TreeSet<>()).add(iccid);
                units.computeIfAbsent("card:" + device + ":" + iccid, id -> new Unit(id, Kind.CARD, device, new TreeMap<>()))
                        .keys().put(rs.getString(3), rs.getString(4));
            }
        }
        addSingleCardsOtherKeys(db, units, cardsOfDevice);
        return new ArrayList<>(units.values());
    }

    /** A dump of one card: what it holds besides its sims row (the IMSI) is that card's too. */
    private static void addSingleCardsOtherKeys(Connection db, Map<String, Unit> units,
                                                Map<String, Set<String>> cardsOfDevice) throws SQLException {
        String sql = "SELECT d.label, i.key, i.type FROM owner_identifiers o"
                + " JOIN devices d ON d.id = o.device_id JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE d.platform = 'sim'";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                Set<String> cards = cardsOfDevice.get(rs.getString(1));
                if (cards != null && cards.size() == 1) {
                    units.get("card:" + rs.getString(1) + ":" + cards.iterator().next()).keys()
                            .putIfAbsent(rs.getString(2), rs.getString(3));
                }
            }
        }
    }
}
