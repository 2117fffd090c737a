package org.phonetriage.cli;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.PersonDecisions;
import org.phonetriage.xref.Persons;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "persons", mixinStandardHelpOptions = true,
        description = {"Accept or reject what phonetriage proposes as one person: a person candidate (C-…, from"
                + " cards on two phones) or a link that is strong but no proof (L-…: a phone and the SIM card it"
                + " names, two phones sharing only a SIM, two cards with one number). The ids are in xref.json"
                + " (person_candidates[].id, persons[].proofs[].id) and in report.html.",
            "The decision is kept in the case on the identifiers concerned, with the examiner and the time,"
                + " and every output honours it: run phonetriage report afterwards."})
final class PersonsCommand extends CommandOutput implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case database.")
    Path caseFile;

    @Option(names = "--examiner", paramLabel = "NAME", description = "Who decides (recorded with the decision).")
    String examiner;

    @Parameters(index = "0", paramLabel = "accept|reject", description = "accept or reject")
    String action;

    @Parameters(index = "1..*", arity = "1..*", paramLabel = "ID", description = "Candidate (C-…) or link (L-…) ids.")
    List<String> ids = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        if (!action.equals("accept") && !action.equals("reject")) {
            throw new Main.UsageException("persons: the action is accept or reject, not '" + action + "'");
        }
        if (examiner == null || examiner.isBlank()) {
            throw new Main.UsageException("persons " + action + ": say who decides with --examiner NAME");
        }
        try (Connection db = CaseDb.open(caseFile, false)) {
            Map<String, List<String[]>> decidable = Persons.decidable(db);
            for (String id : ids) {
                if (!decidable.containsKey(id)) {
                    throw new Main.UsageException("persons: no candidate or link " + id + " in " + caseFile
                            + " (ids are in xref.json and report.html; run phonetriage report after new evidence)");
                }
            }
            db.setAutoCommit(false);
            for (String id : ids) {
                for (String[] pair : decidable.get(id)) {
                    PersonDecisions.record(db, pair[0], pair[1], action.equals("accept"), examiner.strip());
                }
            }
            db.commit();
        }
        err().println((action.equals("accept") ? "Accepted " : "Rejected ") + String.join(", ", ids) + " in "
                + caseFile + " as " + examiner.strip() + "; run phonetriage report to rewrite the outputs.");
        return Main.OK;
    }
}
