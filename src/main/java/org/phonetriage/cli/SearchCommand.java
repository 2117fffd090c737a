package org.phonetriage.cli;

import java.io.Writer;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.phonetriage.query.KeyResolver;
import org.phonetriage.query.KeySummaryQuery;
import org.phonetriage.query.ResolvedValue;
import org.phonetriage.query.Search;
import org.phonetriage.query.SearchJson;
import org.phonetriage.query.SearchSummary;
import org.phonetriage.query.SearchTable;
import org.phonetriage.report.CaseState;
import org.phonetriage.store.CaseDb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Show where a number, e-mail or other identifier occurs in a case: per device its roles,"
                + " time span, saved names, raw forms and source files; with --occurrences every occurrence (role,"
                + " saved name, raw form, time, how it was read, the record's source file and hash).",
            "Each VALUE is read as ingest reads a phone's values, and the readings it did not choose are looked"
                + " up too; a typed key (iccid:..., email:..., wa-group:...) is looked up as given."})
final class SearchCommand extends CommandOutput implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case database.")
    Path caseFile;

    @Parameters(arity = "1..*", paramLabel = "VALUE", description = "Values to look for, in any written form.")
    List<String> values = new ArrayList<>();

    @Option(names = "--region", paramLabel = "CC",
            description = "Read national-format values as numbers of this country (ISO 3166, e.g. FR).")
    String region;

    @Option(names = "--json", description = "Print a JSON array, one object per VALUE, instead of a table.")
    boolean json;

    @Option(names = "--occurrences", description = "List every occurrence with the source of its record, instead of"
            + " a summary per device (roles, time span, names, raw forms, source files).")
    boolean occurrences;

    @Override
    public Integer call() throws Exception {
        String cc = region == null ? null : EvidenceOptions.regionCode("--region", region);
        try (Connection db = CaseDb.open(caseFile, false)) {
            Search search = new Search(db, KeyResolver.forCase(db, cc));
            List<ResolvedValue> notFound;
            if (json) {
                try (Writer out = TextOutput.stdout(out()); SearchJson listener = new SearchJson(out)) {
                    notFound = search.run(values, listener);
                }
                notFound.forEach(v -> err().println("not found in this case: " + v.input()));
            } else if (occurrences) {
                search.run(values, new SearchTable(out()));
            } else {
                search.summarise(values, KeySummaryQuery.of(db, CaseState.of(db).digest()), new SearchSummary(out()));
            }
        }
        return Main.OK;
    }
}
