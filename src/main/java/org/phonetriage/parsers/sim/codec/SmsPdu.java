package org.phonetriage.parsers.sim.codec;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * A decoded short message (service-centre address + TPDU). Fields a TPDU type lacks, or that
 * could not be read because the data ended, are null; {@link #warnings} says why.
 */
public final class SmsPdu {

    /** Service centre, null when the record has none. */
    public SmsAddress serviceCentre;
    public TpduType type;
    public int firstOctet;
    /** TP-OA of a DELIVER, TP-DA of a SUBMIT or COMMAND, TP-RA of a STATUS-REPORT. */
    public SmsAddress address;
    public Integer messageReference;
    public Integer pid;
    public Integer dcs;
    public DataCoding coding;
    public OffsetDateTime serviceCentreTime;
    /** STATUS-REPORT discharge time and status. */
    public OffsetDateTime dischargeTime;
    public Integer status;
    public Integer validityMinutes;
    public OffsetDateTime validityAbsolute;
    public Integer userDataLength;
    public List<UserDataHeader.Element> header = List.of();
    /** The text; null for 8-bit data, which is in {@link #dataHex}. */
    public String text;
    public String dataHex;
    /** Offset just past the TPDU in the decoded bytes. */
    public int endOffset;
    public boolean truncated;
    public final List<String> warnings = new ArrayList<>();

    public UserDataHeader.Concat concat() {
        return UserDataHeader.concat(header);
    }

    /** TP-MMS of a DELIVER: bit 3 clear means more messages wait at the service centre. */
    public boolean moreMessagesWaiting() {
        return type == TpduType.DELIVER && (firstOctet & 0x04) == 0;
    }

    /** TP-SRR of a SUBMIT: the sender asked for a delivery report. */
    public boolean statusReportRequested() {
        return type == TpduType.SUBMIT && (firstOctet & 0x20) != 0;
    }
}
