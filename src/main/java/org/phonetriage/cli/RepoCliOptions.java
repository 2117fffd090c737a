package org.phonetriage.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.phonetriage.repo.CaseName;
import org.phonetriage.repo.CaseRepository;
import org.phonetriage.repo.KeyScheme;
import org.phonetriage.repo.RepositoryHits;
import org.phonetriage.xref.OtherCases;
import picocli.CommandLine.Option;

/** A case repository to look this case's identifiers up in (triage, report and xref add other_cases). */
final class RepoCliOptions {

    @Option(names = "--repo", paramLabel = "JDBC_URL",
            description = "A case repository (jdbc:postgresql://HOST[:PORT]/DB?user=U): list in other_cases where this"
                    + " case's identifiers occur in its other cases.")
    String repo;

    @Option(names = "--case-name", paramLabel = "NAME",
            description = "This case's name in the repository (default: the case folder's name; left out of the hits).")
    String caseName;

    @Option(names = "--pseudonymise", paramLabel = "KEYFILE",
            description = "Match by HMAC-SHA-256 under this agreed key, as the cases were pushed with it.")
    Path keyFile;

    /** The keys as the repository holds them; a key file that cannot be used is a usage error. */
    KeyScheme keys() {
        if (keyFile == null) {
            return KeyScheme.RAW;
        }
        try {
            return KeyScheme.fromFile(keyFile);
        } catch (IOException e) {
            throw new Main.UsageException(e.getMessage());
        }
    }

    /** Checked before anything is read. */
    void check() {
        if (repo == null && (caseName != null || keyFile != null)) {
            throw new Main.UsageException((keyFile != null ? "--pseudonymise" : "--case-name") + " needs --repo");
        }
        if (repo != null && !repo.startsWith("jdbc:postgresql:")) {
            throw new Main.UsageException("--repo must be a PostgreSQL JDBC URL, jdbc:postgresql://HOST[:PORT]/DB");
        }
        keys();
    }

    /** The lookup of {@code caseFile}'s identifiers, or none without --repo. */
    OtherCases lookup(Path caseFile) {
        if (repo == null) {
            return OtherCases.NONE;
        }
        KeyScheme keys = keys();
        String name = caseName != null ? caseName : CaseName.of(caseFile);
        return db -> {
            try (CaseRepository repository = CaseRepository.connect(repo)) {
                return new RepositoryHits(db, keys).find(repository, name);
            }
        };
    }
}
