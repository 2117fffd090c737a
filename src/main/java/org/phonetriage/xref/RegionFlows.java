package org.phonetriage.xref;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import com.google.i18n.phonenumbers.geocoding.PhoneNumberOfflineGeocoder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.phonetriage.xref.XrefReport.RegionFlow;

/**
 * Communication across borders: the calls and messages between the regions of the numbers at
 * each end (libphonenumber's region of an E.164 key), and for the large countries whose numbers
 * say where they were issued, the area too (libphonenumber's offline geocoder, in English: "Sao
 * Paulo - SP"). A number's region is where it was issued, not where its holder is.
 */
final class RegionFlows {

    /** Countries large enough that the area of a number tells an investigator something. */
    static final Set<String> AREA_COUNTRIES = Set.of("BR", "US", "CA", "MX", "AR", "CO", "IN", "CN", "RU", "AU");

    private static final PhoneNumberUtil PHONES = PhoneNumberUtil.getInstance();
    private static final PhoneNumberOfflineGeocoder GEOCODER = PhoneNumberOfflineGeocoder.getInstance();

    private final Map<String, String[]> places = new HashMap<>();

    private RegionFlows() {
    }

    static List<RegionFlow> of(CommunicationGraph graph) {
        RegionFlows r = new RegionFlows();
        Map<String, long[]> flows = new TreeMap<>();
        for (CommunicationGraph.Edge e : graph.edges()) {
            String[] from = r.place(e.source);
            String[] to = r.place(e.target);
            if (from == null || to == null) {
                continue;
            }
            long[] counts = flows.computeIfAbsent(String.join("\u0000", from[0], from[1], to[0], to[1]),
                    k -> new long[3]);
            counts[0] += e.calls;
            counts[1] += e.messages;
            counts[2]++;
        }
        List<RegionFlow> out = new ArrayList<>();
        flows.forEach((k, c) -> {
            String[] p = k.split("\u0000", -1);
            out.add(new RegionFlow(p[0], p[1].isEmpty() ? null : p[1], p[2], p[3].isEmpty() ? null : p[3],
                    c[0], c[1], c[2]));
        });
        return out;
    }

    /** {region, area or ""}; null when the key is no phone number with a region. */
    private String[] place(String key) {
        return places.computeIfAbsent(key, k -> {
            PhoneNumber pn = IssuedRegion.parse(k);
            String region = pn == null ? null : PHONES.getRegionCodeForNumber(pn);
            if (region == null) {
                return null;
            }
            String area = AREA_COUNTRIES.contains(region)
                    ? GEOCODER.getDescriptionForNumber(pn, Locale.ENGLISH, region) : "";
            return new String[] {region, area};
        });
    }
}
