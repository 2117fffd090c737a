package org.phonetriage.xref.rules;

import java.util.Map;

/**
 * An owner the evidence proves, with the identifiers it holds: a seized device, or one card of a
 * SIM dump.
 *
 * @param id     {@code device:LABEL} or {@code card:LABEL:ICCID}
 * @param device the seized device's label
 * @param keys   identifier key → its type, in key order
 */
public record PersonUnit(String id, Kind kind, String device, Map<String, String> keys) {

    /** The unit's kind: a seized device, or one card of a SIM dump. */
    public enum Kind { DEVICE, CARD }
}
