package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.xref.PersonUnits.Kind;
import org.phonetriage.xref.PersonUnits.Unit;
import org.phonetriage.xref.XrefReport.Person;
import org.phonetriage.xref.XrefReport.PersonName;
import org.phonetriage.xref.XrefReport.PersonProof;
import org.phonetriage.xref.rules.ShortHash;
import org.phonetriage.xref.rules.UnionFind;

/**
 * Persons: sets of identifiers the evidence proves belong to one human, each with its proof.
 *
 * <ul>
 *   <li>proven: what one seized device calls its own ({@code device-owner}) or one SIM card holds
 *   ({@code sim-card}); two devices sharing an own number, account or handset
 *   ({@code same-owner}); two dumps of one card ({@code same-card}); a WhatsApp privacy id and
 *   the number behind it ({@code whatsapp-lid}), a Telegram or Signal account and the number the
 *   app stores for it ({@code telegram-phone}, {@code signal-phone}); a pair the examiner accepted
 *   ({@code examiner-accepted});</li>
 *   <li>strong but no proof, applied unless the examiner rejects it: a phone and a SIM card it
 *   names ({@code sim-in-phone}: SIMs are swapped), two phones sharing only an ICCID
 *   ({@code shared-sim}), two cards with one number ({@code same-number}), an app's account and
 *   the number (or second id) its contact record keeps behind it ({@code app-account}: the number
 *   may be one the user typed).</li>
 * </ul>
 * An IMSI (cloned or test cards) and a number known only within one network never join anything.
 * A person's id comes from its primary key (its smallest phone number, else its smallest key, of
 * those no other person holds), so it does not depend on the order of ingest.
 */
public final class Persons {

    /** The identifier types that can tie owners together. */
    private static final Set<String> LINKING = Set.of("phone", "email", "iccid", "imei", "meid", "wa-lid",
            "app-account", "telegram");
    static final Set<String> NOT_PROOF = Set.of("sim-in-phone", "shared-sim", "same-number", "app-account");

    /** A link between two units, proven or not, with the keys it rests on. */
    private record Link(String rule, String a, String b, Set<String> via) {
    }

    private final Connection db;
    private final Map<String, Unit> units = new TreeMap<>();
    /** unit id → its keys (a key unit, {@code key:K}, holds K alone). */
    private final Map<String, Map<String, String>> unitKeys = new TreeMap<>();
    private final Map<String, List<String>> unitsOfKey = new TreeMap<>();
    private final UnionFind groups = new UnionFind();
    private final List<Link> applied = new ArrayList<>();
    private final List<Link> rejected = new ArrayList<>();
    /** link id → the key pair a decision on it is stored on, for every link that is no proof. */
    private final Map<String, String[]> decidable = new TreeMap<>();

    private Persons(Connection db) {
        this.db = db;
    }

    static List<Person> resolve(Connection db) throws SQLException {
        return new Persons(db).run();
    }

    /**
     * What the examiner can decide on: every link that is no proof (by its id) and every person
     * candidate (by its id), each with the key pairs a decision is stored on.
     */
    public static Map<String, List<String[]>> decidable(Connection db) throws SQLException {
        Persons p = new Persons(db);
        p.run();
        Map<String, List<String[]>> out = new TreeMap<>();
        p.decidable.forEach((id, pair) -> out.put(id, List.<String[]>of(pair)));
        for (XrefReport.PersonCandidate c : PersonCandidates.find(db)) {
            List<String[]> pairs = new ArrayList<>();
            for (String k : c.keys().subList(1, c.keys().size())) {
                pairs.add(new String[] {c.keys().get(0), k});
            }
            out.put(c.id(), pairs);
        }
        return out;
    }

