package org.phonetriage.ingest;

import java.nio.file.Path;
import java.sql.Connection;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.Message;
import org.phonetriage.model.Party;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.SimInfo;
import org.phonetriage.model.Timestamp;
import org.phonetriage.normalize.DeviceRegion;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.parsers.RecordSink;
import org.phonetriage.store.CaseDb;
import org.phonetriage.store.CaseWriter;

/**
 * Writes a case with a network of known structure, device by device, through the same
 * normalisation and store as a real ingest (only the parsing is skipped). For cross-reference
 * tests and the xref benchmark.
 */
public final class NetworkCaseBuilder {

    private final List<String> caseRegions;
    private final List<DeviceSpec> devices = new ArrayList<>();

    public NetworkCaseBuilder(List<String> caseRegions) {
        this.caseRegions = List.copyOf(caseRegions);
    }

    /** Starts a device; its records are written in the order a real ingest writes them. */
    public DeviceSpec device(String label, String platform) {
        DeviceSpec d = new DeviceSpec(label, platform);
        devices.add(d);
        return d;
    }

    /**
     * Three phones whose labels do not sort in ingest order: "C phone" and "A-phone" (Android, Brazilian
     * SIMs of +5511987650001 and +5511987650002) and "b phone" (an iPhone without a SIM), in that order.
     */
    public List<DeviceSpec> threePhones() {
        DeviceSpec c = device("C phone", "android").sim("8955000000000000001", "+5511987650001", "724");
        DeviceSpec a = device("A-phone", "android").sim("8955000000000000002", "+5511987650002", "724");
        DeviceSpec b = device("b phone", "ios");
        return List.of(c, a, b);
    }

    /** The devices, in the order they will be ingested. */
    public List<DeviceSpec> devices() {
        return devices;
    }

    public void write(Path caseFile) throws Exception {
        write(caseFile, devices);
    }

    /** Writes the devices in the given order (to show that the order makes no difference). */
    public void write(Path caseFile, List<DeviceSpec> order) throws Exception {
        try (Connection db = CaseDb.open(caseFile, true); CaseWriter writer = new CaseWriter(db)) {
            write(writer, new IdentifierNormalizer(), order);
        }
    }

    /**
     * Writes the devices into a case another builder may have written before, through the same
     * writer: the benchmark writes one device per builder (its records fit in memory), and a case
     * reopened per device kept its occurrence indexes up row by row instead of building them once.
     */
    public void write(CaseWriter writer, IdentifierNormalizer normalizer) throws Exception {
        write(writer, normalizer, devices);
    }

    private void write(CaseWriter writer, IdentifierNormalizer normalizer, List<DeviceSpec> order) throws Exception {
        for (DeviceSpec d : order) {
            long deviceId = writer.addDevice(d.label, d.platform);
            long itemId = writer.addEvidenceItem(deviceId, Path.of("generated", d.label), "generated", null, null);
            long fileId = writer.addEvidenceFile(itemId, "generated.db", 0, "0".repeat(64), "generated", "parsed");
            DeviceRegion region = new DeviceRegion(caseRegions);
            NormalizingSink sink = new NormalizingSink(writer, normalizer,
                    new org.phonetriage.normalize.PartyCache(normalizer, org.phonetriage.normalize.PartyCache.DEFAULT_CAPACITY), region,
                    new DeviceContexts(writer, deviceId, region, caseRegions), deviceId, d.label,
                    new ProblemLog(null), null);
            long runId = writer.startRun(deviceId, fileId, "test.network", "1");
            sink.startRun(runId, "test.network");
            d.records.stream().sorted(java.util.Comparator.comparingInt(RecordSpec::order))
                    .forEach(r -> r.emit(sink, d.label));
            writer.finishRun(runId, sink.records(), "ok", null);
            var home = region.home();
            writer.updateDevice(deviceId, d.platform, home.map(h -> h.region()).orElse(null),
                    home.map(h -> h.basis()).orElse("unknown"));
            writer.completeDevice(deviceId, region.homeArea());
        }
    }

