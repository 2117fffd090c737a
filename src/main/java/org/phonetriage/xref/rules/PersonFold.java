package org.phonetriage.xref.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import org.phonetriage.xref.XrefReport.Person;
import org.phonetriage.xref.XrefReport.PersonName;
import org.phonetriage.xref.XrefReport.PersonProof;

/**
 * Persons: sets of identifiers the evidence proves belong to one human, each with its proof —
 * the rule, fed by either engine with the case's units, account pairs, decisions and names.
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
 * those no other person holds), so it does not depend on the order of ingest. Every input is
 * order-free: the fold sorts what it is given.
 */
public final class PersonFold {

    /** The identifier types that can tie owners together. */
    private static final Set<String> LINKING = Set.of("phone", "email", "iccid", "imei", "meid", "wa-lid",
            "app-account", "telegram");
    public static final Set<String> NOT_PROOF = Set.of("sim-in-phone", "shared-sim", "same-number", "app-account");

    /** A link between two units, proven or not, with the keys it rests on. */
    private record Link(String rule, String a, String b, Set<String> via) {
    }

    private final Map<String, PersonUnit> units = new TreeMap<>();
    /** unit id → its keys (a key unit, {@code key:K}, holds K alone). */
    private final Map<String, TreeMap<String, String>> unitKeys = new TreeMap<>();
    private final Map<String, List<String>> unitsOfKey = new TreeMap<>();
    private final UnionFind groups = new UnionFind();
    private final List<Link> applied = new ArrayList<>();
    private final List<Link> rejected = new ArrayList<>();
    /** link id → the key pair a decision on it is stored on, for every link that is no proof. */
    private final Map<String, String[]> decidable = new TreeMap<>();
    private final List<PersonName> names = new ArrayList<>();
    private final Function<String, String> regionOfPhone;

    /**
     * @param regionOfPhone the region a phone key was issued in (libphonenumber's), null if none
     */
    public PersonFold(List<PersonUnit> owners, Function<String, String> regionOfPhone) {
        this.regionOfPhone = regionOfPhone;
        for (PersonUnit u : owners) {
            units.put(u.id(), u);
            unitKeys.put(u.id(), new TreeMap<>(u.keys()));
            groups.find(u.id());
            u.keys().forEach((key, type) -> {
                if (LINKING.contains(type)) {
                    unitsOfKey.computeIfAbsent(key, k -> new ArrayList<>()).add(u.id());
                }
            });
        }
    }

    /**
     * Links the units: shared keys, the proven apps' account pairs (by {@link AccountPairs#PROVEN}
     * kind, each kind's pairs in record order), the examiner's accepted pairs, then the links that
     * are no proof unless rejected.
     *
     * @param proven   per proven kind, in {@link AccountPairs#PROVEN}'s order, its {account, phone} pairs
     * @param typeOf   the type of a key the examiner decided on (null for a key the case no longer holds)
     */
    public PersonFold link(List<List<String[]>> proven, List<AccountPairs.Pair> appAccounts, Decisions decisions,
                           Function<String, String> typeOf) {
        List<Link> pending = sharedKeyLinks();
        for (int i = 0; i < AccountPairs.PROVEN.size(); i++) {
            AccountPairs.Proven kind = AccountPairs.PROVEN.get(i);
            for (String[] pair : proven.get(i)) {
                apply(new Link(kind.rule(), unitOf(pair[0], kind.type()), unitOf(pair[1], "phone"),
                        new TreeSet<>(List.of(pair[0], pair[1]))));
            }
        }
        for (AccountPairs.Pair pair : appAccounts) {
            pending.add(new Link("app-account", unitOf(pair.keyA(), pair.typeA()), unitOf(pair.keyB(), pair.typeB()),
                    new TreeSet<>(List.of(pair.keyA(), pair.keyB()))));
        }
        for (String[] pair : decisions.accepted()) {
            apply(new Link("examiner-accepted", unitOf(pair[0], typeOf.apply(pair[0])),
                    unitOf(pair[1], typeOf.apply(pair[1])), new TreeSet<>(List.of(pair[0], pair[1]))));
        }
        for (Link l : pending) {
            if (NOT_PROOF.contains(l.rule()) && decisions.rejects(unitKeys.get(l.a()).keySet(),
                    unitKeys.get(l.b()).keySet())) {
                rejected.add(l);
            } else {
                apply(l);
            }
        }
        return this;
    }

