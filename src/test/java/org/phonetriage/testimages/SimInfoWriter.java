package org.phonetriage.testimages;

import java.sql.SQLException;
import org.phonetriage.normalize.Luhn;
import org.phonetriage.testimages.Spec.Sim;

/** Writes the siminfo row TelephonyProvider keeps for a SIM that has been in the phone. */
final class SimInfoWriter {

    private SimInfoWriter() {
    }

    static void write(SqliteDb db, Sim sim) throws SQLException {
        try (SqliteDb.Insert si = db.insert("siminfo", "_id", "icc_id", "sim_id", "display_name", "carrier_name",
                "name_source", "color", "number", "display_number_format", "data_roaming", "mcc", "mnc",
                "mcc_string", "mnc_string", "ehplmns", "hplmns", "card_id", "is_removable", "iso_country_code",
                "imsi", "profile_class", "subscription_type")) {
            // sim_id is the slot (0); for a physical SIM card_id is the ICCID again.
            si.row(1, sim.iccid(), 0, sim.displayName(), sim.carrierName(), 0, sim.color(), sim.number(), 1, 0,
                    sim.mcc(), Integer.parseInt(sim.mnc()), Integer.toString(sim.mcc()), sim.mnc(), "",
                    sim.mcc() + sim.mnc(), sim.iccid(), 1, sim.isoCountry(), sim.imsi(), -1, 0);
        }
    }

    /** Appends the Luhn check digit that ends every ICCID. */
    static String withLuhn(String body) {
        return body + Luhn.checkDigit(body);
    }
}
