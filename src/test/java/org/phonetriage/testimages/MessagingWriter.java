package org.phonetriage.testimages;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.phonetriage.testimages.Spec.Mms;
import org.phonetriage.testimages.Spec.MmsAddr;
import org.phonetriage.testimages.Spec.Sms;

/**
 * Writes SMS and MMS into mmssms.db as the telephony provider stores them: each message in a
 * thread named by the sorted canonical_addresses ids of the other parties, SMS dates in
 * milliseconds, MMS (pdu) dates in seconds, MMS parties in addr and content in part.
 */
final class MessagingWriter implements AutoCloseable {

    private static final String MESSAGING_APP = "com.google.android.apps.messaging";
    private static final int UTF8 = 106;
    private static final String PARTS_DIR = "/data/user_de/0/com.android.providers.telephony/app_parts/";

    private final SqliteDb db;
    private final String ownerE164;
    private final String smsc;
    private final SqliteDb.Insert canonical;
    private final SqliteDb.Insert sms;
    private final SqliteDb.Insert pdu;
    private final SqliteDb.Insert addr;
    private final SqliteDb.Insert part;
    private final Map<String, Long> canonicalIds = new HashMap<>();
    private final Map<String, ThreadStats> threads = new LinkedHashMap<>();
    /** One-party threads by party key: the common case, looked up without building id sets. */
    private final Map<String, ThreadStats> singleThreads = new HashMap<>();
    private long nextSmsId = 1;
    private long nextPduId = 1;
    private long nextAddrId = 1;
    private long nextPartId = 1;

    /** Running totals that the provider's triggers would keep in the threads row. */
    private static final class ThreadStats {
        final long id;
        final String recipientIds;
        final int recipients;
        long date;
        int count;
        String snippet;
        int snippetCs;
        int errors;
        boolean attachment;

        ThreadStats(long id, String recipientIds, int recipients) {
            this.id = id;
            this.recipientIds = recipientIds;
            this.recipients = recipients;
        }
    }

    /**
     * @param ownerE164 the phone's own number, left out of MMS threads (null if unknown)
     * @param smsc the service centre that delivered incoming SMS
     */
    MessagingWriter(SqliteDb db, String ownerE164, String smsc) throws SQLException {
        this.db = db;
        this.ownerE164 = ownerE164;
        this.smsc = smsc;
        canonical = db.insert("canonical_addresses", "_id", "address");
        sms = db.insert("sms", "_id", "thread_id", "address", "person", "date", "date_sent", "protocol", "read",
                "status", "type", "reply_path_present", "subject", "body", "service_center", "locked", "sub_id",
                "error_code", "creator", "seen");
        pdu = db.insert("pdu", "_id", "thread_id", "date", "date_sent", "msg_box", "read", "m_id", "sub",
                "sub_cs", "ct_t", "ct_l", "exp", "m_cls", "m_type", "v", "m_size", "pri", "rr", "rpt_a",
                "resp_st", "st", "tr_id", "retr_st", "d_rpt", "locked", "sub_id", "seen", "creator",
                "text_only");
        addr = db.insert("addr", "_id", "msg_id", "contact_id", "address", "type", "charset");
        part = db.insert("part", "_id", "mid", "seq", "ct", "name", "chset", "cd", "fn", "cid", "cl", "ctt_s",
                "ctt_t", "_data", "text");
    }

    void addSms(Sms s) throws SQLException {
        ThreadStats t = singleThreads.get(s.threadKey());
        if (t == null) {
            t = thread(List.<String[]>of(new String[] {s.threadKey(), s.raw()}));
            singleThreads.put(s.threadKey(), t);
        }
        boolean inbox = s.type() == Spec.SMS_INBOX;
        sms.row(nextSmsId++, t.id, s.raw(), null, s.dateMs(), s.dateSentMs(), inbox ? 0 : null, 1, -1,
                s.type(), inbox ? 0 : null, null, s.body(), inbox ? smsc : null, 0, 1, s.errorCode(),
                inbox ? "com.android.phone" : MESSAGING_APP, 1);
        // Like the provider's triggers: drafts are not counted, failures flag the thread.
        if (s.type() != Spec.SMS_DRAFT) {
            count(t, s.dateMs(), s.body(), 0, false);
        }
        if (s.type() == Spec.SMS_FAILED) {
            t.errors++;
        }
    }

