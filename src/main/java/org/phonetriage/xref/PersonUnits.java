package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.phonetriage.xref.rules.PersonUnit;
import org.phonetriage.xref.rules.PersonUnitRows;

/**
 * The owners the evidence proves, each with the identifiers it holds: a seized phone (or any
 * extraction) is one owner with every identifier it calls its own (its SIMs' numbers and ICCIDs,
 * its IMEIs, its WhatsApp account, the accounts signed in with); a SIM card dump is one owner per
 * card, because a reader's folder may hold several cards of several people.
 */
final class PersonUnits {

    private PersonUnits() {
    }

    static List<PersonUnit> load(Connection db) throws SQLException {
        PersonUnitRows rows = new PersonUnitRows();
        String owners = "SELECT d.label, d.platform = 'sim', i.key, i.type FROM owner_identifiers o"
                + " JOIN devices d ON d.id = o.device_id JOIN identifiers i ON i.id = o.identifier_id";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(owners)) {
            while (rs.next()) {
                rows.owner(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getString(4));
            }
        }
        String cards = "SELECT d.label, s.iccid, i.key, i.type FROM occurrences o"
                + " JOIN devices d ON d.id = o.device_id JOIN sims s ON s.id = o.record_id"
                + " JOIN identifiers i ON i.id = o.identifier_id"
                + " WHERE d.platform = 'sim' AND o.role = 'owner' AND o.record_table = 'sims' AND s.iccid IS NOT NULL";
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(cards)) {
            while (rs.next()) {
                rows.card(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4));
            }
        }
        return rows.units();
    }
}
