package org.phonetriage.testimages;

import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.phonetriage.testimages.Spec.Account;
import org.phonetriage.testimages.Spec.Contact;
import org.phonetriage.testimages.Spec.Phone;

/**
 * Writes address-book entries into contacts2.db the way ContactsProvider2 lays them out: one
 * raw_contacts row per account copy of a person, typed rows in data keyed by mimetypes,
 * phone_lookup for caller-id matching, and one aggregated contacts row per visible person.
 */
final class ContactsWriter implements AutoCloseable {

    /** Mimetype ids are allocated on first use; ContactsProvider2 asks for these first. */
    static final List<String> MIMETYPES = List.of(
            "vnd.android.cursor.item/email_v2",
            "vnd.android.cursor.item/im",
            "vnd.android.cursor.item/nickname",
            "vnd.android.cursor.item/organization",
            "vnd.android.cursor.item/phone_v2",
            "vnd.android.cursor.item/sip_address",
            "vnd.android.cursor.item/name",
            "vnd.android.cursor.item/postal-address_v2",
            "vnd.android.cursor.item/identity",
            "vnd.android.cursor.item/photo",
            "vnd.android.cursor.item/group_membership",
            "vnd.android.cursor.item/note",
            "vnd.android.cursor.item/website",
            "vnd.android.cursor.item/vnd.com.whatsapp.profile",
            "vnd.android.cursor.item/vnd.com.whatsapp.voip.call",
            "vnd.android.cursor.item/vnd.com.whatsapp.video.call");
    private static final int MT_EMAIL = 1, MT_PHONE = 5, MT_NAME = 7, MT_WA_PROFILE = 14, MT_WA_VOIP = 15,
            MT_WA_VIDEO = 16;
    private static final int ACCOUNT_LOCAL = 1, ACCOUNT_GOOGLE = 2, ACCOUNT_WHATSAPP = 3;
    private static final int PACKAGE_WHATSAPP = 1;
    /** DisplayNameSources.STRUCTURED_NAME. */
    private static final int NAME_SOURCE_STRUCTURED = 40;
    /** RawContacts.AGGREGATION_MODE_DISABLED, set by the provider on deletion. */
    private static final int AGGREGATION_MODE_DISABLED = 3;

    /** What the caller-id lookup of a number finds; the dialer caches it into calls rows. */
    record Match(long contactId, String name, int type, String label, String raw, String lookupKey) {
    }

    private final SqliteDb db;
    private final SqliteDb.Insert rawContacts;
    private final SqliteDb.Insert data;
    private final SqliteDb.Insert phoneLookup;
    private final SqliteDb.Insert contacts;
    private final SqliteDb.Insert deletedContacts;
    private final SqliteDb.Insert visible;
    private final Map<String, Match> directory = new HashMap<>();
    private final List<LaterSync> laterSyncs = new ArrayList<>();
    private long nextRawId = 1;
    private long nextDataId = 1;
    private long nextContactId = 1;

    ContactsWriter(SqliteDb db, String googleAccount, long createdMs) throws SQLException {
        this.db = db;
        try (SqliteDb.Insert props = db.insert("properties", "property_key", "property_value")) {
            props.row("database_time_created", Long.toString(createdMs));
        }
        try (SqliteDb.Insert mt = db.insert("mimetypes", "_id", "mimetype")) {
            for (int i = 0; i < MIMETYPES.size(); i++) {
                mt.row(i + 1, MIMETYPES.get(i));
            }
        }
        try (SqliteDb.Insert pk = db.insert("packages", "_id", "package")) {
            pk.row(PACKAGE_WHATSAPP, "com.whatsapp");
        }
        // Local (phone-only) contacts belong to an account row with no name or type.
        try (SqliteDb.Insert acc = db.insert("accounts", "_id", "account_name", "account_type", "data_set")) {
            acc.row(ACCOUNT_LOCAL, null, null, null);
            acc.row(ACCOUNT_GOOGLE, googleAccount, "com.google", null);
            acc.row(ACCOUNT_WHATSAPP, "WhatsApp", "com.whatsapp", null);
        }
        try (SqliteDb.Insert st = db.insert("_sync_state", "_id", "account_name", "account_type", "data")) {
            st.row(1, googleAccount, "com.google", null);
            st.row(2, "WhatsApp", "com.whatsapp", null);
        }
        rawContacts = db.insert("raw_contacts", "_id", "account_id", "sourceid", "version", "dirty", "deleted",
                "contact_id", "aggregation_mode", "aggregation_needed", "starred", "display_name",
                "display_name_alt", "display_name_source", "sort_key", "phonebook_label", "phonebook_bucket",
                "sort_key_alt", "phonebook_label_alt", "phonebook_bucket_alt", "sync1");
        data = db.insert("data", "_id", "package_id", "mimetype_id", "raw_contact_id", "is_primary",
                "is_super_primary", "data_version", "data1", "data2", "data3", "data4", "data10", "data11");
        phoneLookup = db.insert("phone_lookup", "data_id", "raw_contact_id", "normalized_number", "min_match");
        contacts = db.insert("contacts", "_id", "name_raw_contact_id", "starred", "has_phone_number", "lookup",
                "contact_last_updated_timestamp");
        deletedContacts = db.insert("deleted_contacts", "contact_id", "contact_deleted_timestamp");
        visible = db.insert("visible_contacts", "_id");
    }

    /** Caller-id matches by E.164, deleted contacts included (the dialer cached them before). */
    Map<String, Match> directory() {
        return directory;
    }

