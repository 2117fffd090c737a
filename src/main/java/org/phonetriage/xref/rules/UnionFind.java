package org.phonetriage.xref.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/** Keys joined into groups, each group sorted, groups in order of their first key. */
public final class UnionFind {
    private final Map<String, String> parent = new HashMap<>();

    public String find(String k) {
        parent.putIfAbsent(k, k);
        String root = k;
        while (!parent.get(root).equals(root)) {
            root = parent.get(root);
        }
        // path compression, iteratively: a long chain must not overflow the stack
        for (String at = k; !at.equals(root); ) {
            String next = parent.get(at);
            parent.put(at, root);
            at = next;
        }
        return root;
    }

    public void union(String a, String b) {
        String ra = find(a);
        String rb = find(b);
        if (!ra.equals(rb)) {
            parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
        }
    }

    public List<Set<String>> groups() {
        Map<String, Set<String>> byRoot = new TreeMap<>();
        for (String k : new ArrayList<>(parent.keySet())) {
            byRoot.computeIfAbsent(find(k), r -> new TreeSet<>()).add(k);
        }
        return new ArrayList<>(byRoot.values());
    }
}
