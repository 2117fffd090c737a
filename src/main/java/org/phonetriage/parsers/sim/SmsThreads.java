package org.phonetriage.parsers.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phonetriage.parsers.sim.codec.EfSmsRecord;
import org.phonetriage.parsers.sim.codec.UserDataHeader;

/**
 * Joins the parts of concatenated messages (sim-spec §5.9): grouped by direction, other party,
 * reference and total — not by record order — sorted by sequence, with a missing part shown as
 * a marker, never invented. Parts keep their own record and status.
 */
public final class SmsThreads {

    /** One message as a reader sees it: its text and the records it came from. */
    public record JoinedSms(List<EfSmsRecord> parts, String text, List<Integer> missingParts) {

        public EfSmsRecord first() {
            return parts.get(0);
        }

        /** True when every part of it was in a free record: a recovered, deleted message. */
        public boolean deleted() {
            return parts.stream().allMatch(EfSmsRecord::deleted);
        }
    }

    private SmsThreads() {
    }

    public static List<JoinedSms> join(List<EfSmsRecord> records) {
        Map<String, TreeMap<Integer, EfSmsRecord>> groups = new LinkedHashMap<>();
        Map<String, Integer> totals = new LinkedHashMap<>();
        List<Object> order = new ArrayList<>();
        for (EfSmsRecord r : records) {
            UserDataHeader.Concat c = r.sms().concat();
            if (c == null || c.total() < 2) {
                order.add(r);
                continue;
            }
            String key = r.sms().type + "|" + (r.sms().address == null ? "" : r.sms().address.value())
                    + "|" + c.referenceBits() + ":" + c.reference() + "|" + c.total();
            TreeMap<Integer, EfSmsRecord> parts = groups.computeIfAbsent(key, k -> {
                order.add(k);
                return new TreeMap<>();
            });
            totals.put(key, c.total());
            // A repeated sequence number (a resent part) keeps the first copy; the other stays its own message.
            if (parts.putIfAbsent(c.sequence(), r) != null) {
                order.add(r);
            }
        }
        List<JoinedSms> out = new ArrayList<>();
        for (Object o : order) {
            if (o instanceof EfSmsRecord r) {
                out.add(new JoinedSms(List.of(r), r.sms().text == null ? "" : r.sms().text, List.of()));
            } else {
                out.add(joined(groups.get((String) o), totals.get((String) o)));
            }
        }
        return out;
    }

    private static JoinedSms joined(TreeMap<Integer, EfSmsRecord> parts, int total) {
        StringBuilder text = new StringBuilder();
        List<Integer> missing = new ArrayList<>();
        for (int seq = 1; seq <= total; seq++) {
            EfSmsRecord part = parts.get(seq);
            if (part == null) {
                missing.add(seq);
                text.append("[part ").append(seq).append(" of ").append(total).append(" missing]");
            } else if (part.sms().text != null) {
                text.append(part.sms().text);
            }
        }
        return new JoinedSms(new ArrayList<>(parts.values()), text.toString(), missing);
    }
}
