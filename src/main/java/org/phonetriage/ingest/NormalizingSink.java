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
import org.phonetriage.normalize.DeviceNormalizedForm;
import org.phonetriage.normalize.DeviceRegion;
import org.phonetriage.normalize.IdentifierNormalizer;
import org.phonetriage.normalize.MccTable;
import org.phonetriage.normalize.NormalizedId;
import org.phonetriage.normalize.PartyCache;
import org.phonetriage.normalize.RegionHint;
import org.phonetriage.parsers.RecordSink;
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
    /** The app of each kind of call met (a regular expression compiled per call was a cost of its own). */
    private final Map<String, String> callApps = new HashMap<>();
    private final DeviceRegion region;
    private final long deviceId;
    private final ProblemLog problems;
    private final Progress progress;
    private final String label;
    private final DeviceContexts contexts;
    /** The SIM's home network (MCC-MNC): the plan a network-specific number it stores belongs to. */
    private String homeNetwork;
    private long runId;
    private String parserId;
    private long records;
    private long swept;

    /** How often a long parser run reports how far it is. */
    private static final long PROGRESS_EVERY = 50_000;

    NormalizingSink(CaseWriter writer, IdentifierNormalizer normalizer, PartyCache parties, DeviceRegion region,
                    DeviceContexts contexts, long deviceId, String label, ProblemLog problems, Progress progress) {
        this.writer = writer;
        this.normalizer = normalizer;
        this.parties = parties;
        this.region = region;
        this.contexts = contexts;
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
            for (ContactValue v : c.values()) {
                Read read = "email".equals(v.kind()) ? Read.of(normalizer.email(v.raw()).orElse(null))
                        : v.ton() != null ? stored(v.raw(), v.ton(), null)
                        : byKind(v.kind(), v.raw(), null);
                // a messenger's contact (kind "whatsapp", "telegram" …) is that app's contact, not a
                // phone-book one; a group's member is neither, nor is a caller-ID app's lookup
                String role = switch (v.kind()) {
                    case "phone", "email", "im" -> "contact";
                    case "group-member" -> "whatsapp-group-member";
                    default -> v.kind().endsWith("-group-member") || v.kind().endsWith(CALLER_ID) ? v.kind()
                            : v.kind().replaceFirst("^app:", "") + "-contact";
                };
                occurrence(read.id(), new Occurrence(deviceId, role, "contacts", id, v.raw(), c.name(), v.label(), null,
                        v.deviceNormalized(), read.contextId()));
            }
        });
    }

    @Override
    public void call(Call c) {
        region.addCallCountry(c.countryIso());
        store(() -> {
            long id = writer.call(deviceId, runId, c);
            String app = Call.CELLULAR.equals(c.kind()) ? null : callApps.computeIfAbsent(c.kind(), NormalizingSink::callApp);
            RegionHint country = DeviceRegion.countryHint(c.countryIso());
            Read read = c.numberTon() != null ? stored(c.number(), c.numberTon(), country)
                    : party(app, c.number(), country);
            String role = Call.CELLULAR.equals(c.kind()) ? "call" : c.kind();
            occurrence(read.id(), new Occurrence(deviceId, role, "calls", id, c.number(), c.name(), null, null,
                    c.normalizedNumber(), read.contextId()));
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
            for (Party p : m.parties()) {
                RegionHint hint = p.countryIso() == null ? smsc : DeviceRegion.countryHint(p.countryIso());
                Read read = p.ton() != null ? stored(p.raw(), p.ton(), hint) : party(m.kind(), p.raw(), hint);
                occurrence(read.id(), new Occurrence(deviceId, role(m), "messages", id, p.raw(), null, null, p.role(),
                        null, read.contextId()));
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
            owner(Read.of(normalizer.iccid(s.iccid()).orElse(null)), s.iccid(), s.provenance(), "icc_id", id);
            RegionHint country = DeviceRegion.countryHint(s.countryIso());
            Read own = stored(s.number(), s.numberTon(), country);
            if ("phone".equals(own.id().type())) {
                region.add("own-number", own.id().region());
                normalizer.brazilianArea(own.id().key()).ifPresent(region::setHomeArea);
            }
            owner(own, s.number(), s.provenance(), "number", id);
        });
    }

    @Override
    public void ownIdentifier(OwnIdentifier own) {
        store(() -> {
            long id = writer.account(deviceId, runId, own);
            Read read = switch (own.kind()) {
                case "email" -> Read.of(normalizer.email(own.value()).orElse(null));
                case "imei" -> Read.of(normalizer.imei(own.value()).orElse(null));
                case "imsi" -> Read.of(normalizer.imsi(own.value()).orElse(null));
                case "iccid" -> Read.of(normalizer.iccid(own.value()).orElse(null));
                case "meid" -> Read.of(normalizer.meid(own.value()).orElse(null));
                case "name" -> Read.of(null); // the owner's name as the extraction recorded it: kept, never a key
                default -> own.ton() != null ? stored(own.value(), own.ton(), null)
                        : byKind(own.kind(), own.value(), null);
            };
            NormalizedId n = read.id();
            // a rented second line (Burner's US numbers) says nothing of where its user lives
            if (n != null && "phone".equals(n.type()) && !"second-line".equals(own.kind())) {
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
                occurrence(n, new Occurrence(deviceId, "owner", "accounts", id, own.value(), null, null, null, null,
                        read.contextId()));
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
    private Read byKind(String kind, String raw, RegionHint recordHint) throws SQLException {
        if (kind.endsWith(GROUP_MEMBER)) {
            // a member of an app's group is addressed as that app addresses people (a Telegram id, a number)
            return party(kind.substring(0, kind.length() - GROUP_MEMBER.length()), raw, recordHint);
        }
        return kind.startsWith("app:") ? Read.of(normalizer.appAccount(kind.substring(4), raw).orElse(null))
                : inContext(raw, recordHint);
    }

    private static final String GROUP_MEMBER = "-group-member";

    /** A number a caller-ID app (Truecaller) looked up: its name is the service's, not the owner's. */
    private static final String CALLER_ID = "-caller-id";

    /** A party of a call or message in an app: that app's account id, or a number, JID or e-mail. */
    private Read party(String app, String raw, RegionHint recordHint) throws SQLException {
        return IdentifierNormalizer.isAppAccountId(app, raw) ? Read.of(normalizer.appAccount(app, raw).orElse(null))
                : inContext(raw, recordHint);
    }

    /** A party read in the device's region context for a record with this clue. */
    private Read inContext(String raw, RegionHint recordHint) throws SQLException {
        return new Read(parties.party(raw, region.forRecord(recordHint)), contexts.id(recordHint));
    }

    /** A number stored with its type of number (a SIM's), read as that type allows. */
    private Read stored(String raw, Integer ton, RegionHint recordHint) throws SQLException {
        if (ton == null) {
            return inContext(raw, recordHint);
        }
        return new Read(normalizer.stored(raw, ton, homeNetwork, region.forRecord(recordHint)),
                contexts.id(recordHint, ton, homeNetwork));
    }

    /** A reading and the region context it was made in (null when no region bears on it). */
    private record Read(NormalizedId id, Long contextId) {
        static Read of(NormalizedId id) {
            return new Read(id, null);
        }
    }

    /** How many values the sweep found on this device. */
    long sweptValues() {
        return swept;
    }

    /**
     * An identifier the sweep found in a file no parser claimed: stored with its provenance and read
     * like any party, but a lead only — a strong reading is stored as a candidate, each reading
     * marks where it was found (so an app's constant can later be told apart), and no region
     * context is kept, so reading the case again never makes it strong.
     */
    void swept(long fileId, org.phonetriage.model.SweptValue v) {
        swept++;
        store(() -> {
            long id = writer.sweptValue(deviceId, runId, fileId, v);
            String raw = org.phonetriage.sweep.ValueShapes.readable(v.raw());
            NormalizedId n = org.phonetriage.sweep.ValueShapes.EMAIL.equals(v.kind())
                    ? normalizer.email(raw).orElse(null)
                    : v.kind().startsWith("app:") // an app account the sweep told by its value or column
                    ? normalizer.appAccount(v.kind().substring(4),
                            org.phonetriage.sweep.AppIds.account(v.kind(), v.raw())).orElse(null)
                    : parties.party(raw, region.forRecord(null));
            if (n == null || !n.hasKey()) {
                return;
            }
            Map<String, String> where = Map.of("unmodelled", v.app() + " " + v.table() + "." + v.column());
            Occurrence o = new Occurrence(deviceId, "unmodelled", "swept_values", id, v.raw(), null, null, null, null,
                    null);
            String level = NormalizedId.STRONG.equals(n.level()) ? NormalizedId.CANDIDATE : n.level();
            writer.occurrence(new NormalizedId(n.key(), n.type(), n.confidence(), n.rule(), n.region(), level,
                    n.alternatives(), n.attributes(), n.reason()).withAttributes(where), o);
            for (NormalizedId.Alternative alt : n.alternatives()) {
                writer.occurrence(n.alternativeReading(alt).withAttributes(where), o);
            }
        });
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
            writer.occurrence(n.alternativeReading(alt), o);
        }
        phoneNormalized(n, o);
    }

    /** The phone's own normalised form, where it differs from ours ({@link DeviceNormalizedForm}). */
    private void phoneNormalized(NormalizedId ours, Occurrence o) throws SQLException {
        if (o.deviceNormalized() == null || o.deviceNormalized().isBlank()) {
            return;
        }
        NormalizedId phones = parties.party(o.deviceNormalized(), region.forRecord(null));
        Optional<NormalizedId> candidate = DeviceNormalizedForm.candidate(ours, o.deviceNormalized(), phones);
        if (candidate.isPresent()) {
            writer.occurrence(candidate.get(), o);
        }
    }

    /** A call's app ("whatsapp" of "whatsapp-video-call"). */
    private static String callApp(String kind) {
        return kind.replaceFirst("(-video)?-call$", "");
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

    private void owner(Read read, String raw, Provenance p, String column, long simId) throws SQLException {
        NormalizedId n = read.id();
        if (n == null || !n.hasKey()) {
            return;
        }
        String basis = fileName(p.path()) + " " + p.table() + "." + column;
        writer.ownerIdentifier(deviceId, writer.identifier(n), basis);
        occurrence(n, new Occurrence(deviceId, "owner", "sims", simId, raw, null, null, null, null, read.contextId()));
    }

    @Override
    public void problem(Problem p) {
        problems.add(p);
    }

    private void store(SqlAction action) {
        StopRequest.check();
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
