package org.phonetriage.parsers.ios;

import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.phonetriage.evidence.Plists;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Provenance;
import org.phonetriage.parsers.DescribedFileParser;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;

/**
 * The iPhone's own identifiers from the baseband's preferences (com.apple.commcenter*.plist, binary
 * or XML) and an iTunes backup's Info.plist: ICCIDs (also the keys of {@code PersonalWallet}),
 * IMSIs, IMEIs, the MEID and the phone numbers (PhoneNumber, CopiedSIMPhoneNumber,
 * ReportedPhoneNumber ...). Found by key name anywhere in the tree, because the layout moves
 * between iOS versions; two SIMs give two of each. Each value keeps the key path it was found at.
 * What describes the phone without identifying it (its name, model, iOS version, the computer it
 * was last backed up to; Info.plist and lockdown's data_ark.plist) is kept as device facts, and so
 * is an Info.plist identity value that is no valid identifier (a sanitised ICCID, an IMEI "42").
 */
public final class DeviceIdentityPlistParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("ios.device-identity-plist",
            "iOS own identifiers (com.apple.commcenter*.plist, backup Info.plist)", "ios", "2", "ios-device-identity");
    private static final Set<String> FILES = Set.of("com.apple.commcenter.plist",
            "com.apple.commcenter.device_specific_nobackup.plist", "com.apple.commcenter.data.plist");

    /** Info.plist keys that describe the phone (iTunes writes them for every backup). */
    private static final List<String> INFO_FACTS = List.of("Device Name", "Display Name", "Product Name",
            "Product Type", "Product Version", "Build Version", "Serial Number", "Unique Identifier",
            "Target Identifier", "Last Backup Date", "iTunes Version", "Installed Applications");
    /** Info.plist keys holding identifiers: facts as well when they fail to be one. */
    private static final List<String> INFO_IDENTITIES = List.of("ICCID", "IMEI", "IMEI 2", "MEID", "Phone Number");
    /** lockdown's data_ark.plist keys that describe the phone, with the name each fact is given. */
    private static final Map<String, String> LOCKDOWN_FACTS = new LinkedHashMap<>();

    static {
        LOCKDOWN_FACTS.put("-DeviceName", "Device Name");
        LOCKDOWN_FACTS.put("-DarkProductVersion", "Product Version");
        LOCKDOWN_FACTS.put("-TimeZone", "Time Zone");
        LOCKDOWN_FACTS.put("com.apple.international-Locale", "Locale");
        LOCKDOWN_FACTS.put("com.apple.iTunes.backup-LastBackupComputerName", "Last Backup Computer Name");
    }

    public DeviceIdentityPlistParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        // an iTunes backup's own Info.plist sits at its root; apps' Info.plist files are elsewhere
        return FILES.contains(name) || path.equals("Info.plist") || path.endsWith("Library/Lockdown/data_ark.plist");
    }

    @Override
    public void parse(InputStream in, Source source, RecordSink sink) throws IOException {
        NSObject root;
        try {
            root = Plists.parse(in.readAllBytes());
        } catch (IOException | RuntimeException | StackOverflowError e) {
            throw new IOException("not a readable property list (" + e.getMessage() + ")", e);
        }
        String file = source.path().substring(source.path().lastIndexOf('/') + 1);
        Map<String, String[]> found = new LinkedHashMap<>();
        walk(root, "", found);
        Provenance p = new Provenance(source.evidenceLabel(), source.path(), null, "plist", null, DESCRIPTOR.id(),
                DESCRIPTOR.version());
        found.forEach((kindAndValue, where) -> sink.ownIdentifier(new OwnIdentifier(p, where[0], where[1],
                file + " " + where[2])));
        if (file.equals("Info.plist") && root instanceof NSDictionary info) {
            // the backup's description of the phone: kept as facts, never keys
            for (String key : INFO_FACTS) {
                fact(sink, p, key, info.objectForKey(key));
            }
            for (String key : INFO_IDENTITIES) {
                String text = text(info.objectForKey(key));
                if (text != null && found.values().stream().noneMatch(f -> f[1].equals(text))) {
                    sink.fact(new DeviceFact(p, key, text + " (no valid " + key + ": a fact, not a key)"));
                }
            }
        }
        if (file.equals("data_ark.plist") && root instanceof NSDictionary lockdown) {
            LOCKDOWN_FACTS.forEach((key, name) -> fact(sink, p, name, lockdown.objectForKey(key)));
        }
    }

    private static void fact(RecordSink sink, Provenance p, String name, NSObject value) {
        String text = text(value);
        if (text != null) {
            sink.fact(new DeviceFact(p, name, text));
        }
    }

    /** A value as text (a list joined with ", "), or null when there is none. */
    private static String text(NSObject value) {
        String text = value instanceof NSArray list ? java.util.Arrays.stream(list.getArray())
                .filter(java.util.Objects::nonNull).map(Object::toString)
                .collect(java.util.stream.Collectors.joining(", "))
                : value == null ? null : value.toString().strip();
        return text == null || text.isBlank() ? null : text;
    }

    /** Collects (kind, value) → {kind, value, key path}, the first path for each. */
    private static void walk(NSObject o, String path, Map<String, String[]> found) {
        if (o instanceof NSDictionary dict) {
            for (String key : dict.allKeys()) {
                if (key.matches("89\\d{16,20}")) {
                    add(found, "iccid", key, path + "/" + key + " (key)");
                }
                walk(dict.objectForKey(key), path + "/" + key, found);
            }
        } else if (o instanceof NSArray array) {
            for (int i = 0; i < array.count(); i++) {
                walk(array.objectAtIndex(i), path + "[" + i + "]", found);
            }
        } else if (o instanceof NSString || o instanceof com.dd.plist.NSNumber) {
            String value = o.toString().strip();
            String kind = kindOf(path, value);
            if (kind != null) {
                add(found, kind, value, path);
            }
        }
    }

    /** What a value is, judged by the name of its key (or of its list) and its shape. */
    private static String kindOf(String path, String value) {
        String key = path.toLowerCase(Locale.ROOT).replaceAll("[\\s_]", "");
        String last = key.substring(key.lastIndexOf('/') + 1);
        if (value.isEmpty()) {
            return null;
        }
        if (last.contains("iccid") && value.matches("89\\d{16,20}[fF]?")) {
            return "iccid";
        }
        if (last.contains("imsi") && value.matches("\\d{14,15}")) {
            return "imsi";
        }
        if ((last.contains("imei") || key.contains("/imeis[")) && !last.contains("svn") && value.matches("\\d{14,16}")) {
            return "imei";
        }
        if (last.equals("meid") && value.matches("[0-9A-Fa-f]{14}")) {
            return "meid";
        }
        if ((last.contains("phonenumber") || last.equals("mdn")) && value.matches("\\+?[\\d\\s().-]{6,20}")) {
            return "phone";
        }
        return null;
    }

    private static void add(Map<String, String[]> found, String kind, String value, String path) {
        found.putIfAbsent(kind + "\u0000" + value, new String[] {kind, value, path});
    }
}
