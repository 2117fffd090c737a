package org.phonetriage.parsers.sim;

import java.util.List;
import org.phonetriage.parsers.sim.codec.CallInformation;
import org.phonetriage.parsers.sim.codec.DiallingNumber;
import org.phonetriage.parsers.sim.codec.EfSmsRecord;
import org.phonetriage.parsers.sim.codec.SimIdentity;

/**
 * What a SIM dump says, decoded. Null or empty where the card or the dump lacks a file.
 *
 * @param iccid EF_ICCID
 * @param imsi EF_IMSI split into MCC and MNC
 * @param spn the service provider name
 * @param msisdns the card's own numbers (EF_MSISDN)
 * @param contacts EF_ADN entries (DF_TELECOM) with their record numbers
 * @param phonebook the USIM phonebook's entries (DF_PHONEBOOK, through EF_PBR)
 * @param dialled EF_LND, most recent first
 * @param calls EF_ICI and EF_OCI (USIM): calls with their time, duration and, for incoming ones,
 *              whether they were answered; record 1 is the newest
 * @param fixedAndService EF_FDN and EF_SDN entries (operator or barring numbers, not people)
 * @param sms EF_SMS records that hold a message, deleted ones included
 * @param facts what the card records about itself besides identifiers (applications, last
 *              registered areas, SMS parameters, network names), for the report
 * @param problems what could not be read or decoded, each naming the file
 */
public record SimCard(String iccid, SimIdentity.Imsi imsi, SimIdentity.Spn spn, List<Entry> msisdns,
                      List<Entry> contacts, List<UsimPhonebook.Contact> phonebook, List<Entry> dialled,
                      List<CallEntry> calls, List<Entry> fixedAndService,
                      List<EfSmsRecord> sms, List<Fact> facts, List<String> problems) {

    /**
     * A fact and where it was read.
     *
     * @param record the record number, or null for a transparent file
     */
    public record Fact(String name, String value, String file, Integer record) {
    }

    /** EF_LOCI's last location area as text, or null. */
    public String location() {
        return facts.stream().filter(f -> f.name().equals(CardFacts.LOCI)).map(Fact::value).findFirst().orElse(null);
    }

    /** An EF_ICI / EF_OCI record and where it came from. */
    public record CallEntry(String file, int record, boolean incoming, CallInformation value) {
    }

    /** A dialling-number record and where it came from. */
    public record Entry(String file, int record, DiallingNumber value) {
    }
}