    /** One device's records, kept in the order sim, calls, messages, contacts. */
    public static final class DeviceSpec {
        final String label;
        final String platform;
        final List<RecordSpec> records = new ArrayList<>();
        private int row;

        DeviceSpec(String label, String platform) {
            this.label = label;
            this.platform = platform;
        }

        public String label() {
            return label;
        }

        public DeviceSpec sim(String iccid, String number, String mcc) {
            int r = ++row;
            records.add(new RecordSpec(0, (sink, label) -> sink.sim(new SimInfo(prov(label, "siminfo", r), iccid, number,
                    mcc, "01", "carrier", null, "SIM"))));
            return this;
        }

        /** A call; direction incoming or outgoing; time ISO-8601 UTC. */
        public DeviceSpec call(String number, String direction, String time, long seconds) {
            int r = ++row;
            records.add(new RecordSpec(1, (sink, label) -> sink.call(new Call(prov(label, "calls", r), number, null,
                    ts(time), seconds, direction, null, null, null))));
            return this;
        }

        public DeviceSpec sms(String address, String direction, String time) {
            return sms(address, direction, time, "text " + (row + 1));
        }

        public DeviceSpec sms(String address, String direction, String time, String body) {
            int r = ++row;
            String role = "incoming".equals(direction) ? "from" : "to";
            records.add(new RecordSpec(2, (sink, label) -> sink.message(new Message(prov(label, "sms", r), "sms",
                    direction, ts(time), null, body, "1", true, null, List.of(new Party(role, address))))));
            return this;
        }

        /** A contact card with one or more numbers as typed. */
        public DeviceSpec contact(String name, String... numbers) {
            int r = ++row;
            List<ContactValue> values = new ArrayList<>();
            for (String n : numbers) {
                values.add(new ContactValue(n.contains("@") ? "whatsapp" : "phone", n, "Mobile", null));
            }
            records.add(new RecordSpec(3, (sink, label) -> sink.contact(new Contact(prov(label, "raw_contacts", r),
                    name, values, null, false))));
            return this;
        }

        /** A WhatsApp group as the phone stores it: one record whose values are its members' JIDs. */
        public DeviceSpec group(String subject, String... memberJids) {
            return group("1203630" + (row + 1) + "@g.us", subject, memberJids);
        }

        /** A WhatsApp group of this id (as its messages name it: {@code 1203…@g.us}) and its members. */
        public DeviceSpec group(String groupJid, String subject, String... memberJids) {
            int r = ++row;
            List<ContactValue> values = new ArrayList<>();
            for (String jid : memberJids) {
                values.add(new ContactValue("group-member", jid, null, null));
            }
            records.add(new RecordSpec(3, (sink, label) -> sink.contact(new Contact(prov(label, "group_participant_user", r),
                    subject, values, "whatsapp-group:" + groupJid, false))));
            return this;
        }

        /**
         * A WhatsApp message in a group, as msgstore.db gives it: the group as its party, and for a
         * received one the sender's JID as the sender (null for one the owner sent).
         */
        public DeviceSpec groupMessage(String groupJid, String senderJid, String time) {
            int r = ++row;
            List<Party> parties = new ArrayList<>(List.of(new Party("group", groupJid)));
            if (senderJid != null) {
                parties.add(new Party("from", senderJid));
            }
            records.add(new RecordSpec(2, (sink, label) -> sink.message(new Message(prov(label, "message", r), "whatsapp",
                    senderJid == null ? "outgoing" : "incoming", ts(time), null, "text " + r, groupJid, true, null,
                    parties))));
            return this;
        }

        private static Provenance prov(String label, String table, int row) {
            return new Provenance(label, "generated.db", "0".repeat(64), table, (long) row, "test.network", "1");
        }

        private static Timestamp ts(String iso) {
            return new Timestamp(Instant.parse(iso), iso, "iso");
        }
    }

    /** A record and its place in the ingest order. */
    record RecordSpec(int order, Emitter emitter) {
        void emit(RecordSink sink, String label) {
            emitter.emit((NormalizingSink) sink, label);
        }
    }

    interface Emitter {
        void emit(NormalizingSink sink, String label);
    }
}
