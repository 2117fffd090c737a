package org.phonetriage.testimages;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.testimages.Spec.Call;
import org.phonetriage.testimages.Spec.Contact;
import org.phonetriage.testimages.Spec.Device;
import org.phonetriage.testimages.Spec.Mms;
import org.phonetriage.testimages.Spec.MmsAddr;
import org.phonetriage.testimages.Spec.Party;
import org.phonetriage.testimages.Spec.Phone;
import org.phonetriage.testimages.Spec.Sms;

/**
 * The facts tests can assert about the images: row counts read back from the written databases,
 * and which party's number each phone holds in which raw forms, taken from the story the
 * databases were written from.
 */
final class ImageFacts {

    private ImageFacts() {
    }

    /** A counted fact: its label, the database it is read from, and the query. */
    private record Count(String label, AndroidSchema db, String sql) {
    }

    private static final String PHONE_ROWS = "SELECT count(*) FROM data d JOIN mimetypes m ON m._id=d.mimetype_id "
            + "WHERE m.mimetype='vnd.android.cursor.item/phone_v2'";
    private static final String ACCOUNT_ROWS = "SELECT count(*) FROM raw_contacts r JOIN accounts a "
            + "ON a._id=r.account_id WHERE ";

    private static final List<Count> COUNTS = List.of(
            new Count("raw_contacts rows (all)", AndroidSchema.CONTACTS2, "SELECT count(*) FROM raw_contacts"),
            new Count("raw_contacts deleted=1", AndroidSchema.CONTACTS2,
                    "SELECT count(*) FROM raw_contacts WHERE deleted=1"),
            new Count("raw_contacts in local account (type NULL)", AndroidSchema.CONTACTS2,
                    ACCOUNT_ROWS + "a.account_type IS NULL"),
            new Count("raw_contacts in com.google", AndroidSchema.CONTACTS2,
                    ACCOUNT_ROWS + "a.account_type='com.google'"),
            new Count("raw_contacts in com.whatsapp", AndroidSchema.CONTACTS2,
                    ACCOUNT_ROWS + "a.account_type='com.whatsapp'"),
            new Count("contacts rows (aggregated, not deleted)", AndroidSchema.CONTACTS2,
                    "SELECT count(*) FROM contacts"),
            new Count("deleted_contacts rows", AndroidSchema.CONTACTS2, "SELECT count(*) FROM deleted_contacts"),
            new Count("phone_v2 data rows (all)", AndroidSchema.CONTACTS2, PHONE_ROWS),
            new Count("phone_v2 data rows of deleted raw contacts", AndroidSchema.CONTACTS2, PHONE_ROWS
                    + " AND d.raw_contact_id IN (SELECT _id FROM raw_contacts WHERE deleted=1)"),
            new Count("phone_v2 rows with custom label (data2=0)", AndroidSchema.CONTACTS2, PHONE_ROWS
                    + " AND d.data2='0'"),
            new Count("email_v2 data rows", AndroidSchema.CONTACTS2, "SELECT count(*) FROM data d JOIN mimetypes m "
                    + "ON m._id=d.mimetype_id WHERE m.mimetype='vnd.android.cursor.item/email_v2'"),
            new Count("vnd.com.whatsapp.profile data rows", AndroidSchema.CONTACTS2, "SELECT count(*) FROM data d "
                    + "JOIN mimetypes m ON m._id=d.mimetype_id "
                    + "WHERE m.mimetype='vnd.android.cursor.item/vnd.com.whatsapp.profile'"),
            new Count("calls rows (all)", AndroidSchema.CALLLOG, "SELECT count(*) FROM calls"),
            new Count("calls type 1 incoming", AndroidSchema.CALLLOG, "SELECT count(*) FROM calls WHERE type=1"),
            new Count("calls type 2 outgoing", AndroidSchema.CALLLOG, "SELECT count(*) FROM calls WHERE type=2"),
            new Count("calls type 3 missed", AndroidSchema.CALLLOG, "SELECT count(*) FROM calls WHERE type=3"),
            new Count("calls type 5 rejected", AndroidSchema.CALLLOG, "SELECT count(*) FROM calls WHERE type=5"),
            new Count("calls type 6 blocked", AndroidSchema.CALLLOG, "SELECT count(*) FROM calls WHERE type=6"),
            new Count("calls type 7 answered externally", AndroidSchema.CALLLOG,
                    "SELECT count(*) FROM calls WHERE type=7"),
            new Count("calls with presentation 2/3 (no number)", AndroidSchema.CALLLOG,
                    "SELECT count(*) FROM calls WHERE presentation<>1"),
            new Count("sms rows (all)", AndroidSchema.MMSSMS, "SELECT count(*) FROM sms"),
            new Count("sms type 1 inbox", AndroidSchema.MMSSMS, "SELECT count(*) FROM sms WHERE type=1"),
            new Count("sms type 2 sent", AndroidSchema.MMSSMS, "SELECT count(*) FROM sms WHERE type=2"),
            new Count("sms type 3 draft", AndroidSchema.MMSSMS, "SELECT count(*) FROM sms WHERE type=3"),
            new Count("sms type 5 failed", AndroidSchema.MMSSMS, "SELECT count(*) FROM sms WHERE type=5"),
            new Count("sms from alphanumeric or short-code senders", AndroidSchema.MMSSMS,
                    "SELECT count(*) FROM sms WHERE (address NOT LIKE '+%' AND length(address) < 8)"
                            + " OR address GLOB '*[A-Z]*'"),
            new Count("pdu rows (MMS, all)", AndroidSchema.MMSSMS, "SELECT count(*) FROM pdu"),
            new Count("pdu msg_box 1 inbox (m_type 132)", AndroidSchema.MMSSMS,
                    "SELECT count(*) FROM pdu WHERE msg_box=1 AND m_type=132"),
            new Count("pdu msg_box 2 sent (m_type 128)", AndroidSchema.MMSSMS,
                    "SELECT count(*) FROM pdu WHERE msg_box=2 AND m_type=128"),
            new Count("addr rows", AndroidSchema.MMSSMS, "SELECT count(*) FROM addr"),
            new Count("addr rows 'insert-address-token'", AndroidSchema.MMSSMS,
                    "SELECT count(*) FROM addr WHERE address='insert-address-token'"),
            new Count("part rows (all)", AndroidSchema.MMSSMS, "SELECT count(*) FROM part"),
            new Count("part rows application/smil", AndroidSchema.MMSSMS,
                    "SELECT count(*) FROM part WHERE ct='application/smil'"),
            new Count("part rows text/plain", AndroidSchema.MMSSMS, "SELECT count(*) FROM part WHERE ct='text/plain'"),
            new Count("part rows image/jpeg", AndroidSchema.MMSSMS, "SELECT count(*) FROM part WHERE ct='image/jpeg'"),
            new Count("threads rows", AndroidSchema.MMSSMS, "SELECT count(*) FROM threads"),
            new Count("canonical_addresses rows", AndroidSchema.MMSSMS, "SELECT count(*) FROM canonical_addresses"),
            new Count("siminfo rows", AndroidSchema.TELEPHONY, "SELECT count(*) FROM siminfo"));

