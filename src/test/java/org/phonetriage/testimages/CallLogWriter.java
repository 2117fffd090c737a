package org.phonetriage.testimages;

import java.sql.SQLException;
import java.util.Map;
import org.phonetriage.testimages.ContactsWriter.Match;
import org.phonetriage.testimages.Spec.Call;
import org.phonetriage.testimages.Spec.Sim;

/**
 * Writes calls rows into calllog.db as Telecom and the dialer fill them: the number as dialled
 * or as presented by the network, plus the caller-id data (name, type, normalized and formatted
 * number) the dialer cached from the address book at the time of the call.
 */
final class CallLogWriter implements AutoCloseable {

    private static final String TELEPHONY_SERVICE =
            "com.android.phone/com.android.services.telephony.TelephonyConnectionService";

    private final SqliteDb.Insert calls;
    private final String region;
    private final Sim sim;
    private final Map<String, Match> directory;
    private long nextId = 1;

    CallLogWriter(SqliteDb db, String region, Sim sim, Map<String, Match> directory) throws SQLException {
        this.region = region;
        this.sim = sim;
        this.directory = directory;
        try (SqliteDb.Insert props = db.insert("properties", "property_key", "property_value")) {
            props.row("call_log_last_synced", "0");
        }
        calls = db.insert("calls", "_id", "number", "presentation", "date", "duration", "type", "features",
                "subscription_component_name", "subscription_id", "sub_id", "new", "name", "numbertype",
                "numberlabel", "countryiso", "is_read", "geocoded_location", "lookup_uri", "matched_number",
                "normalized_number", "photo_id", "formatted_number", "add_for_all_users", "last_modified");
    }

    void add(Call c) throws SQLException {
        String e164 = c.party() == null ? null : c.party().e164();
        Match m = e164 == null ? null : directory.get(e164);
        boolean unseenMissed = c.type() == Spec.MISSED;
        calls.row(nextId++, c.raw(), c.presentation(), c.dateMs(), c.durationSec(), c.type(), 0,
                // Telecom's PhoneAccountHandle id for a SIM is its ICCID.
                TELEPHONY_SERVICE, sim.iccid(), 1, unseenMissed ? 1 : 0,
                m == null ? null : m.name(), m == null ? null : m.type(), m == null ? null : m.label(),
                region, unseenMissed ? 0 : 1, e164 == null ? null : countryName(NumberFormats.region(e164)),
                m == null ? null : "content://com.android.contacts/contacts/lookup/" + m.lookupKey() + "/"
                        + m.contactId(),
                m == null ? null : m.raw(), e164, 0, e164 == null ? null : formatted(e164), 1,
                c.dateMs() + c.durationSec() * 1000L + 1500);
    }

    /** The dialer shows domestic numbers in national form and foreign ones internationally. */
    private String formatted(String e164) {
        return NumberFormats.region(e164).equals(region) ? NumberFormats.national(e164)
                : NumberFormats.international(e164);
    }

    /** geocoded_location for mobile numbers is the country, in the phone's language (pt-BR). */
    static String countryName(String region) {
        return switch (region) {
            case "FR" -> "França";
            case "ES" -> "Espanha";
            case "PT" -> "Portugal";
            case "BR" -> "Brasil";
            default -> null;
        };
    }

    @Override
    public void close() throws SQLException {
        calls.close();
    }
}
