package org.phonetriage.normalize;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Mobile country codes (ITU-T E.212) to regions. libphonenumber has no such table, and the SIM's
 * MCC is one of the strongest clues to the region a phone's numbers were typed in.
 */
public final class MccTable {

    private static final Map<String, List<String>> REGIONS = load();

    private MccTable() {
    }

    /** The regions an MCC serves, the usual one first; empty when unknown. */
    public static List<String> regions(String mcc) {
        if (mcc == null) {
            return List.of();
        }
        String digits = mcc.trim();
        return REGIONS.getOrDefault(digits, List.of());
    }

    /**
     * Countries whose networks use 3-digit MNCs (North America, the Caribbean, India's 405,
     * Honduras, Argentina, Colombia, the Falklands); everywhere else it is 2. A SIM's EF_AD states
     * the length for certain and wins over this.
     */
    private static final java.util.Set<String> THREE_DIGIT_MNC = java.util.Set.of("302", "310", "311", "312",
            "313", "314", "315", "316", "334", "338", "342", "344", "346", "348", "352", "354", "356", "358",
            "360", "365", "366", "376", "405", "708", "722", "732", "750");

    /**
     * True for the MCCs of test and internal networks (ITU-T E.212): 0xx, whose first digit no
     * country has (001 is the test network every lab card and simulator uses), and 999, for use
     * inside one network. Their IMSIs and numbers are shared by unrelated cards: never personal.
     */
    public static boolean isTestNetwork(String mcc) {
        return mcc != null && mcc.matches("0\\d\\d|999");
    }

    /** The usual MNC length for an MCC. */
    public static int mncLength(String mcc) {
        return THREE_DIGIT_MNC.contains(mcc) ? 3 : 2;
    }

    private static Map<String, List<String>> load() {
        Map<String, List<String>> table = new HashMap<>();
        try (InputStream in = MccTable.class.getResourceAsStream("mcc-regions.tsv");
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cols = line.split("\t");
                table.put(cols[0], List.of(cols[1].split(",")));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return table;
    }
}
