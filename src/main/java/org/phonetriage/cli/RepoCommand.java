package org.phonetriage.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.Callable;
import org.phonetriage.Versions;
import org.phonetriage.repo.CaseName;
import org.phonetriage.repo.CasePush;
import org.phonetriage.repo.CaseRepository;
import org.phonetriage.repo.KeyScheme;
import org.phonetriage.repo.RepositoryHits;
import org.phonetriage.report.XrefJsonWriter;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.XrefReport.OtherCase;
import org.phonetriage.xref.XrefReport.OtherCaseDevice;
import org.phonetriage.xref.XrefReport.OtherCaseHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A case repository on PostgreSQL: push a case into it, list a case's hits in the other cases. */
@Command(name = "repo", mixinStandardHelpOptions = true,
        description = "A case repository on PostgreSQL shared by many cases.",
        subcommands = {RepoCommand.Push.class, RepoCommand.Hits.class})
final class RepoCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    /** "repo" alone names no action: a usage error (exit 2), as any missing argument. */
    @Override
    public void run() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "Missing required subcommand: push or hits");
    }

    /** What push and hits both take. */
    abstract static class RepoOptions extends CommandOutput {

        @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case database.")
        Path caseFile;

        @Option(names = "--repo", required = true, paramLabel = "JDBC_URL",
                description = "The repository: jdbc:postgresql://HOST[:PORT]/DB?user=U (password from PGPASSWORD or"
                        + " ~/.pgpass).")
        String repo;

        @Option(names = "--case-name", paramLabel = "NAME",
                description = "The case's name in the repository (default: the case folder's name).")
        String caseName;

        @Option(names = "--pseudonymise", paramLabel = "KEYFILE",
                description = "Keys as HMAC-SHA-256 under this key, agreed between the parties (docs: its limits).")
        Path keyFile;

        String name() {
            return caseName != null ? caseName : CaseName.of(caseFile);
        }

        KeyScheme keys() {
            RepoCliOptions o = new RepoCliOptions();
            o.keyFile = keyFile;
            return o.keys();
        }

        void checkUrl() {
            if (!repo.startsWith("jdbc:postgresql:")) {
                throw new Main.UsageException("--repo must be a PostgreSQL JDBC URL, jdbc:postgresql://HOST[:PORT]/DB");
            }
        }
    }

    @Command(name = "push", mixinStandardHelpOptions = true,
            description = {"Add a case to a repository: devices, occurrences (key, device, role, level, count, first and"
                    + " last seen), owners' identifiers, persons and person candidates; message bodies only with"
                    + " --with-bodies.",
                "Pushing a case of the same name again replaces it; one transaction, rows sent with COPY."})
    static final class Push extends RepoOptions implements Callable<Integer> {

        @Option(names = "--with-bodies", description = "Also push the messages' bodies (never with --pseudonymise).")
        boolean withBodies;

        @Override
        public Integer call() throws Exception {
            checkUrl();
            KeyScheme keys = keys();
            if (withBodies && keys.pseudonymised()) {
                throw new Main.UsageException("--with-bodies and --pseudonymise exclude each other: bodies name people"
                        + " and numbers in clear");
            }
            CasePush.Pushed pushed;
            try (Connection db = CaseDb.open(caseFile, false); CaseRepository repository = CaseRepository.connect(repo)) {
                pushed = new CasePush(db, keys, withBodies).push(repository, name(), Versions.phonetriage(),
                        Versions.libphonenumber());
            }
            double seconds = Math.max(pushed.millis(), 1) / 1000.0;
            human().printf("Pushed case %s (%s keys): %d devices, %d occurrence rows, %d owner identifiers, %d person"
                            + " keys, %d person candidate keys, %d messages; %d rows in %.1f s (%.0f rows/s)%n",
                    pushed.name(), keys.id(), pushed.devices(), pushed.occurrences(), pushed.owners(),
                    pushed.persons(), pushed.candidates(), pushed.messages(), pushed.rows(), seconds,
                    pushed.rows() / seconds);
            human().flush();
            return Main.OK;
        }
    }

    @Command(name = "hits", mixinStandardHelpOptions = true,
            description = "List, for every identifier of the case, the other cases of the repository and their devices"
                    + " where it occurs, with their levels.")
    static final class Hits extends RepoOptions implements Callable<Integer> {

        @Option(names = "--json", description = "As a JSON array, shaped as xref.json's other_cases.")
        boolean json;

        @Override
        public Integer call() throws Exception {
            checkUrl();
            KeyScheme keys = keys();
            List<OtherCaseHit> hits;
            try (Connection db = CaseDb.open(caseFile, false); CaseRepository repository = CaseRepository.connect(repo)) {
                hits = new RepositoryHits(db, keys).find(repository, name());
            }
            if (json) {
                out().print(new XrefJsonWriter().partToJson(hits));
            } else {
                out().println("key\tcase\tdevice\tlevel\troles\toccurrences\tfirst_seen\tlast_seen");
                for (OtherCaseHit h : hits) {
                    for (OtherCase c : h.cases()) {
                        for (OtherCaseDevice d : c.devices()) {
                            out().println(String.join("\t", h.key(), c.name(), d.label(), d.level(),
                                    String.join(",", d.roles()), Long.toString(d.occurrences()),
                                    String.valueOf(d.firstSeen()), String.valueOf(d.lastSeen())));
                        }
                    }
                }
            }
            out().flush();
            return Main.OK;
        }
    }
}
