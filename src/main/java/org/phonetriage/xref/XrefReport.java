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
 */
public record XrefReport(String format, int version, String generatedAt, Tool tool,
                         List<DeviceSummary> devices, List<SharedIdentifier> identifiers,
                         List<DeviceLink> deviceLinks, List<KeyPlayer> keyPlayers,
                         List<SharedIdentifier> serviceIdentifiers, List<CommonContacts> commonContacts,
                         List<Community> communities, List<PersonCandidate> personCandidates,
                         List<String> failedAnalyses) {

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
     */
    public record KeyPlayer(int rank, String key, String metric, double score, boolean seized,
                            int devices, List<String> names, long degree, long communications, Integer community,
                            String standInFor) {
        public KeyPlayer {
            names = list(names);
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
     * the examiner to confirm; never merged.
     */
    public record PersonCandidate(List<String> keys, List<CardEvidence> cards) {
        public PersonCandidate {
            keys = list(keys);
            cards = list(cards);
        }
    }

    /** A contact card holding several of a candidate's identifiers, on one device. */
    public record CardEvidence(String device, String name, List<String> keys) {
        public CardEvidence {
            keys = list(keys);
        }
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : List.copyOf(values);
    }
}