    private List<Person> run() throws SQLException {
        for (Unit u : PersonUnits.load(db)) {
            units.put(u.id(), u);
            unitKeys.put(u.id(), u.keys());
            groups.find(u.id());
            u.keys().forEach((key, type) -> {
                if (LINKING.contains(type)) {
                    unitsOfKey.computeIfAbsent(key, k -> new ArrayList<>()).add(u.id());
                }
            });
        }
        PersonDecisions decisions = PersonDecisions.load(db);
        List<Link> pending = sharedKeyLinks();
        for (AccountPair kind : ACCOUNT_PAIRS) {
            for (String[] pair : accountPairs(kind)) {
                apply(new Link(kind.rule(), unitOf(pair[0], kind.type()), unitOf(pair[1], "phone"),
                        new TreeSet<>(List.of(pair[0], pair[1]))));
            }
        }
        for (AppAccountNumbers.Pair pair : AppAccountNumbers.find(db,
                ACCOUNT_PAIRS.stream().map(AccountPair::role).toList())) {
            pending.add(new Link("app-account", unitOf(pair.keyA(), pair.typeA()), unitOf(pair.keyB(), pair.typeB()),
                    new TreeSet<>(List.of(pair.keyA(), pair.keyB()))));
        }
        for (String[] pair : decisions.accepted()) {
            apply(new Link("examiner-accepted", unitOf(pair[0], typeOf(pair[0])), unitOf(pair[1], typeOf(pair[1])),
                    new TreeSet<>(List.of(pair[0], pair[1]))));
        }
        for (Link l : pending) {
            if (NOT_PROOF.contains(l.rule()) && decisions.rejects(unitKeys.get(l.a()).keySet(),
                    unitKeys.get(l.b()).keySet())) {
                rejected.add(l);
            } else {
                apply(l);
            }
        }
        return persons();
    }

    private void apply(Link l) {
        groups.union(l.a(), l.b());
        applied.add(l);
    }

