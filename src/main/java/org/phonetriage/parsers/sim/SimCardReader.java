package org.phonetriage.parsers.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.phonetriage.parsers.sim.codec.CallInformation;
import org.phonetriage.parsers.sim.codec.DiallingNumber;
import org.phonetriage.parsers.sim.codec.EfSmsRecord;
import org.phonetriage.parsers.sim.codec.SimIdentity;
import org.phonetriage.parsers.sim.dump.ElementaryFile;
import org.phonetriage.parsers.sim.dump.SimDump;

/**
 * Decodes the files of a {@link SimDump} that identify the card and its user (sim-spec §2, §4):
 * the USIM application's copy first, then the 2G DF_GSM/DF_TELECOM one.
 */
public final class SimCardReader {

    private SimCardReader() {
    }

    public static SimCard read(SimDump dump) {
        List<String> problems = new ArrayList<>(dump.problems());
        String iccid = dump.find("2FE2").map(f -> decode(f, problems, w -> SimIdentity.iccid(f.transparent(), w)))
                .orElse(null);
        int mncLength = dump.find("ADF_USIM/6FAD", "7F20/6FAD").map(f -> SimIdentity.mncLength(f.transparent()))
                .orElse(0);
        SimIdentity.Imsi imsi = dump.find("ADF_USIM/6F07", "7F20/6F07")
                .map(f -> decode(f, problems, w -> SimIdentity.imsi(f.transparent(), mncLength, w))).orElse(null);
        SimIdentity.Spn spn = dump.find("ADF_USIM/6F46", "7F20/6F46")
                .map(f -> decode(f, problems, w -> SimIdentity.spn(f.transparent(), w))).orElse(null);

        List<SimCard.Entry> msisdns = numbers(dump, problems, "EF_MSISDN", ext(dump, "ADF_USIM/6F4E", "7F10/6F4A"),
                "ADF_USIM/6F40", "7F10/6F40");
        List<byte[]> ext1 = ext(dump, "7F10/6F4A");
        List<SimCard.Entry> contacts = numbers(dump, problems, "EF_ADN", ext1, "7F10/6F3A");
        List<SimCard.Entry> dialled = numbers(dump, problems, "EF_LND", ext1, "7F10/6F44");
        List<SimCard.CallEntry> calls = new ArrayList<>(callInformation(dump, problems, true));
        calls.addAll(callInformation(dump, problems, false));
        List<SimCard.Entry> fixed = new ArrayList<>(numbers(dump, problems, "EF_FDN",
                ext(dump, "ADF_USIM/6F4B", "7F10/6F4B"), "ADF_USIM/6F3B", "7F10/6F3B"));
        fixed.addAll(numbers(dump, problems, "EF_SDN", ext(dump, "ADF_USIM/6F4C", "7F10/6F4C"),
                "ADF_USIM/6F49", "7F10/6F49"));

        List<EfSmsRecord> sms = new ArrayList<>();
        for (ElementaryFile f : all(dump, "ADF_USIM/6F3C", "7F10/6F3C")) {
            for (int i = 0; i < f.records().size(); i++) {
                EfSmsRecord r = EfSmsRecord.decode(i + 1, f.records().get(i));
                if (r.sms() != null) {
                    sms.add(r);
                    r.sms().warnings.forEach(w -> problems.add(f.path() + " record " + r.number() + ": " + w));
                }
            }
        }
        List<SimCard.Fact> facts = CardFacts.read(dump, spn, problems);
        for (ElementaryFile bad : dump.unreadable("2FE2", "ADF_USIM/6F07", "7F20/6F07", "7F10/6F3A", "7F10/6F3C",
                "ADF_USIM/6F3C", "7F10/6F44", "ADF_USIM/6F40", "7F10/6F40")) {
            problems.add(bad.path() + " (" + bad.originalPath() + ") could not be read: " + bad.error());
        }
        List<UsimPhonebook.Contact> phonebook = UsimPhonebook.read(dump, problems);
        return new SimCard(iccid, imsi, spn, msisdns, contacts, phonebook, dialled, calls, fixed, sms, facts, problems);
    }

    /**
     * Both copies of a file when the card has the 2G and the USIM one (EF_SMS may differ); a copy
     * identical to the first is the same file seen twice and is left out.
     */
    private static List<ElementaryFile> all(SimDump dump, String... paths) {
        List<ElementaryFile> out = new ArrayList<>();
        for (String p : paths) {
            dump.find(p).filter(f -> out.stream().noneMatch(o -> sameRecords(o, f))).ifPresent(out::add);
        }
        return out;
    }

    private static boolean sameRecords(ElementaryFile a, ElementaryFile b) {
        if (a.records().size() != b.records().size()) {
            return false;
        }
        for (int i = 0; i < a.records().size(); i++) {
            if (!java.util.Arrays.equals(a.records().get(i), b.records().get(i))) {
                return false;
            }
        }
        return true;
    }

    private static List<SimCard.Entry> numbers(SimDump dump, List<String> problems, String name, List<byte[]> ext,
            String... paths) {
        List<SimCard.Entry> out = new ArrayList<>();
        Optional<ElementaryFile> file = dump.find(paths);
        if (file.isEmpty()) {
            return out;
        }
        ElementaryFile f = file.get();
        int length = -1;
        for (int i = 0; i < f.records().size(); i++) {
            byte[] rec = f.records().get(i);
            if (rec.length == 0) {
                continue;
            }
            if (length >= 0 && rec.length != length) {
                problems.add(f.path() + " record " + (i + 1) + ": " + rec.length + " bytes where the others have "
                        + length);
            }
            length = rec.length;
            DiallingNumber n = DiallingNumber.decode(rec, ext);
            for (String w : n.warnings()) {
                problems.add(f.path() + " (" + name + ") record " + (i + 1) + ": " + w);
            }
            if (!n.empty()) {
                out.add(new SimCard.Entry(name, i + 1, n));
            }
        }
        return out;
    }

    /** EF_ICI or EF_OCI of the USIM, with the EXT5 records their numbers may continue in. */
    private static List<SimCard.CallEntry> callInformation(SimDump dump, List<String> problems, boolean incoming) {
        String name = incoming ? "EF_ICI" : "EF_OCI";
        List<SimCard.CallEntry> out = new ArrayList<>();
        Optional<ElementaryFile> file = dump.find(incoming ? "ADF_USIM/6F80" : "ADF_USIM/6F81");
        if (file.isEmpty()) {
            return out;
        }
        List<byte[]> ext5 = ext(dump, "ADF_USIM/6F4E");
        for (int i = 0; i < file.get().records().size(); i++) {
            CallInformation call = CallInformation.decode(file.get().records().get(i), incoming, ext5);
            int record = i + 1;
            if (call != null) {
                call.warnings().forEach(w -> problems.add(file.get().path() + " (" + name + ") record " + record + ": "
                        + w));
                if (call.party() != null) {
                    out.add(new SimCard.CallEntry(name, record, incoming, call));
                }
            }
        }
        return out;
    }

    private static List<byte[]> ext(SimDump dump, String... paths) {
        return dump.find(paths).map(ElementaryFile::records).orElse(List.of());
    }

    /** Runs a decoder; its warnings become problems naming the file. */
    private static <T> T decode(ElementaryFile f, List<String> problems, Function<List<String>, T> decoder) {
        List<String> warnings = new ArrayList<>();
        T value = decoder.apply(warnings);
        warnings.forEach(w -> problems.add(f.path() + ": " + w));
        return value;
    }

}
