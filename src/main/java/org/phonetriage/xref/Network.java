package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.SQLException;
import org.phonetriage.store.OccurrenceFacts;

/** The communication graph of a case with its measures: loaded once, used by xref and the exports. */
public record Network(CommunicationGraph graph, NetworkMetrics metrics) {

    /** The graph and every measure; a measure that fails throws. */
    public static Network load(Connection db) throws SQLException {
        CommunicationGraph graph;
        try (OccurrenceFacts facts = OccurrenceFacts.read(db)) {
            graph = CommunicationGraph.load(db);
        }
        return new Network(graph, NetworkMetrics.compute(graph));
    }

    /** The graph, and its measures as steps of {@code analyses}: one that fails is left out. */
    public static Network load(Connection db, AnalysisRunner analyses) throws SQLException {
        CommunicationGraph graph;
        try (OccurrenceFacts facts = OccurrenceFacts.read(db)) {
            graph = CommunicationGraph.load(db);
        }
        return new Network(graph, NetworkMetrics.compute(graph, analyses));
    }
}
