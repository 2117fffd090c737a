package org.phonetriage.parsers.sim.codec;

/** The TPDU types met in SIM evidence (sim-spec §5.3). */
public enum TpduType {
    DELIVER("SMS-DELIVER"), SUBMIT("SMS-SUBMIT"), STATUS_REPORT("SMS-STATUS-REPORT"), COMMAND("SMS-COMMAND");

    private final String label;

    TpduType(String label) {
        this.label = label;
    }

    /** The 3GPP name, e.g. SMS-DELIVER. */
    public String label() {
        return label;
    }
}
