package org.phonetriage.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.phonetriage.xref.CommunicationGraph;
import org.phonetriage.xref.CommunicationGraph.DeviceNode;
import org.phonetriage.xref.CommunicationGraph.Edge;

/**
 * Each seized device's most frequent counterparts: the identifiers its owner (his own identifiers,
 * or the device itself when he has none) called or wrote to, or was called or written by, in the
 * calls and messages this device logged, most first. Listed on the device's page.
 */
final class DeviceCounterparts {

    /** How many counterparts a device's page lists. */
    static final int TOP = 5;

    /**
     * @param names what this device saved the counterpart under
     */
    record Counterpart(String key, List<String> names, long calls, long messages) {

        long total() {
            return calls + messages;
        }
    }

    private DeviceCounterparts() {
    }

    /** Device label to its top {@code top} counterparts; a device without calls or messages maps to none. */
    static Map<String, List<Counterpart>> of(CommunicationGraph graph, int top) {
        Map<String, Set<String>> own = new HashMap<>();
        Map<String, Map<String, long[]>> totals = new HashMap<>();
        for (DeviceNode d : graph.devices()) {
            Set<String> keys = new HashSet<>(d.ownerKeys());
            keys.add(d.node());
            own.put(d.label(), keys);
            totals.put(d.label(), new HashMap<>());
        }
        for (Edge e : graph.edges()) { // one pass over the edges, however many devices
            for (String label : e.devices) {
                Set<String> keys = own.get(label);
                if (keys == null || keys.contains(e.source) == keys.contains(e.target)) {
                    continue;
                }
                long[] t = totals.get(label).computeIfAbsent(keys.contains(e.source) ? e.target : e.source,
                        k -> new long[2]);
                t[0] += e.calls;
                t[1] += e.messages;
            }
        }
        Map<String, List<Counterpart>> byDevice = new TreeMap<>();
        totals.forEach((label, byKey) -> {
            List<Counterpart> list = new ArrayList<>();
            byKey.forEach((key, t) -> list.add(new Counterpart(key, savedHere(graph, key, label), t[0], t[1])));
            list.sort(Comparator.comparingLong(Counterpart::total).reversed().thenComparing(Counterpart::key));
            byDevice.put(label, List.copyOf(list.subList(0, Math.min(top, list.size()))));
        });
        return byDevice;
    }

    private static List<String> savedHere(CommunicationGraph graph, String key, String device) {
        CommunicationGraph.Node n = graph.node(key);
        if (n == null) {
            return List.of();
        }
        return n.nameDevices.entrySet().stream().filter(e -> e.getValue().contains(device)).map(Map.Entry::getKey)
                .toList();
    }
}
