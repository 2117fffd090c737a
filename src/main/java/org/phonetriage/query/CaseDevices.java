package org.phonetriage.query;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** The devices of a case, for checking the labels an examiner names. */
public final class CaseDevices {

    private CaseDevices() {
    }

    /** Every device label, sorted. */
    public static List<String> labels(Connection db) throws SQLException {
        List<String> labels = new ArrayList<>();
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery("SELECT label FROM devices ORDER BY label")) {
            while (rs.next()) {
                labels.add(rs.getString(1));
            }
        }
        return labels;
    }
}