    void addMms(Mms m) throws SQLException {
        List<String[]> others = new ArrayList<>();
        for (MmsAddr a : m.addrs()) {
            if (a.party() != null && !a.party().e164().equals(ownerE164)) {
                others.add(new String[] {a.party().e164(), a.raw()});
            }
        }
        ThreadStats t = thread(others);
        long id = nextPduId++;
        boolean image = m.imageName() != null;
        byte[] text = m.text().getBytes(StandardCharsets.UTF_8);
        int imageBytes = image ? 150_000 + Math.floorMod(m.imageName().hashCode(), 60_000) : 0;
        String trId = "T" + Long.toHexString(m.dateSec()) + m.messageId().substring(m.messageId().length() - 4);
        if (m.outgoing()) {
            // M-Send.req as kept in the Sent box after the MMSC accepted it (resp_st 128 = OK).
            pdu.row(id, t.id, m.dateSec(), 0, 2, 1, m.messageId(), null, null,
                    "application/vnd.wap.multipart.related", null, 604800, "personal", 128, 18,
                    text.length + imageBytes, 129, 129, null, 128, null, trId, null, 129, 0, 1, 1,
                    MESSAGING_APP, image ? 0 : 1);
        } else {
            // M-Retrieve.conf: the downloaded message in the Inbox.
            pdu.row(id, t.id, m.dateSec(), m.dateSentSec(), 1, 1, m.messageId(), null, null,
                    "application/vnd.wap.multipart.related", null, null, "personal", 132, 18,
                    text.length + imageBytes, 129, 129, null, null, null, trId, null, 129, 0, 1, 1,
                    MESSAGING_APP, image ? 0 : 1);
        }
        for (MmsAddr a : m.addrs()) {
            addr.row(nextAddrId++, id, null, a.raw(), a.type(), UTF8);
        }
        String smil = "<smil><head><layout><root-layout/>"
                + (image ? "<region id=\"Image\" fit=\"meet\" top=\"0\" left=\"0\" height=\"80%\" width=\"100%\"/>" : "")
                + "<region id=\"Text\" top=\"80%\" left=\"0\" height=\"20%\" width=\"100%\"/></layout></head>"
                + "<body><par dur=\"5000ms\">"
                + (image ? "<img src=\"" + m.imageName() + "\" region=\"Image\"/>" : "")
                + "<text src=\"text_0.txt\" region=\"Text\"/></par></body></smil>";
        part.row(nextPartId++, id, -1, "application/smil", "smil.xml", null, null, null, "<smil>", "smil.xml",
                null, null, null, smil);
        part.row(nextPartId++, id, 0, "text/plain", null, UTF8, null, null, "<text_0>", "text_0.txt", null,
                null, null, m.text());
        if (image) {
            String cid = m.imageName().substring(0, m.imageName().lastIndexOf('.'));
            // The picture itself would be a file under app_parts; only the row is kept here.
            part.row(nextPartId++, id, 0, "image/jpeg", m.imageName(), null, null, null, "<" + cid + ">",
                    m.imageName(), null, null, PARTS_DIR + "PART_" + m.dateSec() * 1000 + "_" + m.imageName(),
                    null);
        }
        count(t, m.dateSec() * 1000, m.text(), UTF8, image);
    }

    private void count(ThreadStats t, long dateMs, String snippet, int snippetCs, boolean attachment) {
        t.count++;
        if (dateMs >= t.date) {
            t.date = dateMs;
            t.snippet = snippet;
            t.snippetCs = snippetCs;
        }
        t.attachment |= attachment;
    }

    /**
     * The thread of a set of other parties. Each party gets a canonical_addresses row the first
     * time it is seen, holding the address in the form it had then.
     */
    private ThreadStats thread(List<String[]> keyAndRaw) throws SQLException {
        TreeSet<Long> ids = new TreeSet<>();
        for (String[] kr : keyAndRaw) {
            Long id = canonicalIds.get(kr[0]);
            if (id == null) {
                id = (long) canonicalIds.size() + 1;
                canonicalIds.put(kr[0], id);
                canonical.row(id, kr[1]);
            }
            ids.add(id);
        }
        String recipientIds = ids.stream().map(String::valueOf).collect(Collectors.joining(" "));
        return threads.computeIfAbsent(recipientIds,
                k -> new ThreadStats(threads.size() + 1, k, ids.size()));
    }

    @Override
    public void close() throws SQLException {
        canonical.close();
        sms.close();
        pdu.close();
        addr.close();
        part.close();
        try (SqliteDb.Insert th = db.insert("threads", "_id", "date", "message_count", "recipient_ids",
                "snippet", "snippet_cs", "read", "archived", "type", "error", "has_attachment")) {
            for (ThreadStats t : threads.values()) {
                th.row(t.id, t.date, t.count, t.recipientIds, t.snippet, t.snippetCs, 1, 0,
                        t.recipients > 1 ? 1 : 0, t.errors, t.attachment ? 1 : 0);
            }
        }
    }
}
