package org.phonetriage.xref;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * The communication graph of a case with its measures: loaded once, used by xref and the exports.
 *
 * <p>The measures (PageRank, betweenness, communities) are pure Java over the loaded graph and
 * cost the same whatever the case's size beyond it; with a runner they are computed on a thread
 * of their own while the caller goes on reading the case database, and {@link #metrics()} waits
 * for them.
 */
public final class Network {

    private final CommunicationGraph graph;
    private final FutureTask<NetworkMetrics> metrics;
    private final AnalysisRunner.Fork steps;

    private Network(CommunicationGraph graph, FutureTask<NetworkMetrics> metrics, AnalysisRunner.Fork steps) {
        this.graph = graph;
        this.metrics = metrics;
        this.steps = steps;
    }

    /** The graph and every measure; a measure that fails throws. */
    public static Network load(Connection db) throws SQLException {
        CommunicationGraph graph = graph(db);
        FutureTask<NetworkMetrics> metrics = new FutureTask<>(() -> NetworkMetrics.compute(graph));
        metrics.run();
        return new Network(graph, metrics, null);
    }

    /**
     * The graph, and its measures as steps of {@code analyses} (one that fails is left out),
     * computed in the background; their failures are {@code analyses}' from this call on, once
     * {@link #metrics()} was read.
     */
    public static Network load(Connection db, AnalysisRunner analyses) throws SQLException {
        return load(db, analyses, null);
    }

    /**
     * The same, with search's summaries aggregated into {@code keySummaries} as the graph's pass
     * reads the occurrences (none when null).
     */
    public static Network load(Connection db, AnalysisRunner analyses, KeySummaryAggregates keySummaries)
            throws SQLException {
        CommunicationGraph graph = CommunicationGraph.load(db, keySummaries);
        AnalysisRunner.Fork steps = analyses.fork();
        FutureTask<NetworkMetrics> metrics = new FutureTask<>(() -> NetworkMetrics.compute(graph, steps.runner()));
        Thread thread = new Thread(metrics, "network-measures");
        thread.setDaemon(true);
        thread.start();
        return new Network(graph, metrics, steps);
    }

    private static CommunicationGraph graph(Connection db) throws SQLException {
        return CommunicationGraph.load(db);
    }

    public CommunicationGraph graph() {
        return graph;
    }

    /** The measures, once computed (waits for them). */
    public NetworkMetrics metrics() {
        NetworkMetrics m;
        try {
            m = metrics.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the network's measures were computed", e);
        } catch (ExecutionException e) {
            // the steps catch what a measure throws; what is left is an error of the JVM or a bug
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
        if (steps != null) {
            steps.join();
        }
        return m;
    }
}
