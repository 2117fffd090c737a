package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.model.UtcSeconds;
import org.phonetriage.xref.XrefReport.DeviceLink;

/**
 * Pairs of seized devices tied because an owner identifier of one occurs on the other. Calls,
 * messages and contact entries count the records on either device that name the other's owner
 * identifiers (a call logged on both phones counts once per log). Two devices that own the same
 * identifier — two phones of one person — are shown as "same-owner", not as two people in
 * contact; a SIM card whose ICCID or IMSI a phone recorded as its own is "sim-in-phone". Two
 * devices that own one IMSI under different ICCIDs are "shared-imsi" (a cloned SIM or test cards),
 * a candidate link whatever else they share, never "same-owner".
 */
final class DeviceLinks {

    private DeviceLinks() {
    }

    static List<DeviceLink> find(Connection db, Map<Long, String> labels) throws SQLException {
        Set<String> sims = simLabels(db, labels);
        Map<String, Link> links = new TreeMap<>();
        String sql = "SELECT ow.device_id, o.device_id, o.key, o.role, max(o.level = 'strong'"
                + " AND o.confidence IN ('A','B')), count(*), min(o.time_utc), max(o.time_utc)"
                + " FROM (SELECT DISTINCT device_id, identifier_id FROM owner_identifiers) ow"
                + " JOIN occurrence_details o ON o.identifier_id = ow.identifier_id AND o.device_id <> ow.device_id"
                + " WHERE o.level IN ('strong','candidate') AND " + CommunicationGraph.NOT_EARLIER_VERSION
                + " GROUP BY ow.device_id, o.device_id, ow.identifier_id, o.role";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String a = labels.get(rs.getLong(1));
                String b = labels.get(rs.getLong(2));
                Link link = link(links, a, b);
                link.via.add(rs.getString(3));
                link.strong |= rs.getInt(5) == 1;
                long n = rs.getLong(6);
                String role = rs.getString(4);
                if (role.equals("owner")) {
                    link.sameOwner = true;
                    String key = rs.getString(3);
                    // a card's ICCID or IMSI among a phone's own identifiers: the card was in that phone
                    link.simInPhone |= (key.startsWith("iccid:") || key.startsWith("imsi:"))
                            && sims.contains(a) != sims.contains(b);
                } else if (role.endsWith("contact") || role.endsWith("member") || role.equals("sim-adn")) {
                    link.contacts += n;
                } else if (role.endsWith("call") || role.equals("sim-lnd")) {
                    link.calls += n;
                    link.seen(UtcSeconds.of(rs.getString(7)), UtcSeconds.of(rs.getString(8)));
                } else {
                    link.messages += n;
                    link.seen(UtcSeconds.of(rs.getString(7)), UtcSeconds.of(rs.getString(8)));
                }
            }
        }
        for (SharedImsi.Pair pair : SharedImsi.find(db)) {
            Link link = link(links, labels.get(pair.first()), labels.get(pair.second()));
            link.via.add(pair.imsiKey());
            link.sharedImsi = true;
        }
        return links.values().stream().map(Link::toReport).toList();
    }

    /** The link of two devices, whichever order they come in. */
    private static Link link(Map<String, Link> links, String a, String b) {
        String first = a.compareTo(b) <= 0 ? a : b;
        String second = first.equals(a) ? b : a;
        return links.computeIfAbsent(first + "\u0000" + second, k -> new Link(first, second));
    }

    private static Set<String> simLabels(Connection db, Map<Long, String> labels) throws SQLException {
        Set<String> sims = new HashSet<>();
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id FROM devices WHERE platform = 'sim'")) {
            while (rs.next()) {
                sims.add(labels.get(rs.getLong(1)));
            }
        }
        return sims;
    }

    private static final class Link {
        final String first;
        final String second;
        final TreeSet<String> via = new TreeSet<>();
        boolean strong;
        boolean sameOwner;
        boolean simInPhone;
        boolean sharedImsi;
        long calls;
        long messages;
        long contacts;
        String firstContact;
        String lastContact;

        Link(String first, String second) {
            this.first = first;
            this.second = second;
        }

        void seen(String from, String to) {
            if (from != null && (firstContact == null || from.compareTo(firstContact) < 0)) {
                firstContact = from;
            }
            if (to != null && (lastContact == null || to.compareTo(lastContact) > 0)) {
                lastContact = to;
            }
        }

        DeviceLink toReport() {
            String relation = sharedImsi ? "shared-imsi" : simInPhone ? "sim-in-phone" : sameOwner ? "same-owner"
                    : calls + messages > 0 ? "communication" : "contact-only";
            // what a clone copies (its MSISDN …) proves no more than the IMSI itself
            return new DeviceLink(List.of(first, second), strong && !sharedImsi ? "strong" : "candidate",
                    List.copyOf(via), calls,
                    messages, contacts, relation, firstContact, lastContact);
        }
    }
}
