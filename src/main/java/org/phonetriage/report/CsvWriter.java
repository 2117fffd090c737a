package org.phonetriage.report;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.phonetriage.model.Problem;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.DeviceLink;
import org.phonetriage.xref.XrefReport.DeviceSummary;
import org.phonetriage.xref.XrefReport.EvidenceRef;
import org.phonetriage.xref.XrefReport.IdentifierOnDevice;
import org.phonetriage.xref.XrefReport.OwnerIdentifier;
import org.phonetriage.xref.XrefReport.SharedIdentifier;

/**
 * Writes the cross-reference as CSV files in {@code OUT/csv/} (docs/outputs.md): devices.csv,
 * identifiers.csv, links.csv and problems.csv. Rows follow the model's order; every file gets its
 * header even when it has no rows. Format rules are those of {@link CsvTable}.
 *
 * <p>Several values in one cell are joined with {@value #MULTI} (owner identifier keys with
 * {@value #OWNER_KEYS}, as scripts split that column on it). A device with several evidence files
 * has their paths, hashes and formats joined in the same order in the three evidence columns.
 */
public final class CsvWriter {

    public static final String FOLDER = "csv";
    public static final String MULTI = " | ";
    public static final String OWNER_KEYS = ";";

    public static final List<String> DEVICES_HEADER = List.of("label", "platform", "evidence_path",
            "evidence_sha256", "evidence_format", "home_region", "region_basis",
            "owner_identifiers", "contacts", "calls", "messages", "identifiers");
    public static final List<String> IDENTIFIERS_HEADER = List.of("key", "type", "confidence",
            "owner_of", "device", "level", "rule", "roles", "occurrences", "names", "raw",
            "first_seen", "last_seen");
    public static final List<String> LINKS_HEADER = List.of("device_a", "device_b", "level", "via",
            "calls", "messages", "contact_entries");
    public static final List<String> PROBLEMS_HEADER = List.of("evidence", "path", "reason", "code", "severity");
    /** The columns holding keys, written byte-exact (see {@link CsvTable}). */
    public static final List<String> DEVICES_IDENTIFIERS = List.of("owner_identifiers");
    public static final List<String> IDENTIFIERS_IDENTIFIERS = List.of("key");
    public static final List<String> LINKS_IDENTIFIERS = List.of("via");

    private final boolean formulaGuard;

    /** Text cells formula-guarded (see {@link CsvTable}). */
    public CsvWriter() {
        this(true);
    }

    /** {@code formulaGuard}: whether text cells are formula-guarded (see {@link CsvTable}). */
    public CsvWriter(boolean formulaGuard) {
        this.formulaGuard = formulaGuard;
    }

    /** Writes the four files into {@code outDir/csv/} (created if missing) and returns that folder. */
    public Path write(XrefReport report, List<Problem> problems, Path outDir) throws IOException {
        Path csvDir = Files.createDirectories(outDir.resolve(FOLDER));
        writeDevices(report.devices(), csvDir.resolve("devices.csv"));
        writeIdentifiers(report.identifiers(), csvDir.resolve("identifiers.csv"));
        writeLinks(report.deviceLinks(), csvDir.resolve("links.csv"));
        writeProblems(problems, csvDir.resolve("problems.csv"));
        return csvDir;
    }

    public void writeDevices(List<DeviceSummary> devices, Path file) throws IOException {
        try (CsvTable csv = CsvTable.create(file, DEVICES_HEADER, DEVICES_IDENTIFIERS).formulaGuard(formulaGuard)) {
            for (DeviceSummary d : orEmpty(devices)) {
                List<EvidenceRef> evidence = orEmpty(d.evidence());
                XrefReport.Counts counts = d.counts();
                csv.row(d.label(), d.platform(),
                        join(evidence.stream().map(EvidenceRef::path).toList(), MULTI),
                        join(evidence.stream().map(EvidenceRef::sha256).toList(), MULTI),
                        join(evidence.stream().map(EvidenceRef::format).toList(), MULTI),
                        d.homeRegion(), d.regionBasis(),
                        join(orEmpty(d.ownerIdentifiers()).stream().map(OwnerIdentifier::key)
                                .toList(), OWNER_KEYS),
                        counts == null ? null : counts.contacts(),
                        counts == null ? null : counts.calls(),
                        counts == null ? null : counts.messages(),
                        counts == null ? null : counts.identifiers());
            }
            csv.commit();
        }
    }

    /**
     * One row per identifier × device holding it. An identifier held by no device (an owner
     * identifier never seen in the records) still gets one row, with the device columns empty, so
     * no identifier of xref.json is missing here.
     */
    public void writeIdentifiers(List<SharedIdentifier> identifiers, Path file) throws IOException {
        try (CsvTable csv = CsvTable.create(file, IDENTIFIERS_HEADER, IDENTIFIERS_IDENTIFIERS).formulaGuard(formulaGuard)) {
            for (SharedIdentifier id : orEmpty(identifiers)) {
                String ownerOf = join(id.ownerOf(), MULTI);
                List<IdentifierOnDevice> onDevices = orEmpty(id.devices());
                if (onDevices.isEmpty()) {
                    csv.row(id.key(), id.type(), id.confidence(), ownerOf,
                            null, null, null, null, null, null, null, null, null);
                }
                for (IdentifierOnDevice on : onDevices) {
                    csv.row(id.key(), id.type(), id.confidence(), ownerOf, on.label(), on.level(),
                            on.rule(), join(on.roles(), MULTI), on.occurrences(),
                            join(on.names(), MULTI), join(on.raw(), MULTI), on.firstSeen(),
                            on.lastSeen());
                }
            }
            csv.commit();
        }
    }

    public void writeLinks(List<DeviceLink> links, Path file) throws IOException {
        try (CsvTable csv = CsvTable.create(file, LINKS_HEADER, LINKS_IDENTIFIERS).formulaGuard(formulaGuard)) {
            for (DeviceLink link : orEmpty(links)) {
                List<String> pair = orEmpty(link.devices());
                csv.row(pair.size() > 0 ? pair.get(0) : null, pair.size() > 1 ? pair.get(1) : null,
                        link.level(), join(link.via(), MULTI), link.calls(), link.messages(),
                        link.contactEntries());
            }
            csv.commit();
        }
    }

    public void writeProblems(List<Problem> problems, Path file) throws IOException {
        try (CsvTable csv = CsvTable.create(file, PROBLEMS_HEADER).formulaGuard(formulaGuard)) {
            for (Problem p : orEmpty(problems)) {
                csv.row(p.evidence(), p.path(), p.reason(), p.code().code(), p.severity().label());
            }
            csv.commit();
        }
    }

    private static String join(List<String> values, String separator) {
        return String.join(separator, orEmpty(values).stream().map(v -> Objects.toString(v, ""))
                .toList());
    }

    private static <T> List<T> orEmpty(List<T> values) {
        return values == null ? List.of() : values;
    }
}