    /** Writes one person: its raw contact, data rows and (unless deleted) its contacts row. */
    void add(Contact c) throws SQLException {
        long contactId = nextContactId++;
        long rawId = nextRawId++;
        boolean google = c.account() == Account.GOOGLE;
        String sourceId = google ? HexFormat.of().formatHex(sha(c.displayName() + rawId), 0, 8) : null;
        String lookupKey = google ? "2645i" + sourceId : "0r" + rawId + "-" + hexName(c.displayName());
        rawContacts.row(rawId, google ? ACCOUNT_GOOGLE : ACCOUNT_LOCAL, sourceId, google ? 3 : 1,
                c.deleted() ? 1 : 0, c.deleted() ? 1 : 0,
                // The provider detaches a deleted raw contact from its aggregate and disables
                // re-aggregation, so contact_id is NULL even though the data rows are still there.
                c.deleted() ? null : contactId, c.deleted() ? AGGREGATION_MODE_DISABLED : 0, 0,
                c.starred() ? 1 : 0, c.displayName(), c.displayNameAlt(), NAME_SOURCE_STRUCTURED,
                c.displayName(), label(c.displayName()), bucket(c.displayName()),
                c.displayNameAlt(), label(c.displayNameAlt()), bucket(c.displayNameAlt()), null);
        data.row(nextDataId++, null, MT_NAME, rawId, 0, 0, 0, c.displayName(), c.given(), c.family(),
                null, "1", "0");
        boolean several = c.phones().size() > 1;
        for (int i = 0; i < c.phones().size(); i++) {
            Phone p = c.phones().get(i);
            long dataId = nextDataId++;
            boolean primary = several && i == 0;
            data.row(dataId, null, MT_PHONE, rawId, primary ? 1 : 0, primary ? 1 : 0, 0, p.raw(),
                    Integer.toString(p.type()), p.label(), p.party().e164(), null, null);
            phoneLookup.row(dataId, rawId, p.party().e164(), NumberFormats.minMatch(p.party().e164()));
            directory.putIfAbsent(p.party().e164(),
                    new Match(contactId, c.displayName(), p.type(), p.label(), p.raw(), lookupKey));
        }
        if (c.email() != null) {
            data.row(nextDataId++, null, MT_EMAIL, rawId, 0, 0, 0, c.email(), "1", null, null, null, null);
        }
        if (c.deleted()) {
            deletedContacts.row(contactId, c.updatedMs());
        } else {
            contacts.row(contactId, rawId, c.starred() ? 1 : 0, c.phones().isEmpty() ? 0 : 1, lookupKey,
                    c.updatedMs());
            visible.row(contactId);
        }
        if (c.whatsapp() && !c.deleted()) {
            // WhatsApp's sync adapter adds its own raw contact later; the aggregator joins it to
            // the person's contact because the numbers match.
            laterSyncs.add(new LaterSync(c, contactId));
        }
    }

    /** A WhatsApp copy still to be written, after every address-book entry. */
    private record LaterSync(Contact contact, long contactId) {
    }

    private void addWhatsApp(Contact c, long contactId) throws SQLException {
        String e164 = c.phones().get(0).party().e164();
        String jid = e164.substring(1) + "@s.whatsapp.net";
        String shown = NumberFormats.international(e164);
        long rawId = nextRawId++;
        rawContacts.row(rawId, ACCOUNT_WHATSAPP, jid, 2, 0, 0, contactId, 0, 0, 0, c.displayName(),
                c.displayNameAlt(), NAME_SOURCE_STRUCTURED, c.displayName(), label(c.displayName()),
                bucket(c.displayName()), c.displayNameAlt(), label(c.displayNameAlt()),
                bucket(c.displayNameAlt()), jid);
        data.row(nextDataId++, PACKAGE_WHATSAPP, MT_NAME, rawId, 0, 0, 0, c.displayName(), c.given(),
                c.family(), null, "1", "0");
        data.row(nextDataId++, PACKAGE_WHATSAPP, MT_WA_PROFILE, rawId, 0, 0, 0, jid, "WhatsApp",
                "Message " + shown, null, null, null);
        data.row(nextDataId++, PACKAGE_WHATSAPP, MT_WA_VOIP, rawId, 0, 0, 0, jid, "WhatsApp",
                "Voice call " + shown, null, null, null);
        data.row(nextDataId++, PACKAGE_WHATSAPP, MT_WA_VIDEO, rawId, 0, 0, 0, jid, "WhatsApp",
                "Video call " + shown, null, null, null);
    }

    @Override
    public void close() throws SQLException {
        for (LaterSync later : laterSyncs) {
            addWhatsApp(later.contact(), later.contactId());
        }
        rawContacts.close();
        data.close();
        phoneLookup.close();
        contacts.close();
        deletedContacts.close();
        visible.close();
        // Every visible contact is also in the default directory.
        db.exec("INSERT INTO default_directory (_id) SELECT _id FROM visible_contacts");
    }

    /** The address-book index letter ("#" for names not starting with a Latin letter). */
    private static String label(String name) {
        char c = Character.toUpperCase(stripAccent(name.charAt(0)));
        return c >= 'A' && c <= 'Z' ? String.valueOf(c) : "#";
    }

    private static int bucket(String name) {
        String l = label(name);
        return l.equals("#") ? 27 : l.charAt(0) - 'A' + 1;
    }

    private static char stripAccent(char c) {
        String s = java.text.Normalizer.normalize(String.valueOf(c), java.text.Normalizer.Form.NFD);
        return s.charAt(0);
    }

    private static String hexName(String name) {
        String upper = name.toUpperCase(java.util.Locale.ROOT);
        return HexFormat.of().withUpperCase().formatHex(upper.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] sha(String s) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
