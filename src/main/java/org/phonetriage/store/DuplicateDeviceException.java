package org.phonetriage.store;

import java.sql.SQLException;

/** The case already has a device with this label: give the evidence another --label. */
public final class DuplicateDeviceException extends SQLException {

    public DuplicateDeviceException(String label) {
        super("the case already has a device labelled " + label + " (give --label to name it differently)");
    }
}
