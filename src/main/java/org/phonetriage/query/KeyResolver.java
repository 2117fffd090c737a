package org.phonetriage.query;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.normalize.NormalizedId;
import org.phonetriage.normalize.RegionContext;
import org.phonetriage.normalize.RegionHint;
import org.phonetriage.store.CaseRegions;

/**
 * Turns a value typed by an examiner into the keys the case stores it under, with the same policy
 * that read the phones: a number found in a search must be the one ingest would have keyed.
 */
public final class KeyResolver {

    /** The prefixes of typed keys (see NormalizedId#type): such a value is looked up as given. */
    private static final Pattern TYPED_KEY = Pattern.compile(
            "(alpha|email|iccid|imei|imsi|invalid|local|mask|meid|mmi|net|short|telegram|wa-group|wa-lid):\\S.*");
    private static final Pattern E164 = Pattern.compile("\\+\\d{2,15}");

    private final IdentifierNormalizer normalizer = new IdentifierNormalizer();
    private final RegionContext context;

    public KeyResolver(RegionContext context) {
        this.context = context;
    }

    /**
     * Reads values as ingest would for a device of this case whose own region is unknown: the
     * examiner's region (if given) as a strong hint, and the home regions of the case's devices
     * for the bounded fan-out of national numbers.
     */
    public static KeyResolver forCase(Connection db, String examinerRegion) throws SQLException {
        List<RegionHint> hints = examinerRegion == null ? List.of()
                : List.of(new RegionHint(examinerRegion, "examiner", true));
        return new KeyResolver(new RegionContext(hints, CaseRegions.of(db), null));
    }

    public ResolvedValue resolve(String value) {
        String asGiven = value == null ? "" : value.strip();
        if (TYPED_KEY.matcher(asGiven).matches()) {
            // "iccid:…" read as a phone's party would be a sender name: it is a key already
            return new ResolvedValue(value, asTyped(asGiven), List.of(asGiven));
        }
        NormalizedId reading = normalizer.party(value, context);
        Set<String> keys = new LinkedHashSet<>();
        addKey(keys, reading.key());
        if (E164.matcher(asGiven).matches()) {
            addKey(keys, asGiven); // a stored "+…" key that today's metadata no longer validates
        }
        reading.alternatives().forEach(a -> addKey(keys, a.key()));
        return new ResolvedValue(value, reading, new ArrayList<>(keys));
    }

    private static NormalizedId asTyped(String key) {
        String type = key.substring(0, key.indexOf(':'));
        return NormalizedId.of(key, type, "-", "as-typed", null, null)
                .withReason("given as a typed key: looked up as is");
    }

    private static void addKey(Set<String> keys, String key) {
        if (key != null && !key.isBlank()) {
            keys.add(key);
        }
    }
}