    /** A name a device saved an identifier under (a contact, not a group's member list). */
    public void name(String device, String name, String key) {
        names.add(new PersonName(device, name, key));
    }

    /** Every key a person can hold (the units' and the linked keys'): the keys whose names {@link #name} needs. */
    public Set<String> keys() {
        Set<String> out = new TreeSet<>();
        unitKeys.values().forEach(k -> out.addAll(k.keySet()));
        return out;
    }

    /** Every link that is no proof, by its id, with the key pair a decision on it is stored on. */
    public Map<String, String[]> decidable() {
        return decidable;
    }

    private void apply(Link l) {
        groups.union(l.a(), l.b());
        applied.add(l);
    }

    /** The unit holding a key, or the key's own unit. */
    private String unitOf(String key, String type) {
        List<String> holders = unitsOfKey.get(key);
        if (holders != null) {
            return holders.get(0);
        }
        String id = "key:" + key;
        if (!unitKeys.containsKey(id)) {
            TreeMap<String, String> keys = new TreeMap<>();
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

    private static String rule(PersonUnit a, PersonUnit b, Set<String> via) {
        if (a.kind() != b.kind()) {
            return "sim-in-phone";
        }
        boolean onlyCards = via.stream().allMatch(k -> k.startsWith("iccid:"));
        if (a.kind() == PersonUnit.Kind.CARD) {
            return via.stream().anyMatch(k -> k.startsWith("iccid:")) ? "same-card" : "same-number";
        }
        return onlyCards ? "shared-sim" : "same-owner";
    }

    /** The persons: seized first, then by primary key. */
    public List<Person> persons() {
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
                PersonUnit u = units.get(unit);
                if (u != null) {
                    devices.add(u.device());
                    own.add(new PersonProof(null, u.kind() == PersonUnit.Kind.CARD ? "sim-card" : "device-owner", true,
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
            String id = "P-" + ShortHash.of(primary);
            keys.keySet().forEach(k -> personOfKey.putIfAbsent(k, id));
            groupUnits.get(i).forEach(unit -> personOfUnit.put(unit, id));
            proofs.put(id, groupProofs.get(i));
            Set<String> regions = new TreeSet<>();
            keys.forEach((k, type) -> {
                String region = "phone".equals(type) ? regionOfPhone.apply(k) : null;
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
        Map<String, List<PersonName>> namesOf = namesOf(personOfKey);
        List<Person> result = new ArrayList<>();
        for (Person p : out) {
            result.add(new Person(p.id(), p.key(), p.keys(), p.devices(), p.seized(),
                    namesOf.getOrDefault(p.id(), List.of()), proofs.get(p.id()), p.regions()));
        }
        result.sort((a, b) -> a.seized() != b.seized() ? (a.seized() ? -1 : 1) : a.key().compareTo(b.key()));
        return result;
    }

    private void addLinkProof(Link l, Map<String, String> personOfUnit, Map<String, List<PersonProof>> proofs,
                              String decision) {
        Set<String> devices = new TreeSet<>();
        for (String unit : List.of(l.a(), l.b())) {
            PersonUnit u = units.get(unit);
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
        return "L-" + ShortHash.of(l.rule() + "\u0000" + pairOf(l)[0] + "\u0000" + pairOf(l)[1]);
    }

    /** The identifier pair a decision on a link is stored on: the smallest key of each side. */
    private String[] pairOf(Link l) {
        String a = unitKeys.get(l.a()).firstKey();
        String b = unitKeys.get(l.b()).firstKey();
        return a.compareTo(b) <= 0 ? new String[] {a, b} : new String[] {b, a};
    }

    /** Per person, the names each device saved its identifiers under: each (device, name) once, by its first key. */
    private Map<String, List<PersonName>> namesOf(Map<String, String> personOfKey) {
        // in code point order, as SQL's binary collation orders UTF-8
        Comparator<String> codePoints = CodePointOrder::compare;
        names.sort(Comparator.comparing(PersonName::device, codePoints).thenComparing(PersonName::name, codePoints)
                .thenComparing(PersonName::key, codePoints));
        Map<String, Set<String>> seen = new TreeMap<>();
        Map<String, List<PersonName>> out = new TreeMap<>();
        for (PersonName n : names) {
            String person = personOfKey.get(n.key());
            if (person != null && seen.computeIfAbsent(person, p -> new TreeSet<>()).add(n.device() + "\u0000" + n.name())) {
                out.computeIfAbsent(person, p -> new ArrayList<>()).add(n);
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
}
