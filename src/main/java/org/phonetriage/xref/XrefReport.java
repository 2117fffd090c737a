package org.phonetriage.xref;

import java.util.List;

/**
 * The cross-reference of a case, shaped exactly as {@code xref.json} v1 (see docs/xref-json.md):
 * field names map to snake_case keys, in this order; the fields after those of the contract are
 * additions (allowed within a version). Lists are sorted deterministically by whoever builds it;
 * a null list becomes an empty one, so scripts never meet null where a list belongs.
 *
 * @param failedAnalyses the analyses that failed (names from {@link CrossReference#ANALYSES}),
 *                       sorted; the sections they fill are empty, not wrong
 * @param otherCases     the identifiers of this case that a case repository holds in other cases
 *                       (report/triage {@code --repo}), sorted by key; empty without a repository
 */
public record XrefReport(String format, int version, String generatedAt, Tool tool,
                         List<DeviceSummary> devices, List<SharedIdentifier> identifiers,
                         List<DeviceLink> deviceLinks, List<KeyPlayer> keyPlayers,
                         List<SharedIdentifier> serviceIdentifiers, List<CommonContacts> commonContacts,
                         List<Community> communities, List<PersonCandidate> personCandidates,
                         List<Person> persons, List<RegionFlow> regionFlows, List<String> failedAnalyses,
                         List<OtherCaseHit> otherCases) {

    public static final String FORMAT = "phonetriage-xref";
    public static final int VERSION = 1;

    public XrefReport {
        devices = list(devices);
        identifiers = list(identifiers);
        deviceLinks = list(deviceLinks);
        keyPlayers = list(keyPlayers);
        serviceIdentifiers = list(serviceIdentifiers);
        commonContacts = list(commonContacts);
        communities = list(communities);
        personCandidates = list(personCandidates);
        failedAnalyses = list(failedAnalyses);
        persons = list(persons);
        regionFlows = list(regionFlows);
        otherCases = list(otherCases);
    }

    /** Without persons, region flows and other cases. */
    public XrefReport(String format, int version, String generatedAt, Tool tool, List<DeviceSummary> devices,
                      List<SharedIdentifier> identifiers, List<DeviceLink> deviceLinks, List<KeyPlayer> keyPlayers,
                      List<SharedIdentifier> serviceIdentifiers, List<CommonContacts> commonContacts,
                      List<Community> communities, List<PersonCandidate> personCandidates,
                      List<String> failedAnalyses) {
        this(format, version, generatedAt, tool, devices, identifiers, deviceLinks, keyPlayers, serviceIdentifiers,
                commonContacts, communities, personCandidates, List.of(), List.of(), failedAnalyses, null);
    }

    /** The same report with the hits a case repository gave, and the analyses that failed then. */
    public XrefReport withOtherCases(List<OtherCaseHit> hits, List<String> failed) {
        return new XrefReport(format, version, generatedAt, tool, devices, identifiers, deviceLinks, keyPlayers,
                serviceIdentifiers, commonContacts, communities, personCandidates, persons, regionFlows, failed, hits);
    }

    /** Without failed analyses. */
    public XrefReport(String format, int version, String generatedAt, Tool tool, List<DeviceSummary> devices,
                      List<SharedIdentifier> identifiers, List<DeviceLink> deviceLinks, List<KeyPlayer> keyPlayers,
                      List<SharedIdentifier> serviceIdentifiers, List<CommonContacts> commonContacts,
                      List<Community> communities, List<PersonCandidate> personCandidates) {
        this(format, version, generatedAt, tool, devices, identifiers, deviceLinks, keyPlayers, serviceIdentifiers,
                commonContacts, communities, personCandidates, null);
    }

    /** The contract's fields only. */
    public XrefReport(String format, int version, String generatedAt, Tool tool, List<DeviceSummary> devices,
                      List<SharedIdentifier> identifiers, List<DeviceLink> deviceLinks, List<KeyPlayer> keyPlayers) {
        this(format, version, generatedAt, tool, devices, identifiers, deviceLinks, keyPlayers, null, null, null, null,
                null);
    }

    public record Tool(String name, String version, String libphonenumber) {
    }

    /**
     * @param ownerUnknown true when no owner identifier was found: said, not left to be guessed
     * @param complete     false when the ingest of this device was interrupted: it holds only part
     *                     of its evidence until the triage is run again
     * @param networkKey   the key its owner has in the communication network, wherever
     *                     {@code key_players}, {@code communities} and the graph exports name it:
     *                     the owner's first own phone number, or {@code device:LABEL} when none is
     *                     known (a key that exists only here, not in {@code identifiers})
     */
    public record DeviceSummary(String label, String platform, List<EvidenceRef> evidence,
                                String homeRegion, String regionBasis,
                                List<OwnerIdentifier> ownerIdentifiers, Counts counts, boolean ownerUnknown,
                                boolean complete, String networkKey) {
        public DeviceSummary {
            evidence = list(evidence);
            ownerIdentifiers = list(ownerIdentifiers);
        }

        public DeviceSummary(String label, String platform, List<EvidenceRef> evidence, String homeRegion,
                             String regionBasis, List<OwnerIdentifier> ownerIdentifiers, Counts counts,
                             boolean complete, String networkKey) {
            this(label, platform, evidence, homeRegion, regionBasis, ownerIdentifiers, counts,
                    ownerIdentifiers == null || ownerIdentifiers.isEmpty(), complete, networkKey);
        }

        public DeviceSummary(String label, String platform, List<EvidenceRef> evidence, String homeRegion,
                             String regionBasis, List<OwnerIdentifier> ownerIdentifiers, Counts counts,
                             boolean complete) {
            this(label, platform, evidence, homeRegion, regionBasis, ownerIdentifiers, counts, complete, null);
        }

        public DeviceSummary(String label, String platform, List<EvidenceRef> evidence, String homeRegion,
                             String regionBasis, List<OwnerIdentifier> ownerIdentifiers, Counts counts) {
            this(label, platform, evidence, homeRegion, regionBasis, ownerIdentifiers, counts, true);
        }
    }

    /**
     * An evidence item of a device.
     *
     * @param path   as named on the command line at ingest (relative paths stay relative)
     * @param sha256 null when the item could not be opened
     * @param format the container it was read as ({@code folder}, {@code zip}, {@code tar} …), null
     *               when it could not be opened
     * @param name   the item's own file or folder name, whatever the working directory was: an
     *               addition after the contract's fields
     */
    public record EvidenceRef(String path, String sha256, String format, String name) {

        /** The name taken from the path as given. */
        public EvidenceRef(String path, String sha256, String format) {
            this(path, sha256, format, ItemName.of(path));
        }
    }

    public record OwnerIdentifier(String key, String basis) {
    }

    /**
     * @param recovered contacts, calls and messages recovered from deleted database bytes, which the
     *                  three counts before leave out
     */
    public record Counts(long contacts, long calls, long messages, long identifiers, long recovered) {

        public Counts(long contacts, long calls, long messages, long identifiers) {
            this(contacts, calls, messages, identifiers, 0);
        }
    }

    public record SharedIdentifier(String key, String type, String confidence, List<String> ownerOf,
                                   List<IdentifierOnDevice> devices) {
        public SharedIdentifier {
            ownerOf = list(ownerOf);
            devices = list(devices);
        }
    }

    /** @param recovered how many of its occurrences are in records recovered from deleted database bytes */
    public record IdentifierOnDevice(String label, String level, String rule, List<String> roles,
                                     long occurrences, List<String> names, List<String> raw,
                                     String firstSeen, String lastSeen, long recovered) {
        public IdentifierOnDevice {
            roles = list(roles);
            names = list(names);
            raw = list(raw);
        }

        public IdentifierOnDevice(String label, String level, String rule, List<String> roles, long occurrences,
                                  List<String> names, List<String> raw, String firstSeen, String lastSeen) {
            this(label, level, rule, roles, occurrences, names, raw, firstSeen, lastSeen, 0);
        }
    }

    /**
     * @param relation     communication (calls or messages between them), contact-only (saved
     *                     numbers but no communication), same-owner (both devices own one
     *                     identifier: two phones of one person), sim-in-phone (a SIM card whose
     *                     ICCID or IMSI the phone recorded as its own: the card was in that phone)
     *                     or shared-imsi (one IMSI under different ICCIDs: a cloned SIM or test
     *                     cards, not one owner; always a candidate)
     * @param firstContact the first call or message between them, UTC
     */
    public record DeviceLink(List<String> devices, String level, List<String> via, long calls,
                             long messages, long contactEntries, String relation, String firstContact,
                             String lastContact) {
        public DeviceLink {
            devices = list(devices);
            via = list(via);
        }

        public DeviceLink(List<String> devices, String level, List<String> via, long calls, long messages,
                          long contactEntries) {
            this(devices, level, via, calls, messages, contactEntries, null, null, null);
        }
    }

    /**
     * @param key        an identifier's key, listed in {@code identifiers}; or, for a seized device
     *                   whose owner has no known number, {@code device:LABEL}, which
     *                   {@code standInFor} and {@code devices[].network_key} resolve
     * @param names      the names it is saved under, across devices (aliases)
     * @param community  the id of the community it belongs to (see {@link Community}), null if none
     * @param standInFor the label of the seized device whose owner {@code key} stands in for (a
     *                   {@code device:} key); null for an identifier
     * @param person     the id of the person (in {@code persons}) whose primary identifier {@code key}
     *                   is, whose identifiers were ranked as one; null for a lone identifier
     * @param estimate   null when the score is exact; else how it was estimated
     * @param seizedContacts how many seized persons communicate with it directly: for a lead, how far
     *                   the seized network reaches it; the first thing ranked by
     * @param reason     why it is on the list, in words: the seized persons it talks with, the
     *                   communities its contacts belong to, its traffic
     */
    public record KeyPlayer(int rank, String key, String metric, double score, boolean seized,
                            int devices, List<String> names, long degree, long communications, Integer community,
                            String standInFor, String person, String estimate, int seizedContacts,
                            String reason) {
        public KeyPlayer {
            names = list(names);
        }

        public KeyPlayer(int rank, String key, String metric, double score, boolean seized, int devices,
                         List<String> names, long degree, long communications, Integer community, String standInFor) {
            this(rank, key, metric, score, seized, devices, names, degree, communications, community, standInFor,
                    null, null, 0, null);
        }

        public KeyPlayer(int rank, String key, String metric, double score, boolean seized, int devices) {
            this(rank, key, metric, score, seized, devices, null, 0, 0, null, null);
        }
    }

    /** Identifiers that two seized devices both hold, besides their owners' own. */
    public record CommonContacts(List<String> devices, List<String> keys) {
        public CommonContacts {
            devices = list(devices);
            keys = list(keys);
        }
    }

    /** A group of identifiers that communicate more among themselves than with the rest. */
    public record Community(int id, List<String> members, List<String> seizedDevices) {
        public Community {
            members = list(members);
            seizedDevices = list(seizedDevices);
        }
    }

    /**
     * Identifiers saved on one contact card on two or more devices: proposed as one person, for
     * the examiner to confirm; merged only when accepted.
     *
     * @param id       what {@code phonetriage persons accept|reject} names it by
     * @param decision {@code accepted}, {@code rejected}, or null while undecided
     */
    public record PersonCandidate(List<String> keys, List<CardEvidence> cards, String id, String decision) {
        public PersonCandidate {
            keys = list(keys);
            cards = list(cards);
        }

        public PersonCandidate(List<String> keys, List<CardEvidence> cards) {
            this(keys, cards, null, null);
        }
    }

    /**
     * A person: identifiers the evidence proves belong to one human (see docs/xref-json.md).
     *
     * @param id      stable: derived from {@code key}
     * @param key     the primary identifier (its smallest phone number, else its smallest key)
     * @param devices the seized devices (or SIM dumps) it owns
     * @param names   what each device saved its identifiers under: aliases, not identity
     * @param proofs  why its identifiers are one person's
     * @param regions the regions its phone numbers were issued in, sorted
     */
    public record Person(String id, String key, List<String> keys, List<String> devices, boolean seized,
                         List<PersonName> names, List<PersonProof> proofs, List<String> regions,
                         Integer keyPlayerRank) {
        public Person {
            keys = list(keys);
            devices = list(devices);
            names = list(names);
            proofs = list(proofs);
            regions = list(regions);
        }

        public Person(String id, String key, List<String> keys, List<String> devices, boolean seized,
                      List<PersonName> names, List<PersonProof> proofs, List<String> regions) {
            this(id, key, keys, devices, seized, names, proofs, regions, null);
        }

        /** This person with its rank among the key players (null: not among them). */
        public Person ranked(Integer rank) {
            return new Person(id, key, keys, devices, seized, names, proofs, regions, rank);
        }
    }

    /**
     * Calls and messages from the numbers of one region (and area) to those of another.
     *
     * @param fromArea where in a large country the initiators' numbers were issued; null elsewhere
     * @param pairs    how many (initiator, recipient) pairs of numbers the flow sums
     */
    public record RegionFlow(String from, String fromArea, String to, String toArea, long calls, long messages,
                             long pairs) {
    }

    /** A name one device saved one of a person's identifiers under. */
    public record PersonName(String device, String name, String key) {
    }

    /**
     * One reason identifiers are one person's.
     *
     * @param id       for a link that is no proof, what {@code persons accept|reject} names it by; else null
     * @param rule     device-owner, sim-card, same-owner, same-card, whatsapp-lid, examiner-accepted,
     *                 sim-in-phone, shared-sim, same-number, app-account
     * @param proof    true when the evidence proves it; false for a strong link the examiner may reject
     * @param keys     the identifiers it rests on
     * @param devices  the seized devices it involves
     * @param decision {@code rejected} when the examiner rejected it (it then joins nothing); else null
     */
    public record PersonProof(String id, String rule, boolean proof, List<String> keys, List<String> devices,
                              String decision) {
        public PersonProof {
            keys = list(keys);
            devices = list(devices);
        }
    }

    /** A contact card holding several of a candidate's identifiers, on one device. */
    public record CardEvidence(String device, String name, List<String> keys) {
        public CardEvidence {
            keys = list(keys);
        }
    }

    /** An identifier of this case that other cases of a repository hold too. */
    public record OtherCaseHit(String key, List<OtherCase> cases) {
        public OtherCaseHit {
            cases = list(cases);
        }
    }

    /** Another case of the repository, and its devices that hold the identifier. */
    public record OtherCase(String name, List<OtherCaseDevice> devices) {
        public OtherCase {
            devices = list(devices);
        }
    }

    /**
     * A device of another case holding the identifier.
     *
     * @param level the best level its occurrences have there (strong, candidate, service)
     */
    public record OtherCaseDevice(String label, String level, List<String> roles, long occurrences,
                                  String firstSeen, String lastSeen) {
        public OtherCaseDevice {
            roles = list(roles);
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
