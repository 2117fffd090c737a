package org.phonetriage.xref;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phonetriage.xref.XrefReport.CommonContacts;

/**
 * For every pair of seized devices, the identifiers both hold besides their owners' own: the
 * people two phones have in common. A common contact is not a link between the two devices.
 */
final class CommonContactsFinder {

    private CommonContactsFinder() {
    }

    /**
     * From the (identifier, device) facts of the pass over the occurrences: an identifier is held
     * by a device through a linking, chosen reading in another role than owner, and is no owner's.
     */
    static List<CommonContacts> find(OccurrencePass pass, Map<Long, String> labels) {
        // the devices in the order SQLite compared their labels (a < b), each pair's keys by index
        List<Long> devices = new ArrayList<>(labels.keySet());
        devices.sort((x, y) -> BinaryText.compare(labels.get(x), labels.get(y)));
        Map<Long, Integer> position = new HashMap<>();
        for (int i = 0; i < devices.size(); i++) {
            position.put(devices.get(i), i);
        }
        Map<Long, List<String>> byPosition = new HashMap<>();
        int[] held = new int[devices.size()];
        for (long id : pass.identifierIds()) {
            if (pass.owned(id)) {
                continue;
            }
            int n = 0;
            for (OccurrencePass.OnDevice on : pass.onDevices(id)) {
                Integer p = position.get(on.deviceId);
                if (on.held && p != null) {
                    held[n++] = p;
                }
            }
            if (n < 2) {
                continue;
            }
            Arrays.sort(held, 0, n);
            String key = pass.identifier(id).key();
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    byPosition.computeIfAbsent((long) held[i] << 32 | held[j], k -> new ArrayList<>()).add(key);
                }
            }
        }
        Map<String, List<String>> byPair = new TreeMap<>();
        byPosition.forEach((pair, keys) -> byPair.put(labels.get(devices.get((int) (pair >>> 32))) + "\u0000"
                + labels.get(devices.get((int) (long) pair)), sortedDistinct(keys)));
        List<CommonContacts> out = new ArrayList<>();
        byPair.forEach((pair, keys) -> out.add(new CommonContacts(List.of(pair.split("\u0000")), keys)));
        return out;
    }

    /**
     * The keys in their natural order, each once: a sorted array, not a TreeSet per pair (millions
     * of tree entries at once when many phones share thousands of contacts).
     */
    static List<String> sortedDistinct(List<String> keys) {
        String[] sorted = keys.toArray(String[]::new);
        Arrays.sort(sorted);
        int n = 0;
        for (String key : sorted) {
            if (n == 0 || !sorted[n - 1].equals(key)) {
                sorted[n++] = key;
            }
        }
        return List.of(n == sorted.length ? sorted : Arrays.copyOf(sorted, n));
    }
}
