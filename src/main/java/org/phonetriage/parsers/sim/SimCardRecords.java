package org.phonetriage.parsers.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.DeviceFact;
import org.phonetriage.model.Message;
import org.phonetriage.model.OwnIdentifier;
import org.phonetriage.model.Party;
import org.phonetriage.model.Problem;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.SimInfo;
import org.phonetriage.model.Timestamp;
import org.phonetriage.parsers.FileParser.Source;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.parsers.sim.codec.CallInformation;
import org.phonetriage.parsers.sim.codec.DiallingNumber;
import org.phonetriage.parsers.sim.codec.EfSmsRecord;
import org.phonetriage.parsers.sim.codec.SmsPdu;
import org.phonetriage.parsers.sim.codec.TpduType;

/**
 * Turns a decoded SIM card into the case's records, whatever dump format it came from: ICCID, IMSI
 * and MSISDN as the card's own identifiers, EF_ADN as contacts, EF_LND as dialled calls, EF_SMS as
 * messages (recovered free records marked in their provenance), decoding problems as problems.
 */
final class SimCardRecords {

    private SimCardRecords() {
    }

    /** Hands a decoded card to the sink; shared by every SIM dump format. */
    static void emit(SimCard card, Source source, RecordSink sink, ParserDescriptor parser) {
        DiallingNumber first = card.msisdns().isEmpty() ? null : card.msisdns().get(0).value();
        String msisdn = first == null ? null : first.number();
        String mcc = card.imsi() == null ? null : card.imsi().mcc();
        String mnc = card.imsi() == null ? null : card.imsi().mnc();
        String spn = card.spn() == null ? null : card.spn().name();
        if (card.iccid() != null || msisdn != null) {
            sink.sim(new SimInfo(prov(parser, source, "sim", null), card.iccid(), msisdn, mcc, mnc, spn, null, spn,
                    first == null ? null : first.typeOfNumber()));
        }
        if (card.imsi() != null) {
            sink.ownIdentifier(new OwnIdentifier(prov(parser, source, "EF_IMSI", null), "imsi", card.imsi().digits(),
                    "EF_IMSI" + (card.imsi().mncLengthInferred() ? " (MNC length inferred from the MCC)" : "")));
        }
        for (SimCard.Entry extra : card.msisdns().subList(Math.min(1, card.msisdns().size()), card.msisdns().size())) {
            sink.ownIdentifier(new OwnIdentifier(prov(parser, source, "EF_MSISDN", (long) extra.record()), "phone",
                    extra.value().number(), "EF_MSISDN record " + extra.record(), extra.value().typeOfNumber()));
        }
        for (SimCard.Entry e : card.contacts()) {
            sink.contact(contact(parser, source, e, "sim"));
        }
        // fixed dialling (set by the user) and service dialling (set by the operator) numbers
        for (SimCard.Entry e : card.fixedAndService()) {
            sink.contact(contact(parser, source, e, e.file().equals("EF_FDN") ? "sim-fdn" : "sim-sdn"));
        }
        for (var c : card.phonebook()) {
            List<ContactValue> values = new ArrayList<>();
            c.numbers().forEach(n -> values.add(new ContactValue("phone", n.number(), null, null, n.typeOfNumber())));
            c.emails().forEach(m -> values.add(new ContactValue("email", m, null, null)));
            sink.contact(new Contact(prov(parser, source, "DF_PHONEBOOK " + c.file(), (long) c.index()), c.name(),
                    values, "sim", false));
        }
        for (SimCard.Entry e : card.dialled()) {
            // EF_LND keeps no time: the record number orders them, 1 being the most recent.
            sink.call(new Call(prov(parser, source, e.file(), (long) e.record()), e.value().number(),
                    e.value().alpha().isEmpty() ? null : e.value().alpha(), null, null, "outgoing", null, null, null,
                    Call.CELLULAR, null, false, e.value().typeOfNumber()));
        }
        for (SimCard.CallEntry e : card.calls()) {
            // EF_ICI/EF_OCI keep the time with the network's zone, the duration and, incoming, the answer
            CallInformation c = e.value();
            Timestamp time = c.time() == null ? null
                    : new Timestamp(c.time().toInstant(), c.rawTime() + " (" + c.time() + ")", "sim-call-time");
            String direction = !e.incoming() ? "outgoing" : Boolean.FALSE.equals(c.answered()) ? "missed" : "incoming";
            sink.call(new Call(prov(parser, source, e.file(), (long) e.record()), c.party().number().isEmpty() ? null
                    : c.party().number(), c.party().alpha().isEmpty() ? null : c.party().alpha(), time,
                    (long) c.durationSeconds(), direction, null, null, null, Call.CELLULAR, null, false,
                    c.party().typeOfNumber()));
        }
        for (SmsThreads.JoinedSms joined : SmsThreads.join(card.sms())) {
            sink.message(message(parser, joined, source));
        }
        for (SimCard.Fact f : card.facts()) {
            sink.fact(new DeviceFact(prov(parser, source, f.file(), f.record() == null ? null : (long) f.record()),
                    f.name(), f.value()));
        }
        for (String p : card.problems()) {
            sink.problem(new Problem(source.evidenceLabel(), source.path(), p));
        }
    }

    private static Contact contact(ParserDescriptor parser, Source source, SimCard.Entry e, String account) {
        List<ContactValue> values = e.value().number().isEmpty() ? List.of()
                : List.of(new ContactValue("phone", e.value().number(), null, null, e.value().typeOfNumber()));
        return new Contact(prov(parser, source, e.file(), (long) e.record()), e.value().alpha(), values, account, false);
    }

    private static Message message(ParserDescriptor parser, SmsThreads.JoinedSms joined, Source source) {
        EfSmsRecord first = joined.first();
        SmsPdu sms = first.sms();
        boolean received = sms.type == TpduType.DELIVER;
        String direction = received ? "incoming" : sms.type == TpduType.SUBMIT ? "outgoing" : "status-report";
        String records = joined.parts().stream().map(r -> String.valueOf(r.number())).collect(Collectors.joining(","));
        String table = "EF_SMS record " + records + (joined.deleted() ? " (free record: deleted, recovered;"
                + " plausibility " + first.plausibility() + "/" + EfSmsRecord.CHECKS + ")" : "");
        List<Party> parties = new ArrayList<>();
        if (sms.address != null && !sms.address.value().isEmpty()) {
            parties.add(new Party(received ? "from" : "to", sms.address.value(), null, sms.address.ton()));
        }
        Timestamp time = sms.serviceCentreTime == null ? null
                : new Timestamp(sms.serviceCentreTime.toInstant(), sms.serviceCentreTime.toString(), "sms-scts");
        // a joined message is read only when every part is; one unread part makes it unread
        Boolean read = joined.parts().stream().anyMatch(r -> r.state().equals("mt_unread")) ? Boolean.FALSE
                : joined.parts().stream().allMatch(r -> r.state().equals("mt_read")) ? Boolean.TRUE : null;
        String body = joined.text().isEmpty() && sms.dataHex != null ? "[binary data] " + sms.dataHex : joined.text();
        return new Message(prov(parser, source, table, (long) first.number()), "sms", direction, time, null, body, null,
                read, sms.serviceCentre == null ? null : sms.serviceCentre.value(), parties, null, joined.deleted());
    }

    private static Provenance prov(ParserDescriptor parser, Source source, String table, Long record) {
        return new Provenance(source.evidenceLabel(), source.path(), null, table, record, parser.id(),
                parser.version());
    }
}
