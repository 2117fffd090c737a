package org.phonetriage.report;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.phonetriage.Versions;
import org.phonetriage.model.UtcSeconds;

/**
 * {@code manifest.json}, the completion record of an output folder (docs/outputs.md), written last:
 * every output with its path, size and SHA-256, the tool, and the state of the case the outputs
 * were made from ({@link CaseState}). A run deletes it before it writes anything, so a folder whose
 * run was stopped or failed has none; outputs are current only while the manifest's state is the
 * case's.
 *
 * @param state        the case's state the outputs were made from
 * @param formats      the formats whose outputs are all listed
 * @param notWritten   the formats asked for that failed (their earlier files, if any, are not current)
 * @param outputs      the files, by path
 */
public record OutputManifest(CaseState state, Set<String> formats, Set<String> notWritten, List<Entry> outputs) {

    public static final String FILE_NAME = "manifest.json";
    public static final String FORMAT = "phonetriage-manifest";
    public static final int VERSION = 1;

    /** One output file: its path relative to the folder ('/'-separated), format, size and SHA-256. */
    public record Entry(String path, String format, long size, String sha256) {
    }

    /** The entry of a file committed in {@code dir} ({@link AtomicOutput.Written}). */
    static Entry entry(Path dir, String format, AtomicOutput.Written w) {
        return new Entry(relative(dir, w.file()), format, w.size(), w.sha256());
    }

    static String relative(Path dir, Path file) {
        return dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString()
                .replace('\\', '/');
    }

    /** What a manifest read back holds: the state digest and the outputs by format. */
    public record Read(String state, Set<String> formats, List<Entry> outputs) {
    }

    /** The manifest in {@code dir}, if there is one that can be read. */
    public static Optional<Read> read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = XrefJson.MAPPER.readTree(file.toFile());
            if (!FORMAT.equals(root.path("format").asText())) {
                return Optional.empty();
            }
            Set<String> formats = new TreeSet<>();
            root.path("formats").forEach(f -> formats.add(f.asText()));
            List<Entry> outputs = new ArrayList<>();
            for (JsonNode o : root.path("outputs")) {
                outputs.add(new Entry(o.path("path").asText(), o.path("format").asText(), o.path("size").asLong(-1),
                        o.path("sha256").asText()));
            }
            return Optional.of(new Read(root.path("case").path("state").asText(null), formats, outputs));
        } catch (IOException e) {
            return Optional.empty(); // unreadable or cut short (by a version without atomic writes): no manifest
        }
    }

    /**
     * The outputs of the formats an earlier run wrote and this one did not ({@code report
     * --format json} after a full report), kept when the case has not changed since and each file
     * is still what that run wrote; otherwise they are left out (not current).
     */
    static List<Entry> carriedOver(Path dir, Optional<Read> earlier, CaseState now, Collection<String> rewritten,
                                   Set<String> formatsKept) {
        List<Entry> kept = new ArrayList<>();
        if (earlier.isEmpty() || !now.digest().equals(earlier.get().state())) {
            return kept;
        }
        for (String format : earlier.get().formats()) {
            if (rewritten.contains(format)) {
                continue;
            }
            List<Entry> files = earlier.get().outputs().stream().filter(e -> e.format().equals(format)).toList();
            if (files.stream().allMatch(e -> unchanged(dir, e))) {
                kept.addAll(files);
                formatsKept.add(format);
            }
        }
        return kept;
    }

    private static boolean unchanged(Path dir, Entry e) {
        Path file = dir.resolve(e.path());
        try {
            if (!file.normalize().startsWith(dir.normalize()) || !Files.isRegularFile(file) || Files.size(file) != e.size()) {
                return false;
            }
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), sha)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(sha.digest()).equals(e.sha256());
        } catch (IOException | NoSuchAlgorithmException ex) {
            return false;
        }
    }

    /** Writes the manifest into {@code dir}, whole or not at all; {@code caseFile} as the case was named. */
    void write(Path dir, Path caseFile) throws IOException {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("format", FORMAT);
        m.put("version", VERSION);
        m.put("generated_at", UtcSeconds.now());
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "phonetriage");
        tool.put("version", Versions.phonetriage());
        tool.put("libphonenumber", Versions.libphonenumber());
        m.put("tool", tool);
        Map<String, Object> caseMap = new LinkedHashMap<>();
        caseMap.put("file", caseFile == null ? null : caseFileName(dir, caseFile));
        caseMap.put("state", state.digest());
        List<Map<String, Object>> devices = new ArrayList<>();
        for (CaseState.Device d : state.devices()) {
            Map<String, Object> dm = new LinkedHashMap<>();
            dm.put("label", d.label());
            dm.put("status", d.status());
            dm.put("evidence_sha256", d.evidenceSha256());
            devices.add(dm);
        }
        caseMap.put("devices", devices);
        m.put("case", caseMap);
        m.put("formats", new TreeSet<>(formats));
        m.put("not_written", new TreeSet<>(notWritten));
        List<Map<String, Object>> files = new ArrayList<>();
        for (Entry e : outputs.stream().sorted(Comparator.comparing(Entry::path)).toList()) {
            Map<String, Object> em = new LinkedHashMap<>();
            em.put("path", e.path());
            em.put("format", e.format());
            em.put("size", e.size());
            em.put("sha256", e.sha256());
            files.add(em);
        }
        m.put("outputs", files);
        try (AtomicOutput out = AtomicOutput.create(dir.resolve(FILE_NAME))) {
            XrefJson.MAPPER.writer(XrefJson.prettyPrinter()).writeValue(out.writer(), m);
            out.writer().write('\n');
            out.commit();
        }
    }

    /** The case as a script finds it from the folder: relative when it lies inside, else absolute. */
    private static String caseFileName(Path dir, Path caseFile) {
        Path d = dir.toAbsolutePath().normalize();
        Path c = caseFile.toAbsolutePath().normalize();
        return c.startsWith(d) ? relative(d, c) : c.toString();
    }

    /**
     * Whether the outputs in the folder of {@code caseFile} (a triage folder: the case and its
     * outputs side by side) no longer show the case: its manifest holds another state, or outputs
     * are there without a manifest (a run stopped before it finished). False when the folder holds
     * no outputs.
     */
    public static boolean staleBeside(Path caseFile, CaseState now) {
        Path dir = caseFile.toAbsolutePath().normalize().getParent();
        Optional<Read> manifest = read(dir);
        if (manifest.isPresent()) {
            return !now.digest().equals(manifest.get().state());
        }
        return Files.exists(dir.resolve(XrefJsonWriter.FILE_NAME)) || Files.exists(dir.resolve(HtmlReportWriter.FILE_NAME))
                || Files.exists(dir.resolve(CsvWriter.FOLDER));
    }
}
