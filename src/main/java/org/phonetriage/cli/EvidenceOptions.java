package org.phonetriage.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.phonetriage.evidence.ExtractionLimits;
import org.phonetriage.ingest.CaseIngest;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** The options shared by triage and ingest: what to read and how. */
final class EvidenceOptions {

    @Parameters(arity = "1..*", paramLabel = "EVIDENCE",
            description = "Evidence items: folders (extractions, iTunes backups, SIM EF trees, Cellebrite report"
                    + " folders, XRY text exports), .zip, .tar, .tar.gz, .tgz, Cellebrite .ufdr, Android .ab backups,"
                    + " SIM dumps (.script, pySim fsdump or simdump JSON), vCard files (.vcf) or exported reports"
                    + " (.xml: Cellebrite report.xml, Magnet AXIOM), or CSV exports read through --map."
                    + " Each becomes one device.")
    List<Path> evidence = new ArrayList<>();

    @Option(names = "--label", paramLabel = "LABEL",
            description = "Label of an evidence item (repeat: the first --label names the first item, ...)."
                    + " Default: its file name without archive extension.")
    List<String> labels = new ArrayList<>();

    @Option(names = "--region", paramLabel = "CC",
            description = "Examiner's region (ISO 3166, e.g. FR) for devices whose own evidence shows none;"
                    + " numbers read with it are candidates only.")
    String region;

    @Option(names = "--case-regions", split = ",", paramLabel = "CC[,CC...]",
            description = "Countries of the case (e.g. FR,ES,PT,BR). A national number that the device's own"
                    + " region cannot hold is tried in these, as candidates only. The home regions of the"
                    + " devices ingested so far are added.")
    List<String> caseRegions = new ArrayList<>();

    /** --password's value when none is given: ask on the terminal (a NUL cannot be typed in an argument). */
    static final String ASK = "\u0000ask";

    @Option(names = "--password", paramLabel = "PASSWORD", arity = "0..1", fallbackValue = ASK,
            description = "Password of encrypted evidence (Android backups, iTunes/Finder backups). Without a value"
                    + " it is asked for on the terminal; with no terminal that is a usage error.")
    String password;

    @Option(names = "--password-file", paramLabel = "FILE",
            description = "Passwords to try, one per line (with --password, that one first); each encrypted item is"
                    + " opened with the first that fits.")
    Path passwordFile;

    @Option(names = "--wa-key", paramLabel = "FILE",
            description = "WhatsApp's key file (key, encrypted_backup.key, or the 64-digit key in a text file) for"
                    + " msgstore.db.crypt12/14/15.")
    Path whatsAppKey;

    @Option(names = "--signal-key", paramLabel = "HEX",
            description = "Signal's database secret (hex digits, as decrypted from the phone's keystore) for an"
                    + " encrypted signal.db (SQLCipher).")
    String signalKey;

    @Option(names = "--telegram-passcode", paramLabel = "TEXT",
            description = "Telegram's local passcode on an iPhone, for its key file (.tempkeyEncrypted); without it,"
                    + " only the app's default key is tried.")
    String telegramPasscode;

    @Option(names = "--no-recovery",
            description = "Do not recover deleted records from the message, call and contact databases (their"
                    + " freeblocks, free pages, superseded WAL frames and rollback journals); on by default.")
    boolean noRecovery;

    @Option(names = "--no-sweep",
            description = "Do not sweep the databases, plists, XML and JSON files no parser reads for phone"
                    + " numbers, JIDs and e-mail addresses (role unmodelled, leads only); on by default.")
    boolean noSweep;

    @Option(names = "--max-ratio", paramLabel = "N",
            description = "Refuse archive entries that expand more than N times (zip-bomb guard; default ${DEFAULT-VALUE}).")
    long maxRatio = ExtractionLimits.defaults().maxRatio();

    List<CaseIngest.Item> items() {
        requireExisting();
        if (labels.size() > evidence.size()) {
            throw new Main.UsageException(labels.size() + " --label given for " + evidence.size() + " evidence item(s)");
        }
        List<CaseIngest.Item> items = new ArrayList<>();
        for (int i = 0; i < evidence.size(); i++) {
            items.add(new CaseIngest.Item(evidence.get(i), i < labels.size() ? labels.get(i) : null));
        }
        checkDistinctLabels(items);
        return items;
    }

    /** A path that does not exist is a typo, not evidence with a problem: refused before anything is read. */
    private void requireExisting() {
        List<String> missing = evidence.stream().filter(p -> !java.nio.file.Files.exists(p)).map(Path::toString)
                .toList();
        if (!missing.isEmpty()) {
            throw new Main.UsageException("EVIDENCE " + String.join(", ", missing) + ": no such file or folder"
                    + " (nothing was read)");
        }
    }

