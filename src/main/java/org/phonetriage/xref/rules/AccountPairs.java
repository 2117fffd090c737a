package org.phonetriage.xref.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The keys of one app account that an app's contact records tie: folds of the rows
 * (record id, key, type) of those records, in any order.
 */
public final class AccountPairs {

    /**
     * An app whose record of an account and its number is proof: one account id and one phone
     * number on one record, in the app's own role (never a phone-book entry).
     *
     * @param rule   the proof's name
     * @param role   the occurrences' role (the app's contact records)
     * @param type   the account id's identifier type
     * @param prefix the account keys' prefix ("" for any of that type)
     */
    public record Proven(String rule, String role, String type, String prefix) {
    }

    public static final List<Proven> PROVEN = List.of(
            new Proven("whatsapp-lid", "whatsapp-contact", "wa-lid", ""),
            new Proven("whatsapp-lid", "whatsapp-business-contact", "wa-lid", ""),
            new Proven("telegram-phone", "telegram-contact", "telegram", ""),
            new Proven("signal-phone", "signal-contact", "app-account", "app:signal:"));

    /** A pair to tie: a key and its identifier type, twice. */
    public record Pair(String keyA, String typeA, String keyB, String typeB) {
    }

    private AccountPairs() {
    }

    /** The roles of the proven apps' records, which the weaker {@link AppAccounts} rule leaves out. */
    public static List<String> provenRoles() {
        return PROVEN.stream().map(Proven::role).toList();
    }

    /** One proven app's records: each naming exactly one account and one number gives (account, number). */
    public static final class ProvenRecords {
        private final Proven kind;
        private final Map<Long, List<Set<String>>> records = new TreeMap<>();

        public ProvenRecords(Proven kind) {
            this.kind = kind;
        }

        /** A key of a record in the app's role. */
        public void add(long record, String key, String type) {
            int side = kind.type().equals(type) && key.startsWith(kind.prefix()) ? 0 : "phone".equals(type) ? 1 : -1;
            if (side >= 0) {
                records.computeIfAbsent(record, r -> List.of(new TreeSet<>(), new TreeSet<>())).get(side).add(key);
            }
        }

        /** {account key, phone key} pairs, each once, in record order. */
        public List<String[]> pairs() {
            Set<String> seen = new TreeSet<>();
            List<String[]> out = new ArrayList<>();
            for (List<Set<String>> sides : records.values()) {
                if (sides.get(0).size() == 1 && sides.get(1).size() == 1) {
                    String[] pair = {sides.get(0).iterator().next(), sides.get(1).iterator().next()};
                    if (seen.add(pair[0] + "\u0000" + pair[1])) {
                        out.add(pair);
                    }
                }
            }
            return out;
        }
    }

    /**
     * Any other app's contact record that names one account of that app and the number the app
     * keeps behind it (a Skype profile's phone), or the two ids of one account (an Instagram user
     * id and username): the keys of one account. A record naming several numbers, or accounts of
     * several services, ties nothing — which of them belongs to the account is not said.
     */
    public static final class AppAccounts {
        private final Map<Long, Map<String, String>> records = new TreeMap<>();

        /** A key of an app's contact record (the proven apps' records left out). */
        public void add(long record, String key, String type) {
            if ("app-account".equals(type) || "phone".equals(type)) {
                records.computeIfAbsent(record, r -> new TreeMap<>()).put(key, type);
            }
        }

        /** The pairs, each once, in record order. */
        public List<Pair> pairs() {
            List<Pair> out = new ArrayList<>();
            for (Map<String, String> keys : records.values()) {
                List<String> accounts = keys.keySet().stream().filter(k -> keys.get(k).equals("app-account")).toList();
                List<String> phones = keys.keySet().stream().filter(k -> keys.get(k).equals("phone")).toList();
                boolean oneService = accounts.stream().map(AppAccounts::service).distinct().count() == 1;
                if (!oneService || accounts.size() > 2 || phones.size() > 1 || accounts.size() + phones.size() < 2) {
                    continue;
                }
                String first = accounts.get(0);
                for (String other : keys.keySet()) {
                    if (!other.equals(first)) {
                        out.add(new Pair(first, "app-account", other, keys.get(other)));
                    }
                }
            }
            return out.stream().distinct().toList();
        }

        /** "app:skype:velho.sp" → "skype". */
        private static String service(String key) {
            int second = key.indexOf(':', 4);
            return second < 0 ? key : key.substring(4, second);
        }
    }
}
