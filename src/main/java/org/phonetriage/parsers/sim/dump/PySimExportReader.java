package org.phonetriage.parsers.sim.dump;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.phonetriage.parsers.sim.codec.Hex;

/**
 * pySim-shell {@code export} scripts (sim-spec §6.5, format C): per file a {@code # directory:}
 * comment naming the name path and FID path, a {@code select}, then {@code update_binary <hex>}
 * or {@code update_record <n> <hex>} lines. Lines of an interactive session mixed in (prompts,
 * echo) are skipped with a problem; so is a content line with bad hex, naming the file.
 */
public final class PySimExportReader {

    private static final Pattern DIRECTORY = Pattern.compile("^# directory: (\\S+) \\(([0-9A-Fa-f/]+)\\)\\s*$");
    private static final Pattern BAD_FILE = Pattern.compile("^# bad file: (.+?), (.*)$");
    private static final Pattern BINARY = Pattern.compile("^update_binary\\s+(\\S+)\\s*$");
    private static final Pattern RECORD = Pattern.compile("^update_record\\s+(\\d+)\\s+(\\S+)\\s*$");

    private PySimExportReader() {
    }

    /** True when the first lines look like a pySim-shell export. */
    public static boolean looksLikeExport(String head) {
        return head.contains("# directory: MF") || head.contains("\nselect MF");
    }

    public static SimDump read(Reader source) throws IOException {
        SimDump dump = new SimDump("pysim-export");
        BufferedReader in = new BufferedReader(source);
        Current current = null;
        String line;
        int lineNo = 0;
        int skipped = 0;
        while ((line = in.readLine()) != null) {
            lineNo++;
            String t = line.strip();
            Matcher m;
            if ((m = DIRECTORY.matcher(t)).matches()) {
                flush(current, dump);
                current = new Current(SimDump.canonical(m.group(2)), m.group(1));
            } else if ((m = BAD_FILE.matcher(t)).matches()) {
                // pySim writes the name path and the file name again: "MF/EF.PL/EF.PL" for "MF/EF.PL"
                boolean ofCurrent = current != null && (m.group(1).equals(current.name)
                        || m.group(1).startsWith(current.name + "/"));
                String where = ofCurrent ? current.path : m.group(1);
                dump.add(new ElementaryFile(where, m.group(1), null, List.of(), m.group(2)));
                if (current != null && where.equals(current.path)) {
                    current = null;
                }
            } else if ((m = BINARY.matcher(t)).matches()) {
                if (current != null) {
                    current.binary = hex(m.group(1), current, "content", lineNo, dump);
                }
            } else if ((m = RECORD.matcher(t)).matches()) {
                if (current != null && !recordNumber(m.group(1))) {
                    // a card numbers its records 1–254 (one byte); gaps up to the number are filled
                    dump.problem(current.path + " (" + current.name + "): record number " + abbreviate(m.group(1))
                            + " on line " + lineNo + " is not 1–254; skipped");
                } else if (current != null) {
                    byte[] data = hex(m.group(2), current, "record " + m.group(1), lineNo, dump);
                    if (data != null) {
                        current.records.put(Integer.parseInt(m.group(1)), data);
                    }
                }
            } else if (!(t.isEmpty() || t.startsWith("#") || t.startsWith("select ") || t.equals("delete_all")
                    || t.startsWith("set_data ") || t.startsWith("aram_") || t.startsWith("update_binary_decoded")
                    || t.startsWith("update_record_decoded"))) {
                skipped++;
            }
        }
        flush(current, dump);
        if (skipped > 0) {
            dump.problem(skipped + " line(s) that are not export commands (prompts or echo of an interactive"
                    + " session?) were skipped");
        }
        return dump;
    }

    private static boolean recordNumber(String digits) {
        return digits.length() <= 3 && Integer.parseInt(digits) >= 1 && Integer.parseInt(digits) <= 254;
    }

    private static String abbreviate(String text) {
        return text.length() <= 12 ? text : text.substring(0, 12) + "…";
    }

    private static byte[] hex(String text, Current current, String what, int lineNo, SimDump dump) {
        try {
            return Hex.parse(text);
        } catch (IllegalArgumentException e) {
            dump.problem(current.path + " (" + current.name + "): " + what + " on line " + lineNo
                    + " is not valid hex; skipped");
            return null;
        }
    }

    private static void flush(Current c, SimDump dump) {
        if (c == null || (c.binary == null && c.records.isEmpty())) {
            return; // a DF, or a file the export had nothing for
        }
        List<byte[]> records = new ArrayList<>();
        int expected = 1;
        for (var e : c.records.entrySet()) {
            if (e.getKey() != expected) {
                dump.problem(c.path + " (" + c.name + "): records " + expected + "–" + (e.getKey() - 1)
                        + " are missing from the export; shown as empty");
                while (expected < e.getKey()) {
                    records.add(new byte[0]);
                    expected++;
                }
            }
            records.add(e.getValue());
            expected++;
        }
        dump.add(new ElementaryFile(c.path, c.name, c.binary, records, null));
    }

    /** The file whose lines are being read. */
    private static final class Current {
        final String path;
        final String name;
        byte[] binary;
        final TreeMap<Integer, byte[]> records = new TreeMap<>();

        Current(String path, String name) {
            this.path = path;
            this.name = name;
        }
    }
}
