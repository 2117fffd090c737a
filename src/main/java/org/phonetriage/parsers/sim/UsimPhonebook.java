package org.phonetriage.parsers.sim;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.phonetriage.parsers.sim.codec.AlphaId;
import org.phonetriage.parsers.sim.codec.DiallingNumber;
import org.phonetriage.parsers.sim.codec.Hex;
import org.phonetriage.parsers.sim.dump.ElementaryFile;
import org.phonetriage.parsers.sim.dump.SimDump;

/**
 * The USIM phonebook (DF_PHONEBOOK 5F3A, sim-spec §4.24): EF_PBR names, per set, the files
 * holding names and numbers (EF_ADN), additional numbers (EF_ANR), e-mail addresses (EF_EMAIL) and
 * the EXT1 file; type-1 files run parallel to EF_ADN, type-2 files are reached through EF_IAP.
 * The files EF_PBR names that the dump lacks are one problem per card, listing them: pySim's export
 * and fsdump omit them all, and one line per file would bury the problems an examiner must act on.
 */
public final class UsimPhonebook {

    /** One phonebook entry: set, record, name, numbers (ADN then ANR, each with its TON) and e-mail addresses. */
    public record Contact(String file, int index, String name, List<DiallingNumber> numbers, List<String> emails) {
    }

    private static final Map<Integer, String> NAMES = Map.ofEntries(Map.entry(0xC0, "EF_ADN"),
            Map.entry(0xC1, "EF_IAP"), Map.entry(0xC2, "EF_EXT1"), Map.entry(0xC3, "EF_SNE"),
            Map.entry(0xC4, "EF_ANR"), Map.entry(0xC5, "EF_PBC"), Map.entry(0xC6, "EF_GRP"),
            Map.entry(0xC7, "EF_AAS"), Map.entry(0xC8, "EF_GAS"), Map.entry(0xC9, "EF_UID"),
            Map.entry(0xCA, "EF_EMAIL"), Map.entry(0xCB, "EF_CCP1"));

    private UsimPhonebook() {
    }

    static List<Contact> read(SimDump dump, List<String> problems) {
        List<Contact> out = new ArrayList<>();
        Map<String, Map<String, String>> absent = new LinkedHashMap<>();
        for (String df : List.of("ADF_USIM/5F3A", "7F10/5F3A")) {
            Optional<ElementaryFile> pbr = dump.find(df + "/4F30");
            if (pbr.isEmpty()) {
                continue;
            }
            String base = pbr.get().path().substring(0, pbr.get().path().lastIndexOf('/') + 1);
            int offset = 0;
            for (byte[] record : pbr.get().records()) {
                Set set = Set.parse(record);
                if (set.isEmpty()) {
                    continue;
                }
                offset += readSet(dump, base, set, offset, out, problems,
                        absent.computeIfAbsent(base, b -> new LinkedHashMap<>()));
            }
        }
        absent.values().removeIf(Map::isEmpty);
        if (!absent.isEmpty()) {
            problems.add(absentFiles(dump.format(), absent));
        }
        return out;
    }

    /** One line naming every file EF_PBR names that the dump lacks, by folder, and what to do. */
    private static String absentFiles(String format, Map<String, Map<String, String>> absent) {
        int count = absent.values().stream().mapToInt(Map::size).sum();
        String where = absent.entrySet().stream().map(folder -> "in " + folder.getKey().replaceFirst("/$", "") + ": "
                + folder.getValue().entrySet().stream().map(f -> f.getKey() + " (" + f.getValue() + ")")
                        .collect(Collectors.joining(", "))).collect(Collectors.joining("; "));
        return "USIM phone book: EF_PBR names " + count + (count == 1 ? " file" : " files") + " this dump lacks, so"
                + " what they hold is not in the case: " + where + (format.startsWith("pysim")
                ? " (pySim-shell's export and fsdump never contain them: read DF_PHONEBOOK with a tool that follows"
                        + " EF_PBR)" : " (read DF_PHONEBOOK with a tool that follows EF_PBR)");
    }