    /** Reads every counted fact back from an extraction folder. */
    static Map<String, Long> count(Path root) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        for (Count c : COUNTS) {
            String url = "jdbc:sqlite:file:" + root.resolve(c.db().path).toAbsolutePath() + "?mode=ro";
            try (Connection conn = DriverManager.getConnection(url);
                 Statement st = conn.createStatement();
                 ResultSet rs = st.executeQuery(c.sql())) {
                rs.next();
                out.put(c.label(), rs.getLong(1));
            }
        }
        return out;
    }

    /** Where a party's number occurs on one device: source ("contacts", "calls"...) to raw forms. */
    static Map<String, TreeSet<String>> holdings(Device d, Party p) {
        Map<String, TreeSet<String>> by = new TreeMap<>();
        for (Contact c : d.contacts) {
            for (Phone ph : c.phones()) {
                if (ph.party().equals(p)) {
                    by.computeIfAbsent(c.deleted() ? "contacts (deleted)" : "contacts", k -> new TreeSet<>())
                            .add(ph.raw());
                }
            }
            if (c.whatsapp() && !c.deleted() && c.phones().get(0).party().equals(p)) {
                by.computeIfAbsent("whatsapp jid", k -> new TreeSet<>()).add(p.e164().substring(1) + "@s.whatsapp.net");
            }
        }
        for (Call c : d.calls) {
            if (p.equals(c.party())) {
                by.computeIfAbsent("calls", k -> new TreeSet<>()).add(c.raw());
            }
        }
        for (Sms s : d.sms) {
            if (p.equals(s.party())) {
                by.computeIfAbsent("sms", k -> new TreeSet<>()).add(s.raw());
            }
        }
        for (Mms m : d.mms) {
            for (MmsAddr a : m.addrs()) {
                if (p.equals(a.party())) {
                    by.computeIfAbsent("mms addr", k -> new TreeSet<>()).add(a.raw());
                }
            }
        }
        return by;
    }

    /** The name the device's address book gives a party, or null. */
    static String savedName(Device d, Party p) {
        for (Contact c : d.contacts) {
            for (Phone ph : c.phones()) {
                if (ph.party().equals(p)) {
                    return c.displayName() + (c.deleted() ? " (deleted)" : "")
                            + (ph.label() != null ? " [label " + ph.label() + "]" : "");
                }
            }
        }
        return null;
    }

    /** The devices on which a party's number occurs anywhere in contacts, calls, SMS or MMS. */
    static List<Device> holders(Story story, Party p) {
        List<Device> out = new ArrayList<>();
        for (Device d : story.devices) {
            if (!holdings(d, p).isEmpty()) {
                out.add(d);
            }
        }
        return out;
    }
}
