package org.phonetriage.parsers.sim.codec;

import org.phonetriage.parsers.sim.codec.TpduDecoder.Direction;

/**
 * One EF_SMS record (sim-spec §5.1): a status byte, then service centre and TPDU. A free record
 * whose bytes still hold a message is decoded and marked deleted — handsets usually clear only
 * the status byte — and bytes after the TPDU that are not padding are kept as slack.
 *
 * @param number 1-based record number
 * @param statusByte the raw status byte
 * @param state free, mt_read, mt_unread, mo_unsent, mo_sent… (see {@link #state(int)})
 * @param sms the decoded message, null when the record holds nothing but padding
 * @param slackHex bytes after the message that are not FF padding: remnants of an older message
 */
public record EfSmsRecord(int number, int statusByte, String state, SmsPdu sms, String slackHex) {

    /** A record whose status says free but which still held a message. */
    public boolean deleted() {
        return sms != null && (statusByte & 0x01) == 0;
    }

    /**
     * How many of the checks of sim-spec §5.1 a recovered message passes, out of {@link #CHECKS}:
     * service-centre address, address, time stamp, user data within the record, no truncation or
     * implausible length warning. For ranking recovered records, never for hiding them.
     */
    public int plausibility() {
        if (sms == null) {
            return 0;
        }
        int score = 0;
        score += sms.serviceCentre == null || sms.serviceCentre.value().length() <= 21 ? 1 : 0;
        score += sms.address != null && (sms.address.alphanumeric() || sms.address.value().length() <= 21) ? 1 : 0;
        score += sms.type == TpduType.SUBMIT || sms.serviceCentreTime != null ? 1 : 0;
        score += sms.userDataLength != null && !sms.truncated ? 1 : 0;
        score += sms.warnings.stream().noneMatch(w -> w.contains("truncated") || w.contains("implausible")) ? 1 : 0;
        return score;
    }

    /** The number of plausibility checks. */
    public static final int CHECKS = 5;

    public static EfSmsRecord decode(int number, byte[] record) {
        if (record.length == 0) {
            return new EfSmsRecord(number, 0, "free", null, "");
        }
        int status = record[0] & 0xFF;
        String state = state(status);
        if (Hex.allFf(record, 1, record.length)) {
            return new EfSmsRecord(number, status, state, null, "");
        }
        SmsPdu sms = TpduDecoder.decode(record, 1, direction(status));
        // a recovered message is not a problem: deleted() and its provenance say what it is
        int end = Math.min(sms.endOffset, record.length);
        int last = record.length;
        while (last > end && (record[last - 1] & 0xFF) == 0xFF) {
            last--;
        }
        return new EfSmsRecord(number, status, state, sms, Hex.of(record, end, last));
    }

    /**
     * The record state by the masks of TS 51.011 §10.5.3 (as pySim decodes them); with those
     * masks every status with b1 = 1 has a meaning, bits 8–6 being RFU.
     */
    public static String state(int status) {
        if ((status & 0x01) == 0) {
            return "free";
        }
        return switch (status & 0x07) {
            case 0x01 -> "mt_read";
            case 0x03 -> "mt_unread";
            case 0x07 -> "mo_unsent";
            default -> switch (status & 0x18) { // & 0x07 == 0x05: sent, b4-b5 say what of a report
                case 0x00 -> "mo_sent";
                case 0x08 -> "mo_sent_report_requested";
                case 0x10 -> "mo_sent_report_received";
                default -> "mo_sent_report_stored";
            };
        };
    }

    private static Direction direction(int status) {
        String state = state(status);
        if (state.startsWith("mt_")) {
            return Direction.MOBILE_TERMINATED;
        }
        return state.startsWith("mo_") ? Direction.MOBILE_ORIGINATED : Direction.UNKNOWN;
    }
}