    private static int readSet(SimDump dump, String base, Set set, int offset, List<Contact> out,
            List<String> problems, Map<String, String> absent) {
        Map<Integer, List<byte[]>> files = new LinkedHashMap<>();
        set.all().forEach((tag, fid) -> {
            ElementaryFile f = dump.files().get(base + fid);
            if (f == null) {
                absent.put(fid, NAMES.getOrDefault(tag, "EF"));
            } else if (!f.hasContent()) {
                problems.add(base + fid + " (" + NAMES.getOrDefault(tag, "EF") + ") is named by EF_PBR but could not"
                        + " be read: " + (f.error() == null ? "it is empty" : f.error()));
            } else {
                files.put(tag, f.records());
            }
        });
        List<byte[]> adn = files.getOrDefault(0xC0, List.of());
        List<byte[]> ext1 = files.getOrDefault(0xC2, List.of());
        String adnPath = base + set.type1.getOrDefault(0xC0, "4F3A");
        for (int i = 0; i < adn.size(); i++) {
            DiallingNumber main = DiallingNumber.decode(adn.get(i), ext1);
            main.warnings().forEach(w -> problems.add(adnPath + " record: " + w));
            List<DiallingNumber> numbers = new ArrayList<>();
            if (!main.number().isEmpty()) {
                numbers.add(main);
            }
            List<String> emails = new ArrayList<>();
            int record = i + 1;
            typeOne(files, set, 0xC4, i).ifPresent(r -> anr(r, ext1).ifPresent(numbers::add));
            typeOne(files, set, 0xCA, i).ifPresent(r -> email(r, r.length).ifPresent(emails::add));
            typeTwo(files, set, 0xC4, i).ifPresent(r -> anr(r, ext1).ifPresent(numbers::add));
            // a type-2 record ends with the ADN SFI and record number
            typeTwo(files, set, 0xCA, i).ifPresent(r -> email(r, r.length - 2).ifPresent(emails::add));
            if (!main.alpha().isEmpty() || !numbers.isEmpty() || !emails.isEmpty()) {
                out.add(new Contact(adnPath, offset + record, main.alpha(), numbers, emails));
            }
        }
        return adn.size();
    }

    private static Optional<byte[]> typeOne(Map<Integer, List<byte[]>> files, Set set, int tag, int i) {
        if (!set.type1.containsKey(tag)) {
            return Optional.empty();
        }
        List<byte[]> records = files.getOrDefault(tag, List.of());
        return i < records.size() ? Optional.of(records.get(i)) : Optional.empty();
    }

    /** A type-2 file's record for ADN record i, through the i-th EF_IAP record. */
    private static Optional<byte[]> typeTwo(Map<Integer, List<byte[]>> files, Set set, int tag, int i) {
        int position = new ArrayList<>(set.type2.keySet()).indexOf(tag);
        List<byte[]> iap = files.getOrDefault(0xC1, List.of());
        if (position < 0 || i >= iap.size() || position >= iap.get(i).length) {
            return Optional.empty();
        }
        int pointer = iap.get(i)[position] & 0xFF;
        List<byte[]> records = files.getOrDefault(tag, List.of());
        return pointer == 0 || pointer == 0xFF || pointer > records.size() ? Optional.empty()
                : Optional.of(records.get(pointer - 1));
    }

    /** EF_ANR: AAS id, then the 11 bytes of a number as in EF_ADN, CCP1 id, EXT1 id. */
    private static Optional<DiallingNumber> anr(byte[] r, List<byte[]> ext1) {
        if (r.length < 15) {
            return Optional.empty();
        }
        byte[] asAdn = new byte[14];
        System.arraycopy(r, 1, asAdn, 0, 13);
        asAdn[13] = r[14];
        asAdn[12] = r[13];
        DiallingNumber number = DiallingNumber.decode(asAdn, ext1);
        return number.number().isEmpty() ? Optional.empty() : Optional.of(number);
    }

    /** EF_EMAIL text in the alpha coding: in GSM 7-bit, '@' is 0x00. */
    private static Optional<String> email(byte[] r, int length) {
        String text = AlphaId.decode(r, 0, Math.max(0, length), new ArrayList<>()).strip();
        return text.contains("@") ? Optional.of(text) : Optional.empty();
    }

    /** One EF_PBR record: FIDs by tag, per file type. */
    private record Set(Map<Integer, String> type1, Map<Integer, String> type2, Map<Integer, String> type3) {

        static Set parse(byte[] record) {
            Set s = new Set(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>());
            int i = 0;
            while (i + 1 < record.length && (record[i] & 0xFF) != 0xFF) {
                int tag = record[i] & 0xFF;
                int len = record[i + 1] & 0xFF;
                int end = Math.min(record.length, i + 2 + len);
                Map<Integer, String> target = tag == 0xA8 ? s.type1 : tag == 0xA9 ? s.type2 : tag == 0xAA ? s.type3 : null;
                for (int j = i + 2; target != null && j + 1 < end; ) {
                    int t = record[j] & 0xFF;
                    int l = record[j + 1] & 0xFF;
                    if (l >= 2 && j + 4 <= end) {
                        target.put(t, Hex.of(record, j + 2, j + 4));
                    }
                    j += 2 + l;
                }
                i = end;
            }
            return s;
        }

        boolean isEmpty() {
            return type1.isEmpty() && type2.isEmpty() && type3.isEmpty();
        }

        Map<Integer, String> all() {
            Map<Integer, String> m = new LinkedHashMap<>(type1);
            m.putAll(type2);
            m.putAll(type3);
            return m;
        }
    }
}
