package org.phonetriage.ingest;

import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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
import org.phonetriage.normalize.DeviceRegion;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.normalize.MccTable;
import org.phonetriage.normalize.NormalizedId;
import org.phonetriage.normalize.PartyCache;
import org.phonetriage.normalize.RegionContext;
import org.phonetriage.normalize.RegionHint;
import org.phonetriage.parser.RecordSink;
import org.phonetriage.progress.Progress;
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
    private final Progress progress;
    private final String label;
    /** The SIM's home network (MCC-MNC): the plan a network-specific number it stores belongs to. */
    private String homeNetwork;
    private long runId;
    private String parserId;
    private long records;

    /** How often a long parser run reports how far it is. */
    private static final long PROGRESS_EVERY = 50_000;

    NormalizingSink(CaseWriter writer, IdentifierNormalizer normalizer, DeviceRegion region,
                    long deviceId, String label, ProblemLog problems, Progress progress) {
        this.writer = writer;
        this.normalizer = normalizer;
        this.parties = new PartyCache(normalizer, PartyCache.DEFAULT_CAPACITY);
        this.region = region;
        this.deviceId = deviceId;
        this.label = label;
        this.progress = progress;
        this.problems = problems;
    }

    /** Records from now on belong to this parser run. */
    void startRun(long runId, String parserId) {
        this.runId = runId;
        this.parserId = parserId;
    }

    long records() {
        return records;
    }

    @Override
    public void contact(Contact c) {
        store(() -> {
            long id = writer.contact(deviceId, runId, c);
            RegionContext ctx = region.forRecord(null);
            for (ContactValue v : c.values()) {
                NormalizedId n = "email".equals(v.kind()) ? normalizer.email(v.raw()).orElse(null)
                        : v.ton() != null ? normalizer.stored(v.raw(), v.ton(), homeNetwork, ctx)
                        : byKind(v.kind(), v.raw(), ctx);
                // a messenger's contact (kind "whatsapp", "telegram" …) is that app's contact, not a
                // phone-book one; a group's member is neither
                String role = switch (v.kind()) {
                    case "phone", "email", "im" -> "contact";
                    case "group-member" -> "whatsapp-group-member";
                    default -> v.kind().endsWith("-group-member") ? v.kind()
                            : v.kind().replaceFirst("^app:", "") + "-contact";
                };
                occurrence(n, new Occurrence(deviceId, role, "contacts", id, v.raw(), c.name(), v.label(), null,
                        v.deviceNormalized()));
            }
        });
    }

    @Override
    public void call(Call c) {
        region.addCallCountry(c.countryIso());
        store(() -> {
            long id = writer.call(deviceId, runId, c);
            String app = Call.CELLULAR.equals(c.kind()) ? null : c.kind().replaceFirst("(-video)?-call$", "");
            RegionContext ctx = region.forCountry(c.countryIso());
            NormalizedId n = c.numberTon() != null ? normalizer.stored(c.number(), c.numberTon(), homeNetwork, ctx)
                    : party(app, c.number(), ctx);
            String role = Call.CELLULAR.equals(c.kind()) ? "call" : c.kind();
            occurrence(n, new Occurrence(deviceId, role, "calls", id, c.number(), c.name(), null, null,
                    c.normalizedNumber()));
        });
    }

    @Override
    public void message(Message m) {
        store(() -> {
            long id = writer.message(deviceId, runId, m);
            // the SMS centre that delivered a message belongs to the SIM's home network
            RegionHint smsc = m.serviceCenter() == null ? null : smscRegion(m.serviceCenter());
            if (smsc != null) {
                region.addSmsCenterRegion(smsc.region());
            }
            RegionContext ctx = region.forRecord(smsc);
            for (Party p : m.parties()) {
                RegionContext partyCtx = p.countryIso() == null ? ctx : region.forCountry(p.countryIso());
                NormalizedId n = p.ton() != null ? normalizer.stored(p.raw(), p.ton(), homeNetwork, partyCtx)
                        : party(m.kind(), p.raw(), partyCtx);
                occurrence(n, new Occurrence(deviceId, role(m), "messages", id,
                        p.raw(), null, null, p.role(), null));
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
        network(s.mcc(), s.mnc());
        store(() -> {
            long id = writer.sim(deviceId, runId, s);
            owner(normalizer.iccid(s.iccid()).orElse(null), s.iccid(), s.provenance(), "icc_id", id);
            NormalizedId own = normalizer.stored(s.number(), s.numberTon(), homeNetwork,
                    region.forCountry(s.countryIso()));
            if ("phone".equals(own.type())) {
                region.add("own-number", own.region());
                normalizer.brazilianArea(own.key()).ifPresent(region::setHomeArea);
            }
            owner(own, s.number(), s.provenance(), "number", id);
        });
    }

    @Override
    public void ownIdentifier(OwnIdentifier own) {
        store(() -> {
            long id = writer.account(deviceId, runId, own);
            NormalizedId n = switch (own.kind()) {
                case "email" -> normalizer.email(own.value()).orElse(null);
                case "imei" -> normalizer.imei(own.value()).orElse(null);
                case "imsi" -> normalizer.imsi(own.value()).orElse(null);
                case "iccid" -> normalizer.iccid(own.value()).orElse(null);
                case "meid" -> normalizer.meid(own.value()).orElse(null);
                case "name" -> null; // the owner's name as the extraction recorded it: kept, never a key
                default -> own.ton() != null
                        ? normalizer.stored(own.value(), own.ton(), homeNetwork, region.forRecord(null))
                        : byKind(own.kind(), own.value(), region.forRecord(null));
            };
            if (n != null && "phone".equals(n.type())) {
                region.add("own-number", n.region());
                normalizer.brazilianArea(n.key()).ifPresent(region::setHomeArea);
            }
            // a SIM's identifiers found outside siminfo (iOS commcenter) give the same region clues
            if (n != null && "imsi".equals(n.type())) {
                region.add("sim-mcc", n.region());
                network(n.attributes().get("mcc"), n.attributes().get("mnc"));
            }
            if (n != null && "iccid".equals(n.type())) {
                region.add("sim-iccid", n.region());
            }
            if (n != null && n.hasKey()) {
                writer.ownerIdentifier(deviceId, writer.identifier(n), own.basis());
                occurrence(n, new Occurrence(deviceId, "owner", "accounts", id, own.value(), null, null, null, null));
            }
        });
    }

    /** The first SIM's network, as for the region. */
    private void network(String mcc, String mnc) {
        if (homeNetwork == null && mcc != null && mnc != null && !mcc.isBlank() && !mnc.isBlank()) {
            homeNetwork = mcc.strip() + "-" + mnc.strip();
        }
    }

    /** A value whose kind says what it is: an app's account id ("app:telegram"), else a number, JID or e-mail. */
    private NormalizedId byKind(String kind, String raw, RegionContext ctx) {
        return kind.startsWith("app:") ? normalizer.appAccount(kind.substring(4), raw).orElse(null)
                : parties.party(raw, ctx);
    }

    /** A party of a call or message in an app: that app's account id, or a number, JID or e-mail. */
    private NormalizedId party(String app, String raw, RegionContext ctx) {
        return IdentifierNormalizer.isAppAccountId(app, raw) ? normalizer.appAccount(app, raw).orElse(null)
                : parties.party(raw, ctx);
    }

    @Override
    public void fact(DeviceFact fact) {
        store(() -> writer.fact(deviceId, runId, fact));
    }

    /** Stores where an identifier was seen, and where each reading it did not choose was seen. */
    private void occurrence(NormalizedId n, Occurrence o) throws SQLException {
        if (n == null || !n.hasKey()) {
            return; // a placeholder: the record keeps its raw value, but it is no identifier
        }
        writer.occurrence(n, o);
        for (NormalizedId.Alternative alt : n.alternatives()) {
            writer.occurrence(NormalizedId.of(alt.key(), n.type(), "C", "alternative:" + alt.rule(), n.region(),
                    NormalizedId.CANDIDATE), o);
        }
    }

    /** sms and mms keep their names; a messenger's message is "whatsapp-message" and the like. */
    private static String role(Message m) {
        return switch (m.kind()) {
            case "sms", "mms", "imessage" -> m.kind();
            default -> m.kind() + "-message";
        };
    }

    /** A phone uses a handful of SMS centres, each for thousands of messages: remember them. */
    private RegionHint smscRegion(String serviceCenter) {
        if (smscRegions.size() > 10_000) {
            smscRegions.clear();
        }
        return smscRegions.computeIfAbsent(serviceCenter, sc -> normalizer.regionOfInternational(sc)
                .map(r -> new RegionHint(r, "sms-center", true))).orElse(null);
    }

    private void owner(NormalizedId n, String raw, Provenance p, String column, long simId) throws SQLException {
        if (n == null || !n.hasKey()) {
            return;
        }
        String basis = fileName(p.path()) + " " + p.table() + "." + column;
        writer.ownerIdentifier(deviceId, writer.identifier(n), basis);
        occurrence(n, new Occurrence(deviceId, "owner", "sims", simId, raw, null, null, null, null));
    }

    @Override
    public void problem(Problem p) {
        problems.add(p);
    }

    private void store(SqlAction action) {
        try {
            action.run();
            if (++records % PROGRESS_EVERY == 0 && progress != null) {
                progress.recordsSoFar(label, parserId, records);
            }
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
