package org.phonetriage.parsers.sim.dump;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phonetriage.parsers.sim.codec.Hex;

/**
 * Format A of sim-spec §6.3, a raw EF tree: {@code 3F00/2FE2.bin}, {@code 3F00/7F10/6F3A.bin} (all
 * records back to back) or {@code 6F3C/001.bin …} (one file per record), {@code .hex} text,
 * {@code .fcp} / {@code .fcp.hex} headers and {@code .sw} status words. The record length comes
 * from the FCP, the per-record files, the fixed sizes of the spec, or — for dialling-number files
 * — the length at which every used record is well formed (the card's EF_ADN length first), and then
 * the dump says it was inferred and from what.
 */
public final class EfTreeReader {

    private static final Pattern DIRECTORY = Pattern.compile(
            "^([0-9A-Fa-f]{4}|ADF_[0-9A-Fa-f]{10,32}|ADF_USIM|ADF_ISIM)(?:[._-].*)?$");
    private static final Pattern FILE = Pattern.compile(
            "^([0-9A-Fa-f]{4})(?:[._-][A-Za-z0-9_.-]*?)??\\.(fcp\\.hex|bin|hex|fcp|sw)$");
    private static final Pattern RECORD_FILE = Pattern.compile("^(\\d{1,3})\\.(bin|hex)$");
    /** Record lengths the specification fixes (sim-spec §6.3 step 4). */
    private static final Map<String, Integer> FIXED_LENGTH = Map.of("6F3C", 176, "6F4A", 13, "6F4B", 13,
            "6F4C", 13, "6F4D", 13, "6F4E", 13, "6F47", 30, "6FC6", 8, "6F4F", 14);
    /** Dialling-number files: X + 14 bytes per record, X unknown without the header. */
    private static final Set<String> DIALLING = Set.of("6F3A", "6F3B", "6F40", "6F44", "6F49", "6FC7", "6F4D");

    private EfTreeReader() {
    }

