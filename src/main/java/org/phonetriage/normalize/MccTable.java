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
