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
        // the identifiers two devices or more hold, in key order: each pair's keys then come sorted
        // and distinct as they are added (sorting each pair's keys cost more: they repeat across pairs)
        List<Held> heldBy = new ArrayList<>();
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
            if (n >= 2) {
                int[] positions = Arrays.copyOf(held, n);
                Arrays.sort(positions);
                heldBy.add(new Held(pass.identifier(id).key(), positions));
            }
        }
        heldBy.sort((a, b) -> a.key().compareTo(b.key()));
        Map<Long, List<String>> byPosition = new HashMap<>();
        for (Held h : heldBy) {
            int[] p = h.positions();
            for (int i = 0; i < p.length; i++) {
                for (int j = i + 1; j < p.length; j++) {
                    byPosition.computeIfAbsent((long) p[i] << 32 | p[j], k -> new ArrayList<>()).add(h.key());
                }
            }
        }
        Map<String, List<String>> byPair = new TreeMap<>();
        byPosition.forEach((pair, keys) -> byPair.put(labels.get(devices.get((int) (pair >>> 32))) + "\u0000"
                + labels.get(devices.get((int) (long) pair)), List.copyOf(keys)));
        List<CommonContacts> out = new ArrayList<>();
        byPair.forEach((pair, keys) -> out.add(new CommonContacts(List.of(pair.split("\u0000")), keys)));
        return out;
    }

    /** An identifier and the positions of the devices holding it, in order. */
    private record Held(String key, int[] positions) {
    }
}
