package org.phonetriage.xref;

import java.util.List;

/**
 * The cross-reference of a case, shaped exactly as {@code xref.json} v1 (see docs/xref-json.md):
 * field names map to snake_case keys. Lists are sorted deterministically by whoever builds it.
 */
public record XrefReport(String format, int version, String generatedAt, Tool tool,
                         List<DeviceSummary> devices, List<SharedIdentifier> identifiers,
                         List<DeviceLink> deviceLinks, List<KeyPlayer> keyPlayers) {

    public static final String FORMAT = "phonetriage-xref";
    public static final int VERSION = 1;

    public record Tool(String name, String version, String libphonenumber) {
    }

    public record DeviceSummary(String label, String platform, List<EvidenceRef> evidence,
                                String homeRegion, String regionBasis,
                                List<OwnerIdentifier> ownerIdentifiers, Counts counts) {
    }

    public record EvidenceRef(String path, String sha256, String format) {
    }

    public record OwnerIdentifier(String key, String basis) {
    }

    public record Counts(long contacts, long calls, long messages, long identifiers) {
    }

    public record SharedIdentifier(String key, String type, String confidence, List<String> ownerOf,
                                   List<IdentifierOnDevice> devices) {
    }

    public record IdentifierOnDevice(String label, String level, String rule, List<String> roles,
                                     long occurrences, List<String> names, List<String> raw,
                                     String firstSeen, String lastSeen) {
    }

    public record DeviceLink(List<String> devices, String level, List<String> via, long calls,
                             long messages, long contactEntries) {
    }

    public record KeyPlayer(int rank, String key, String metric, double score, boolean seized,
                            int devices) {
    }
}
