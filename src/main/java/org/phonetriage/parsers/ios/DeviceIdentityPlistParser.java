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
import org.phonetriage.parser.DescribedFileParser;
import org.phonetriage.parser.ParserDescriptor;
import org.phonetriage.parser.RecordSink;

/**
 * The iPhone's own identifiers from the baseband's preferences (com.apple.commcenter*.plist, binary
 * or XML) and an iTunes backup's Info.plist: ICCIDs (also the keys of {@code PersonalWallet}),
 * IMSIs, IMEIs, the MEID and the phone numbers (PhoneNumber, CopiedSIMPhoneNumber,
 * ReportedPhoneNumber ...). Found by key name anywhere in the tree, because the layout moves
 * between iOS versions; two SIMs give two of each. Each value keeps the key path it was found at.
 */
public final class DeviceIdentityPlistParser extends DescribedFileParser {

    private static final ParserDescriptor DESCRIPTOR = new ParserDescriptor("ios.device-identity-plist",
            "iOS own identifiers (com.apple.commcenter*.plist, backup Info.plist)", "ios", "1", "ios-device-identity");
    private static final Set<String> FILES = Set.of("com.apple.commcenter.plist",
            "com.apple.commcenter.device_specific_nobackup.plist", "com.apple.commcenter.data.plist");

    /** Info.plist keys that describe the phone (iTunes writes them for every backup). */
    private static final List<String> INFO_FACTS = List.of("Device Name", "Display Name", "Product Name",
            "Product Type", "Product Version", "Build Version", "Serial Number", "Unique Identifier",
            "Target Identifier", "Last Backup Date", "iTunes Version", "Installed Applications");

    public DeviceIdentityPlistParser() {
        super(DESCRIPTOR, "identity");
    }

    @Override
    public boolean accepts(String path, String mediaType) {
        String name = path.substring(path.lastIndexOf('/') + 1);
        // an iTunes backup's own Info.plist sits at its root; apps' Info.plist files are elsewhere
        return FILES.contains(name) || path.equals("Info.plist");
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
                NSObject value = info.objectForKey(key);
                String text = value instanceof NSArray list ? java.util.Arrays.stream(list.getArray())
                        .filter(java.util.Objects::nonNull).map(Object::toString)
                        .collect(java.util.stream.Collectors.joining(", "))
                        : value == null ? null : value.toString().strip();
                if (text != null && !text.isBlank()) {
                    sink.fact(new DeviceFact(p, key, text));
                }
            }
        }
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
