package org.phonetriage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.phonetriage.query.KeyResolver;
import org.phonetriage.report.CaseState;
import org.phonetriage.store.CaseDb;
import org.phonetriage.xref.CommunicationGraph;
import org.phonetriage.xref.PathFinder;
import org.phonetriage.xref.PathGraph;
import org.phonetriage.xref.StoredNetwork;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "path", mixinStandardHelpOptions = true,
        description = {"The shortest chain of communications between two identifiers, with the evidence for each"
                + " hop (contact-book entries only when no communication chain exists).",
            "Exit code 0 when a chain is found, 3 when there is none."})
final class PathCommand extends CommandOutput implements Callable<Integer> {

    @Option(names = "--case", required = true, paramLabel = "FILE", description = "The case database.")
    Path caseFile;

    @Parameters(index = "0", paramLabel = "FROM", description = "A number, e-mail or typed key (as stored anywhere).")
    String from;

    @Parameters(index = "1", paramLabel = "TO", description = "Another one.")
    String to;

    @Option(names = "--region", paramLabel = "CC", description = "Region to read national-format numbers with.")
    String region;

    @Option(names = "--json", description = "Print JSON instead of text.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        String a;
        String b;
        Optional<List<PathFinder.Hop>> path;
        try (Connection db = CaseDb.open(caseFile, false)) {
            KeyResolver resolver = KeyResolver.forCase(db,
                    region == null ? null : EvidenceOptions.regionCode("--region", region));
            a = key(resolver, from);
            b = key(resolver, to);
            path = new PathFinder(graph(db)).path(a, b);
        }
        if (json) {
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(java.util.Map.of("from", a, "to", b, "hops", path.orElse(List.of()))));
        } else if (path.isEmpty()) {
            out().println("No chain between " + a + " and " + b + " in this case.");
        } else {
            out().println(a + " -> " + b + ": " + path.get().size() + " hop(s)");
            for (PathFinder.Hop h : path.get()) {
                out().printf("  %s -> %s  %s: %d call(s), %d message(s), %s .. %s, seen on %s%n", h.from(), h.to(),
                        h.kind(), h.calls(), h.messages(), h.firstSeen(), h.lastSeen(), String.join(", ", h.devices()));
            }
        }
        return path.isPresent() ? Main.OK : Main.PROBLEMS;
    }

    /**
     * The graph the last cross-reference stored in the case, walked by index; when there is none of
     * the case as it is now (a case made before it was stored, or changed since), the case's graph,
     * built again and stored for the next search.
     */
    private PathGraph graph(Connection db) throws SQLException {
        String state = CaseState.of(db).digest();
        Optional<StoredNetwork> stored = StoredNetwork.current(db, state);
        if (stored.isPresent()) {
            return stored.get();
        }
        err().println("note: " + caseFile + " holds no communication graph of the case as it is now (made by an"
                + " older phonetriage, or changed since its last report): building it from every record first");
        CommunicationGraph graph = CommunicationGraph.load(db);
        try {
            StoredNetwork.save(db, graph, state);
        } catch (SQLException e) {
            // a case that cannot be written (a read-only copy) is answered from the graph in memory
            return PathGraph.of(graph);
        }
        return StoredNetwork.current(db, state).orElseThrow();
    }

    /** The key a value is stored under, read with the same policy as the phones. */
    private static String key(KeyResolver resolver, String value) {
        String key = resolver.resolve(value).key();
        if (key == null) {
            throw new Main.UsageException(value + " is a placeholder, not an identifier");
        }
        return key;
    }
}