    /** Reads the tree's files, keyed by their path from the folder that holds {@code 3F00/}. */
    public static SimDump read(Map<String, byte[]> files) {
        SimDump dump = new SimDump("sim-ef-tree");
        Map<String, Parts> efs = new TreeMap<>();
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            collect(f.getKey(), f.getValue(), efs, dump);
        }
        int adnLength = adnRecordLength(efs);
        efs.forEach((path, parts) -> dump.add(parts.toFile(path, adnLength, dump)));
        return dump;
    }

    /** EF_ADN's record length where its header or per-record files give it, else 0. */
    private static int adnRecordLength(Map<String, Parts> efs) {
        for (Map.Entry<String, Parts> e : efs.entrySet()) {
            if (e.getKey().endsWith("/6F3A")) {
                Header header = Header.of(e.getValue().fcp);
                if (header != null && header.recordLength > 0) {
                    return header.recordLength;
                }
                if (!e.getValue().records.isEmpty()) {
                    return e.getValue().records.firstEntry().getValue().length;
                }
            }
        }
        return 0;
    }

    private static void collect(String relative, byte[] content, Map<String, Parts> efs, SimDump dump) {
        String[] parts = relative.split("/");
        StringBuilder dir = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            Matcher d = DIRECTORY.matcher(parts[i]);
            boolean recordFolder = i == parts.length - 2 && RECORD_FILE.matcher(parts[parts.length - 1]).matches();
            if (!d.matches() && !recordFolder) {
                dump.problem(relative + ": not part of an EF tree (folder '" + parts[i] + "'); ignored");
                return;
            }
            if (recordFolder) {
                Matcher r = RECORD_FILE.matcher(parts[parts.length - 1]);
                r.matches();
                String fid = parts[i].substring(0, Math.min(4, parts[i].length())).toUpperCase(Locale.ROOT);
                byte[] data = r.group(2).equals("hex") ? hex(relative, content, dump) : content;
                if (data != null) {
                    efs.computeIfAbsent(SimDump.canonical(dir + fid), k -> new Parts(relative))
                            .records.put(Integer.parseInt(r.group(1)), data);
                }
                return;
            }
            dir.append(SimDump.canonical(d.group(1))).append('/');
        }
        Matcher m = FILE.matcher(parts[parts.length - 1]);
        if (!m.matches()) {
            dump.problem(relative + ": not an EF file name (FID.bin, .hex, .fcp, .sw); ignored");
            return;
        }
        Parts ef = efs.computeIfAbsent(SimDump.canonical(dir + m.group(1)), k -> new Parts(relative));
        switch (m.group(2).toLowerCase(Locale.ROOT)) {
            case "bin" -> ef.content = content;
            case "hex" -> ef.hexLines = new String(content, StandardCharsets.US_ASCII);
            case "fcp" -> ef.fcp = content;
            case "fcp.hex" -> ef.fcp = hex(relative, content, dump);
            default -> ef.sw = new String(content, StandardCharsets.US_ASCII).strip();
        }
    }

    private static byte[] hex(String relative, byte[] content, SimDump dump) {
        try {
            return Hex.parse(new String(content, StandardCharsets.US_ASCII));
        } catch (IllegalArgumentException e) {
            dump.problem(relative + ": not valid hex; ignored");
            return null;
        }
    }

    /** What the tree holds for one EF. */
    private static final class Parts {
        final String firstFile;
        byte[] content;
        String hexLines;
        byte[] fcp;
        String sw;
        final TreeMap<Integer, byte[]> records = new TreeMap<>();

        Parts(String firstFile) {
            this.firstFile = firstFile;
        }

        ElementaryFile toFile(String path, int adnLength, SimDump dump) {
            if (sw != null && !sw.equals("9000") && content == null && hexLines == null && records.isEmpty()) {
                return new ElementaryFile(path, firstFile, null, List.of(), "status word " + sw);
            }
            if (!records.isEmpty()) {
                return new ElementaryFile(path, firstFile, null, perRecord(path, dump), null);
            }
            String fid = path.substring(path.lastIndexOf('/') + 1);
            Header header = Header.of(fcp);
            boolean record = header != null ? header.recordLength > 0
                    : FIXED_LENGTH.containsKey(fid) || DIALLING.contains(fid);
            if (hexLines != null) {
                return fromHexText(path, record, dump);
            }
            if (content == null) {
                return new ElementaryFile(path, firstFile, null, List.of(), "only a header or status word");
            }
            if (!record) {
                return new ElementaryFile(path, firstFile, content, List.of(), null);
            }
            int length = header != null ? header.recordLength : FIXED_LENGTH.getOrDefault(fid, 0);
            if (length == 0) {
                RecordLength.Inference inferred = RecordLength.inferDialling(content, adnLength);
                length = inferred.length();
                if (length == 0) {
                    dump.problem(path + ": record length not in the dump and not inferable; kept as one block");
                    return new ElementaryFile(path, firstFile, content, List.of(), null);
                }
                dump.problem(path + ": record length " + length + " inferred from " + inferred.basis()
                        + " (no FCP in the dump)");
            }
            if (content.length % length != 0) {
                dump.problem(path + ": " + content.length + " bytes are not a whole number of " + length
                        + "-byte records; the last " + content.length % length + " bytes are ignored");
            }
            List<byte[]> out = new ArrayList<>();
            for (int i = 0; i + length <= content.length; i += length) {
                out.add(java.util.Arrays.copyOfRange(content, i, i + length));
            }
            return new ElementaryFile(path, firstFile, null, out, null);
        }

        private ElementaryFile fromHexText(String path, boolean record, SimDump dump) {
            List<byte[]> lines = new ArrayList<>();
            int lineNo = 0;
            for (String line : hexLines.split("\\R")) {
                lineNo++;
                if (line.isBlank()) {
                    continue;
                }
                try {
                    lines.add(Hex.parse(line));
                } catch (IllegalArgumentException e) {
                    dump.problem(path + ": line " + lineNo + " of " + firstFile + " is not valid hex; skipped");
                }
            }
            if (record) {
                return new ElementaryFile(path, firstFile, null, lines, null);
            }
            return new ElementaryFile(path, firstFile, lines.isEmpty() ? new byte[0] : lines.get(0), List.of(), null);
        }

        private List<byte[]> perRecord(String path, SimDump dump) {
            List<byte[]> out = new ArrayList<>();
            for (var e : records.entrySet()) {
                while (out.size() < e.getKey() - 1) {
                    dump.problem(path + ": record " + (out.size() + 1) + " is missing from the dump");
                    out.add(new byte[0]);
                }
                out.add(e.getValue());
            }
            return out;
        }
    }

    /** The record length and structure an FCP (UICC tag 82) or a 2G GET RESPONSE gives. */
    record Header(int recordLength) {

        static Header of(byte[] fcp) {
            if (fcp == null || fcp.length < 2) {
                return null;
            }
            if ((fcp[0] & 0xFF) == 0x62) {
                byte[] descriptor = Fcp.value(fcp, 0x82);
                if (descriptor == null || descriptor.length < 1) {
                    return null;
                }
                int structure = descriptor[0] & 0x07;
                boolean records = structure == 2 || structure == 6;
                return new Header(records && descriptor.length >= 4
                        ? ((descriptor[2] & 0xFF) << 8) | (descriptor[3] & 0xFF) : 0);
            }
            // 2G GET RESPONSE: byte 14 the structure (00 transparent, 01 linear, 03 cyclic), byte 15 the length
            if (fcp.length >= 15) {
                int structure = fcp[13] & 0xFF;
                return new Header(structure == 1 || structure == 3 ? fcp[14] & 0xFF : 0);
            }
            return null;
        }
    }
}
