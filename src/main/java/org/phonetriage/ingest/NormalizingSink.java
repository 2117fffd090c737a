package org.phonetriage.ingest;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.phonetriage.model.Call;
import org.phonetriage.model.Contact;
import org.phonetriage.model.ContactValue;
import org.phonetriage.model.Message;
import org.phonetriage.model.Party;
import org.phonetriage.model.Problem;
import org.phonetriage.model.Provenance;
import org.phonetriage.model.SimInfo;
import org.phonetriage.normalize.DeviceRegion;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.normalize.MccTable;
import org.phonetriage.normalize.NormalizedId;
import org.phonetriage.normalize.PartyCache;
import org.phonetriage.normalize.RegionHint;
import org.phonetriage.parser.RecordSink;
import org.phonetriage.store.CaseWriter;
import org.phonetriage.store.CaseWriter.Occurrence;

/**
 * Takes a parser's records for one device, stores them, normalises every party they name and
 * stores an occurrence for each. The SIM records also feed the device's region and owner.
 */
final class NormalizingSink implements RecordSink {

    private final CaseWriter writer;
    private final IdentifierNormalizer normalizer;
    private final PartyCache parties;
    private final Map<String, Optional<RegionHint>> smscRegions = new HashMap<>();
    private final DeviceRegion region;
    private final long deviceId;
    private final ProblemLog problems;
    private long runId;
    private long records;

    NormalizingSink(CaseWriter writer, IdentifierNormalizer normalizer, DeviceRegion region,
                    long deviceId, ProblemLog problems) {
        this.writer = writer;
        this.normalizer = normalizer;
        this.parties = new PartyCache(normalizer, 50_000);
        this.region = region;
        this.deviceId = deviceId;
        this.problems = problems;
    }

    /** Records from now on belong to this parser run. */
    void startRun(long runId) {
        this.runId = runId;
    }

    long records() {
        return records;
    }

    @Override
    public void contact(Contact c) {
        store(() -> {
            long id = writer.contact(deviceId, runId, c);
            List<RegionHint> hints = region.forCountry(null);
            for (ContactValue v : c.values()) {
                Optional<NormalizedId> n = "email".equals(v.kind()) ? normalizer.email(v.raw())
                        : parties.party(v.raw(), hints);
                if (n.isPresent()) {
                    // a messenger's entry in the address book is that app's contact, not a phone-book one
                    String role = "whatsapp".equals(v.kind()) ? "whatsapp-contact" : "contact";
                    writer.occurrence(n.get(), new Occurrence(deviceId, role, "contacts", id, v.raw(),
                            c.name(), v.label(), null, v.deviceNormalized()));
                }
            }
        });
    }

    @Override
    public void call(Call c) {
        region.addCallCountry(c.countryIso());
        store(() -> {
            long id = writer.call(deviceId, runId, c);
            Optional<NormalizedId> n = parties.party(c.number(), region.forCountry(c.countryIso()));
            if (n.isPresent()) {
                writer.occurrence(n.get(), new Occurrence(deviceId, "call", "calls", id, c.number(), c.name(),
                        null, null, c.normalizedNumber()));
            }
        });
    }

    @Override
    public void message(Message m) {
        store(() -> {
            long id = writer.message(deviceId, runId, m);
            // the SMS centre that delivered a message belongs to the SIM's home network
            RegionHint smsc = m.serviceCenter() == null ? null : smscRegion(m.serviceCenter());
            List<RegionHint> hints = region.forRecord(smsc);
            for (Party p : m.parties()) {
                Optional<NormalizedId> n = parties.party(p.raw(), hints);
                if (n.isPresent()) {
                    writer.occurrence(n.get(), new Occurrence(deviceId, m.kind(), "messages", id, p.raw(), null,
                            null, p.role(), null));
                }
            }
        });
    }

    @Override
    public void sim(SimInfo s) {
        List<String> mccRegions = MccTable.regions(s.mcc());
        if (!mccRegions.isEmpty()) {
            region.add("sim-mcc", mccRegions.get(0));
        }
        region.add("sim-country", s.countryIso());
        normalizer.iccidRegion(s.iccid()).ifPresent(r -> region.add("sim-iccid", r));
        if (s.number() != null && s.number().strip().startsWith("+")) {
            normalizer.regionOfInternational(s.number()).ifPresent(r -> region.add("own-number", r));
        }
        store(() -> {
            long id = writer.sim(deviceId, runId, s);
            owner(normalizer.iccid(s.iccid()), s.iccid(), s.provenance(), "icc_id", id);
            owner(normalizer.party(s.number(), region.forCountry(s.countryIso())), s.number(),
                    s.provenance(), "number", id);
        });
    }

    /** A phone uses a handful of SMS centres, each for thousands of messages: remember them. */
    private RegionHint smscRegion(String serviceCenter) {
        if (smscRegions.size() > 10_000) {
            smscRegions.clear();
        }
        return smscRegions.computeIfAbsent(serviceCenter, sc -> normalizer.regionOfInternational(sc)
                .map(r -> new RegionHint(r, "sms-center", true))).orElse(null);
    }

    private void owner(Optional<NormalizedId> n, String raw, Provenance p, String column, long simId)
            throws SQLException {
        if (n.isEmpty()) {
            return;
        }
        String basis = fileName(p.path()) + " " + p.table() + "." + column;
        writer.ownerIdentifier(deviceId, writer.identifier(n.get()), basis);
        writer.occurrence(n.get(), new Occurrence(deviceId, "owner", "sims", simId, raw, null, null,
                null, null));
    }

    @Override
    public void problem(Problem p) {
        problems.add(p);
    }

    private void store(SqlAction action) {
        try {
            action.run();
            records++;
        } catch (SQLException e) {
            // the case database failing is not a problem of the evidence: stop the ingest
            throw new CaseWriteException(e);
        }
    }

    private static String fileName(String path) {
        return path == null ? "" : path.substring(path.lastIndexOf('/') + 1);
    }

    private interface SqlAction {
        void run() throws SQLException;
    }
}
