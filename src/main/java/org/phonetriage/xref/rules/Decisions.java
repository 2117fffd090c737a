package org.phonetriage.xref.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/** The examiner's accept/reject decisions on persons, each on a pair of identifier keys. */
public final class Decisions {

    private final Set<String> accepted = new TreeSet<>();
    private final Set<String> rejected = new TreeSet<>();

    /** A decision as stored: "accept" or "reject" (a later one on the same pair replaces it where stored). */
    public void add(String a, String b, String decision) {
        (("accept".equals(decision)) ? accepted : rejected).add(pair(a, b));
    }

    /** The accepted pairs, in key order. */
    public List<String[]> accepted() {
        List<String[]> out = new ArrayList<>();
        accepted.forEach(p -> out.add(p.split("\u0000", -1)));
        return out;
    }

    /** Whether a rejected pair has one key on each side. */
    public boolean rejects(Set<String> a, Set<String> b) {
        for (String x : a) {
            for (String y : b) {
                if (rejected.contains(pair(x, y))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The decision on a person candidate (its keys, in order): accepted when every pair of its
     * first key with another was accepted, rejected when one was rejected, else null.
     */
    public String onCandidate(List<String> keys) {
        String first = keys.get(0);
        List<String> others = keys.subList(1, keys.size());
        return others.stream().anyMatch(k -> rejected.contains(pair(first, k))) ? "rejected"
                : others.stream().allMatch(k -> accepted.contains(pair(first, k))) ? "accepted" : null;
    }

    /** The pair's storage form: its two keys in order. */
    public static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\u0000" + b : b + "\u0000" + a;
    }
}