    /** An identifier's type as the case stores it; null for a key the case no longer holds. */
    private String typeOf(String key) throws SQLException {
        try (var ps = db.prepareStatement("SELECT type FROM identifiers WHERE key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** The unit holding a key, or the key's own unit. */
    private String unitOf(String key, String type) {
        List<String> holders = unitsOfKey.get(key);
        if (holders != null) {
            return holders.get(0);
        }
        String id = "key:" + key;
        if (!unitKeys.containsKey(id)) {
            Map<String, String> keys = new TreeMap<>();
            keys.put(key, type);
            unitKeys.put(id, keys);
            unitsOfKey.put(key, new ArrayList<>(List.of(id)));
        }
        return id;
    }

    /** Units that hold one key, each pair once, with the rule their kinds and shared keys give. */
    private List<Link> sharedKeyLinks() {
        Map<String, Link> byPair = new TreeMap<>();
        unitsOfKey.forEach((key, holders) -> {
            for (int i = 1; i < holders.size(); i++) {
                String a = holders.get(0);
                String b = holders.get(i);
                byPair.computeIfAbsent(a + "\u0000" + b, p -> new Link(null, a, b, new TreeSet<>())).via().add(key);
            }
        });
        List<Link> out = new ArrayList<>();
        for (Link l : byPair.values()) {
            out.add(new Link(rule(units.get(l.a()), units.get(l.b()), l.via()), l.a(), l.b(), l.via()));
        }
        return out;
    }

    private static String rule(Unit a, Unit b, Set<String> via) {
        if (a.kind() != b.kind()) {
            return "sim-in-phone";
        }
        boolean onlyCards = via.stream().allMatch(k -> k.startsWith("iccid:"));
        if (a.kind() == Kind.CARD) {
            return via.stream().anyMatch(k -> k.startsWith("iccid:")) ? "same-card" : "same-number";
        }
        return onlyCards ? "shared-sim" : "same-owner";
    }

    /**
     * An app's record naming one account id and one phone number, in the app's own role (never a
     * phone-book entry): the app says the number is that account's.
     *
     * @param rule   the proof's name
     * @param role   the occurrences' role (the app's contact records)
     * @param type   the account id's identifier type
     * @param prefix the account keys' prefix ("" for any of that type)
     */
    private record AccountPair(String rule, String role, String type, String prefix) {
    }

    private static final List<AccountPair> ACCOUNT_PAIRS = List.of(
            new AccountPair("whatsapp-lid", "whatsapp-contact", "wa-lid", ""),
            new AccountPair("whatsapp-lid", "whatsapp-business-contact", "wa-lid", ""),
            new AccountPair("telegram-phone", "telegram-contact", "telegram", ""),
            new AccountPair("signal-phone", "signal-contact", "app-account", "app:signal:"));

    /** Records of an app naming one account id and one number: one account (a WhatsApp LID and its number …). */
    private List<String[]> accountPairs(AccountPair kind) throws SQLException {
        String sql = "SELECT o.record_id, i.key, i.type FROM occurrences o JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE o.record_table = 'contacts' AND o.role = ? AND i.type IN (?, 'phone')"
                + " AND (i.type = 'phone' OR i.key LIKE ? || '%')"
                + " AND o.record_id IN (SELECT o2.record_id FROM occurrences o2 JOIN identifiers i2"
                + "   ON i2.id = o2.identifier_id WHERE o2.record_table = 'contacts' AND o2.role = ?"
                + "   AND i2.type = ? AND i2.key LIKE ? || '%')"
                + " ORDER BY o.record_id, i.key";
        Map<Long, Set<String>[]> records = new TreeMap<>();
        try (var ps = db.prepareStatement(sql)) {
            ps.setString(1, kind.role());
            ps.setString(2, kind.type());
            ps.setString(3, kind.prefix());
            ps.setString(4, kind.role());
            ps.setString(5, kind.type());
            ps.setString(6, kind.prefix());
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    @SuppressWarnings("unchecked")
                    Set<String>[] kinds = records.computeIfAbsent(rs.getLong(1),
                            r -> new Set[] {new TreeSet<>(), new TreeSet<>()});
                    kinds[kind.type().equals(rs.getString(3)) ? 0 : 1].add(rs.getString(2));
                }
            }
        }
        Set<String> seen = new TreeSet<>();
        List<String[]> out = new ArrayList<>();
        for (Set<String>[] kinds : records.values()) {
            if (kinds[0].size() == 1 && kinds[1].size() == 1) {
                String[] pair = {kinds[0].iterator().next(), kinds[1].iterator().next()};
                if (seen.add(pair[0] + "\u0000" + pair[1])) {
                    out.add(pair);
                }
            }
        }
        return out;
    }

    private List<Person> persons() throws SQLException {
        Map<String, Set<String>> members = new TreeMap<>();
        for (String unit : unitKeys.keySet()) {
            members.computeIfAbsent(groups.find(unit), r -> new TreeSet<>()).add(unit);
        }
        Map<String, String> personOfKey = new TreeMap<>();
        Map<String, String> personOfUnit = new TreeMap<>();
        List<Person> out = new ArrayList<>();
        Map<String, List<PersonProof>> proofs = new LinkedHashMap<>();
        List<Map<String, String>> groupKeys = new ArrayList<>();
        List<Set<String>> groupDevices = new ArrayList<>();
        List<List<PersonProof>> groupProofs = new ArrayList<>();
        List<Set<String>> groupUnits = new ArrayList<>();
        Map<String, Integer> holders = new TreeMap<>();
        for (Set<String> group : members.values()) {
            Map<String, String> keys = new TreeMap<>();
            Set<String> devices = new TreeSet<>();
            List<PersonProof> own = new ArrayList<>();
            for (String unit : group) {
                keys.putAll(unitKeys.get(unit));
                Unit u = units.get(unit);
                if (u != null) {
                    devices.add(u.device());
                    own.add(new PersonProof(null, u.kind() == Kind.CARD ? "sim-card" : "device-owner", true,
                            List.copyOf(u.keys().keySet()), List.of(u.device()), null));
                }
            }
            if (devices.isEmpty() && keys.size() < 2) {
                continue;
            }
            groupKeys.add(keys);
            groupDevices.add(devices);
            groupProofs.add(own);
            groupUnits.add(group);
            keys.keySet().forEach(k -> holders.merge(k, 1, Integer::sum));
        }
        for (int i = 0; i < groupKeys.size(); i++) {
            Map<String, String> keys = groupKeys.get(i);
            Set<String> devices = groupDevices.get(i);
            String primary = primary(keys, holders, devices);
            String id = "P-" + hash(primary);
            keys.keySet().forEach(k -> personOfKey.putIfAbsent(k, id));
            groupUnits.get(i).forEach(unit -> personOfUnit.put(unit, id));
            proofs.put(id, groupProofs.get(i));
            Set<String> regions = new TreeSet<>();
            keys.forEach((k, type) -> {
                String region = "phone".equals(type) ? RegionFlows.region(k) : null;
                if (region != null) {
                    regions.add(region);
                }
            });
            out.add(new Person(id, primary, List.copyOf(keys.keySet()), List.copyOf(devices), !devices.isEmpty(),
                    List.of(), List.of(), List.copyOf(regions)));
        }
        for (Link l : applied) {
            addLinkProof(l, personOfUnit, proofs, null);
        }
        for (Link l : rejected) {
            addLinkProof(l, personOfUnit, proofs, "rejected");
        }
        Map<String, List<PersonName>> names = names(personOfKey);
        List<Person> result = new ArrayList<>();
        for (Person p : out) {
            result.add(new Person(p.id(), p.key(), p.keys(), p.devices(), p.seized(),
                    names.getOrDefault(p.id(), List.of()), proofs.get(p.id()), p.regions()));
        }
        result.sort((a, b) -> a.seized() != b.seized() ? (a.seized() ? -1 : 1) : a.key().compareTo(b.key()));
        return result;
    }

    private void addLinkProof(Link l, Map<String, String> personOfUnit, Map<String, List<PersonProof>> proofs,
                              String decision) {
        Set<String> devices = new TreeSet<>();
        for (String unit : List.of(l.a(), l.b())) {
            Unit u = units.get(unit);
            if (u != null) {
                devices.add(u.device());
            }
        }
        String linkId = null;
        if (NOT_PROOF.contains(l.rule())) {
            linkId = linkId(l);
            decidable.put(linkId, pairOf(l));
        }
        PersonProof proof = new PersonProof(linkId, l.rule(), !NOT_PROOF.contains(l.rule()), List.copyOf(l.via()),
                List.copyOf(devices), decision);
        for (String unit : List.of(l.a(), l.b())) {
            String person = personOfUnit.get(unit);
            List<PersonProof> list = person == null ? null : proofs.get(person);
            if (list != null && !list.contains(proof)) {
                list.add(proof);
            }
        }
    }

    /** The id an examiner names a link by: its rule and the smallest key of each side. */
    private String linkId(Link l) {
        return "L-" + hash(l.rule() + "\u0000" + pairOf(l)[0] + "\u0000" + pairOf(l)[1]);
    }

    /** The identifier pair a decision on a link is stored on: the smallest key of each side. */
    private String[] pairOf(Link l) {
        String a = ((TreeMap<String, String>) unitKeys.get(l.a())).firstKey();
        String b = ((TreeMap<String, String>) unitKeys.get(l.b())).firstKey();
        return a.compareTo(b) <= 0 ? new String[] {a, b} : new String[] {b, a};
    }

    /** The names each device saved a person's identifiers under (contacts, not groups). */
    private Map<String, List<PersonName>> names(Map<String, String> personOfKey) throws SQLException {
        Map<String, Set<String>> seen = new TreeMap<>();
        Map<String, List<PersonName>> out = new TreeMap<>();
        String sql = "SELECT d.label, o.name, i.key FROM occurrences o JOIN identifiers i ON i.id = o.identifier_id"
                + " JOIN devices d ON d.id = o.device_id WHERE o.record_table = 'contacts' AND o.name IS NOT NULL"
                + " AND o.role NOT LIKE '%group-member' ORDER BY d.label, o.name, i.key";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                String person = personOfKey.get(rs.getString(3));
                if (person != null && seen.computeIfAbsent(person, p -> new TreeSet<>())
                        .add(rs.getString(1) + "\u0000" + rs.getString(2))) {
                    out.computeIfAbsent(person, p -> new ArrayList<>())
                            .add(new PersonName(rs.getString(1), rs.getString(2), rs.getString(3)));
                }
            }
        }
        return out;
    }

    /**
     * The smallest phone number only this person holds, else its smallest such key; when every key
     * is shared with another person (a SIM card whose link to its phone was rejected), the stand-in
     * {@code device:LABEL} of its first device.
     */
    private static String primary(Map<String, String> keys, Map<String, Integer> holders, Set<String> devices) {
        List<String> own = keys.keySet().stream().filter(k -> holders.get(k) == 1).toList();
        return own.stream().filter(k -> "phone".equals(keys.get(k))).findFirst()
                .orElse(own.isEmpty() ? "device:" + devices.iterator().next() : own.get(0));
    }

    static String hash(String text) {
        return ShortHash.of(text);
    }
}