    /**
     * Each item becomes its own device, so no two may have one label ({@code a/backup.ab b/backup.ab},
     * or one --label given twice): the second would not be read. Refused before anything starts.
     */
    static void checkDistinctLabels(List<CaseIngest.Item> items) {
        Map<String, CaseIngest.Item> byLabel = new HashMap<>();
        for (CaseIngest.Item item : items) {
            CaseIngest.Item first = byLabel.putIfAbsent(item.deviceLabel(), item);
            if (first == null) {
                continue;
            }
            String label = item.deviceLabel();
            if (first.label() != null && item.label() != null) {
                throw new Main.UsageException("--label " + label + " is given to two evidence items, " + first.path()
                        + " and " + item.path() + ": each item is a device of its own, give each its own --label");
            }
            throw new Main.UsageException("two evidence items would both be device " + label + ": " + first.path()
                    + " and " + item.path() + "; give each its own name with --label (the first --label names the"
                    + " first item, and so on)");
        }
    }

    /**
     * The passwords to try on each encrypted item, in order: --password, then every line of
     * --password-file (a lab's list for a batch of devices). --password without a value asks on
     * the terminal; without one it is a usage error, never an empty password nor a prompt on
     * standard output, where a pipeline reads.
     */
    List<String> passwords() {
        if (ASK.equals(password)) {
            password = ask();
        }
        List<String> out = new ArrayList<>();
        if (password != null) {
            out.add(password);
        }
        if (passwordFile != null) {
            try {
                for (String line : java.nio.file.Files.readAllLines(passwordFile)) {
                    String candidate = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
                    if (!candidate.isEmpty() && !out.contains(candidate)) {
                        out.add(candidate);
                    }
                }
            } catch (java.io.IOException e) {
                throw new Main.UsageException("--password-file " + passwordFile + ": cannot be read ("
                        + e.getMessage() + ")");
            }
        }
        return out;
    }

    private static String ask() {
        java.io.Console console = System.console();
        if (console == null) {
            throw new Main.UsageException("--password without a value is asked for on a terminal, and there is none"
                    + " (standard input or output is not one): give --password=PASSWORD or --password-file FILE");
        }
        char[] typed = console.readPassword("Password of the encrypted evidence: ");
        if (typed == null || typed.length == 0) {
            throw new Main.UsageException("--password: no password was typed");
        }
        return new String(typed);
    }

    @Option(names = "--map", paramLabel = "FILE",
            description = "How the columns of CSV contact, call or message exports become records (YAML; see the"
                    + " README, \"CSV exports\"). Only CSV files the map names are read.")
    Path csvMap;

    org.phonetriage.parsers.csv.CsvMap csvMap() {
        if (csvMap == null) {
            return null;
        }
        try {
            return org.phonetriage.parsers.csv.CsvMap.load(csvMap);
        } catch (java.io.IOException e) {
            throw new Main.UsageException("--map " + e.getMessage());
        }
    }

    byte[] whatsAppKey() {
        if (whatsAppKey == null) {
            return null;
        }
        try (var in = java.nio.file.Files.newInputStream(whatsAppKey)) {
            // key files are under 200 bytes; a larger one is another file given by mistake (a backup, say)
            byte[] key = in.readNBytes(64 * 1024 + 1);
            if (key.length > 64 * 1024) {
                throw new Main.UsageException("--wa-key " + whatsAppKey + ": not a WhatsApp key file (over 64 KB)");
            }
            return key;
        } catch (java.io.IOException e) {
            throw new Main.UsageException("--wa-key " + whatsAppKey + ": cannot be read (" + e.getMessage() + ")");
        }
    }

    String signalKey() {
        if (signalKey == null) {
            return null;
        }
        String k = signalKey.strip();
        if (!k.matches("(?i)([0-9a-f]{2}){16,64}")) {
            throw new Main.UsageException("--signal-key takes Signal's database secret in hex digits (64 for"
                    + " Signal's 32-byte secret); the value given is not (" + signalKey.length() + " characters)");
        }
        return k.toLowerCase(Locale.ROOT);
    }

    String region() {
        return region == null ? null : regionCode("--region", region);
    }

    List<String> caseRegions() {
        return caseRegions.stream().map(r -> regionCode("--case-regions", r)).distinct().toList();
    }

    static String regionCode(String option, String value) {
        String r = value.strip().toUpperCase(Locale.ROOT);
        if (!r.matches("[A-Z]{2}")) {
            throw new Main.UsageException(option + " takes two-letter ISO 3166 codes, not " + value);
        }
        return r;
    }

    ExtractionLimits limits() {
        ExtractionLimits d = ExtractionLimits.defaults();
        return new ExtractionLimits(d.maxTotalBytes(), d.maxEntryBytes(), maxRatio, d.ratioFloorBytes(), d.maxEntries());
    }
}
