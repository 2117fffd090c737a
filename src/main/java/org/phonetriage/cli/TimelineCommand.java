package org.phonetriage.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.phonetriage.normalize.NormalizedId;
import org.phonetriage.query.CaseDevices;
import org.phonetriage.query.KeyResolver;
import org.phonetriage.query.ResolvedValue;
import org.phonetriage.query.TimeRange;
import org.phonetriage.query.TimelineCsv;
import org.phonetriage.query.TimelineFilter;
import org.phonetriage.query.TimelineJson;
import org.phonetriage.query.TimelineQuery;
import org.phonetriage.query.TimelineStats;
import org.phonetriage.store.CaseDb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "timeline", mixinStandardHelpOptions = true,
        description = {"The calls and messages of all devices of a case merged in time order (UTC), one row per"
                + " record with its parties, names, duration or body, and source. Records without a time come last.",
            "A call logged on two phones is two rows, one per device, side by side."})
final class TimelineCommand extends CommandOutput implements Callable<Integer> {

    enum Format { csv, json }

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case database.")
    Path caseFile;

    @Option(names = "--identifier", paramLabel = "VALUE",
            description = "Only records with this party, read as search reads it (also where it is only a reading"
                    + " not chosen).")
    String identifier;

    @Option(names = "--device", paramLabel = "LABEL", description = "Only records of this device (repeatable).")
    List<String> devices = new ArrayList<>();

    @Option(names = "--region", paramLabel = "CC", description = "Read a national-format --identifier in this country.")
    String region;

    @Option(names = "--from", paramLabel = "ISO", description = "From this date or date-time (UTC unless it has an offset).")
    String from;

    @Option(names = "--to", paramLabel = "ISO", description = "Up to this date-time, or to the end of this date.")
    String to;

    @Option(names = "--format", paramLabel = "csv|json", defaultValue = "csv",
            description = "Output format (default ${DEFAULT-VALUE}).")
    Format format;

    @Option(names = "--no-formula-guard", description = "CSV: write text exactly as the evidence has it, without the"
            + " leading ' before a value starting with = + - @ that keeps a spreadsheet from running it.")
    boolean noFormulaGuard;

    @Option(names = {"-o", "--out"}, paramLabel = "FILE", description = "Write to FILE instead of standard output.")
    Path out;

    @Override
    public Integer call() throws Exception {
        TimeRange range = range();
        String cc = region == null ? null : EvidenceOptions.regionCode("--region", region);
        try (Connection db = CaseDb.open(caseFile, false)) {
            checkDevices(CaseDevices.labels(db));
            List<String> keys = identifier == null ? List.of() : keys(KeyResolver.forCase(db, cc).resolve(identifier));
            TimelineStats stats = write(new TimelineQuery(db, new TimelineFilter(keys, devices, range)));
            err().printf("timeline: %d record(s)%s%s%n", stats.records(),
                    stats.untimed() > 0 ? ", " + stats.untimed() + " without a time (listed last)" : "",
                    stats.untimedOmitted() > 0 ? "; " + stats.untimedOmitted()
                            + " without a time left out by --from/--to" : "");
        }
        return Main.OK;
    }

    private TimelineStats write(TimelineQuery query) throws SQLException, IOException {
        try (TextOutput target = TextOutput.open(out, out())) {
            Writer w = target.writer();
            TimelineStats stats;
            if (format == Format.json) {
                try (TimelineJson json = new TimelineJson(w)) {
                    stats = query.forEach(json);
                }
            } else {
                try (TimelineCsv csv = new TimelineCsv(w, !noFormulaGuard)) {
                    stats = query.forEach(csv);
                }
            }
            target.commit();
            return stats;
        }
    }

    private TimeRange range() {
        try {
            return TimeRange.parse(from, to);
        } catch (IllegalArgumentException e) {
            throw new Main.UsageException(e.getMessage());
        }
    }

    private void checkDevices(List<String> known) {
        for (String d : devices) {
            if (!known.contains(d)) {
                throw new Main.UsageException("--device: no device " + d + " in this case (devices: "
                        + String.join(", ", known) + ")");
            }
        }
    }

    /** The key the value reads as; another reading it may have is named, not silently merged in. */
    private List<String> keys(ResolvedValue v) {
        NormalizedId r = v.reading();
        if (r.key() == null) {
            throw new Main.UsageException("--identifier: " + v.input() + " is not an identifier ("
                    + r.reason() + ")");
        }
        for (NormalizedId.Alternative a : r.alternatives()) {
            err().printf("timeline: %s read as %s; could also be %s (%s): give that to see its records%n",
                    v.input(), r.key(), a.key(), a.rule());
        }
        List<String> keys = new ArrayList<>(List.of(r.key()));
        v.keys().stream().filter(k -> k.equals(v.input().strip()) && !keys.contains(k)).forEach(keys::add);
        return keys;
    }
}
