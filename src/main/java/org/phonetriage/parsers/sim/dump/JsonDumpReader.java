package org.phonetriage.parsers.sim.dump;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.phonetriage.parsers.sim.codec.Hex;

/**
 * The two JSON dump formats of sim-spec §6: pySim-shell {@code fsdump} (format B, files keyed by
 * name path, FIDs in their FCPs) and the spec's own {@code simdump} v1 (format D, canonical paths).
 */
public final class JsonDumpReader {

    /** FIDs of the DFs pySim names, for files whose own FCP is missing from an fsdump. */
    private static final Map<String, String> DF_FIDS = Map.of("MF", "3F00", "DF.GSM", "7F20", "DF.TELECOM", "7F10",
            "ADF.USIM", "ADF_USIM", "ADF.ISIM", "ADF_ISIM", "DF.PHONEBOOK", "5F3A", "DF.GRAPHICS", "5F50",
            "DF.5GS", "5FC0");

    private JsonDumpReader() {
    }

    public static SimDump read(InputStream in) throws IOException {
        JsonNode root;
        try {
            root = new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new IOException("not valid JSON (" + e.getMessage() + ")", e);
        }
        if (root != null && "simdump".equals(root.path("format").asText())) {
            return simdump(root);
        }
        if (root != null && root.path("files").isObject() && root.has("atr")) {
            return fsdump(root);
        }
        throw new IOException("not a SIM dump: expected a pySim-shell fsdump (atr, files) or a simdump v1 document;"
                + " accepted SIM formats are pySim-shell export scripts, fsdump JSON and simdump JSON");
    }

    /** Format D: {"format":"simdump","version":1,"files":[{path, data | records, sw, sha256}]}. */
    static SimDump simdump(JsonNode root) {
        SimDump dump = new SimDump("simdump");
        if (root.path("version").asInt() != 1) {
            dump.problem("simdump version " + root.path("version").asText() + " is not 1; read as version 1");
        }
        for (JsonNode f : root.path("files")) {
            String original = f.path("path").asText();
            String path = SimDump.canonical(original);
            String sw = f.path("sw").asText("9000");
            if (!sw.equalsIgnoreCase("9000")) {
                dump.add(new ElementaryFile(path, original, null, List.of(), "status word " + sw));
                continue;
            }
            try {
                byte[] binary = f.has("data") ? Hex.parse(f.get("data").asText()) : null;
                List<byte[]> records = new ArrayList<>();
                for (JsonNode r : f.path("records")) {
                    int n = r.path("n").asInt(records.size() + 1);
                    while (records.size() < n - 1) {
                        records.add(new byte[0]);
                    }
                    String rsw = r.path("sw").asText("9000");
                    if (!rsw.equalsIgnoreCase("9000")) {
                        dump.problem(path + " record " + n + ": status word " + rsw + ", no content");
                        records.add(new byte[0]);
                    } else {
                        records.add(Hex.parse(r.path("data").asText()));
                    }
                }
                verify(f, path, binary, records, dump);
                dump.add(new ElementaryFile(path, original, binary, records, null));
            } catch (IllegalArgumentException e) {
                dump.problem(path + ": content is not valid hex; file skipped");
            }
        }
        return dump;
    }

    private static void verify(JsonNode f, String path, byte[] binary, List<byte[]> records, SimDump dump) {
        if (!f.has("sha256")) {
            return;
        }
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            if (binary != null) {
                sha.update(binary);
            }
            records.forEach(sha::update);
            String actual = HexFormat.of().formatHex(sha.digest());
            if (!actual.equalsIgnoreCase(f.get("sha256").asText())) {
                dump.problem(path + ": content does not match its sha256 in the dump (" + actual + ")");
            }
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }

    /** Format B: {"atr", "iccid", "files": {"MF/DF.GSM/EF.IMSI": {fcp_raw, body | error}}}. */
    static SimDump fsdump(JsonNode root) {
        SimDump dump = new SimDump("pysim-fsdump");
        Map<String, JsonNode> files = new java.util.LinkedHashMap<>();
        root.get("files").fields().forEachRemaining(e -> files.put(e.getKey(), e.getValue()));
        for (var e : files.entrySet()) {
            String namePath = e.getKey();
            JsonNode f = e.getValue();
            String path = fidPath(namePath, files);
            if (f.has("error")) {
                JsonNode err = f.get("error");
                String why = err.isObject() ? err.path("sw_actual").asText() + " " + err.path("message").asText()
                        : err.asText();
                dump.add(new ElementaryFile(path, namePath, null, List.of(), why.strip()));
                continue;
            }
            JsonNode body = f.get("body");
            if (body == null || body.isNull()) {
                continue; // a DF or ADF
            }
            try {
                if (body.isArray()) {
                    List<byte[]> records = new ArrayList<>();
                    body.forEach(r -> records.add(Hex.parse(r.asText())));
                    dump.add(new ElementaryFile(path, namePath, null, records, null));
                } else if (body.isTextual()) {
                    dump.add(new ElementaryFile(path, namePath, Hex.parse(body.asText()), List.of(), null));
                } else if (body.isObject() && body.isEmpty()) {
                    // a BER-TLV file holding no tag: empty, nothing was lost
                    dump.add(new ElementaryFile(path, namePath, new byte[0], List.of(), null));
                } else {
                    // a BER-TLV file (an object of tags) or a dump made with --json (decoded values, raw bytes lost)
                    dump.problem(path + " (" + namePath + "): content is not raw hex (BER-TLV or decoded-only"
                            + " --json output); not read");
                }
            } catch (IllegalArgumentException ex) {
                dump.problem(path + " (" + namePath + "): content is not valid hex; file skipped");
            }
        }
        return dump;
    }

    /** The canonical FID path of a pySim name path, from each component's FCP (tag 83) or the DF table. */
    private static String fidPath(String namePath, Map<String, JsonNode> files) {
        String[] names = namePath.split("/");
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < names.length; i++) {
            String prefix = String.join("/", java.util.Arrays.copyOfRange(names, 0, i + 1));
            String fid = DF_FIDS.get(names[i]);
            if (fid == null) {
                JsonNode f = files.get(prefix);
                fid = f == null ? null : fcpFileId(f.path("fcp_raw").asText(""));
            }
            out.append(i == 0 ? "" : "/").append(fid == null ? names[i] : fid);
        }
        return out.toString();
    }

    /** Tag 83 (file identifier) of an FCP template, or null. */
    static String fcpFileId(String fcpHex) {
        try {
            byte[] id = Fcp.value(Hex.parse(fcpHex), 0x83);
            return id == null || id.length != 2 ? null : Hex.of(id);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
