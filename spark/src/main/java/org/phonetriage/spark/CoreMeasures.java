package org.phonetriage.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.jgrapht.Graph;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.phonetriage.xref.Communities;
import org.phonetriage.xref.rules.BetweennessCore;

/**
 * Betweenness and communities of every case's cross-device core ({@link BetweennessCore}, the
 * embedded engine's rule), as the embedded engine computes them: betweenness exact within the core
 * and in hops (JGraphT's Brandes, normalised), communities by {@link Communities}. The core graph
 * is built as the embedded engine builds it — vertices in key order, edges in the order of their
 * (source, target) — since greedy modularity depends on it. The cases are spread over the
 * cluster: each case's core is selected and measured in one task, the joins that feed it run
 * distributed.
 */
final class CoreMeasures {

    static final StructType NODE = new StructType().add("case", DataTypes.StringType)
            .add("node", DataTypes.StringType).add("device", DataTypes.BooleanType)
            .add("devices", DataTypes.LongType).add("weighted_degree", DataTypes.LongType)
            .add("degree", DataTypes.LongType);
    /** A core node's betweenness and its community's number (from 1, largest first; 0: none). */
    static final StructType SCORE = new StructType().add("case", DataTypes.StringType)
            .add("node", DataTypes.StringType).add("betweenness", DataTypes.DoubleType)
            .add("community", DataTypes.IntegerType);

    private CoreMeasures() {
    }

    /**
     * (case, node, betweenness, community) for every core node. Reads the views weighted (case,
     * src, dst, weight), devices, owners and occurrences.
     */
    static Dataset<Row> compute(SparkSession spark) {
        Communications.deviceNodes(spark.table("devices"), spark.table("owners")).createOrReplaceTempView("bt_devices");
        Dataset<Row> nodes = spark.sql("WITH ends AS (SELECT `case`, src AS node, dst AS other, weight FROM weighted"
                + "   UNION ALL SELECT `case`, dst AS node, src AS other, weight FROM weighted),"
                + " measured AS (SELECT `case`, node, count(DISTINCT other) AS degree, sum(weight) AS weighted_degree"
                + "   FROM ends GROUP BY `case`, node),"
                + " held AS (SELECT `case`, key, count(DISTINCT device_id) AS devices FROM occurrences"
                + "   GROUP BY `case`, key)"
                + " SELECT m.`case`, m.node, false AS device, coalesce(h.devices, 0) AS devices,"
                + "   m.weighted_degree, m.degree FROM measured m"
                + " LEFT JOIN held h ON h.`case` = m.`case` AND h.key = m.node"
                + " UNION ALL SELECT DISTINCT `case`, node, true, 0L, 0L, 0L FROM bt_devices");
        Dataset<Row> core = nodes
                .groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups(new SelectCore(), ExpressionEncoder.apply(new StructType()
                        .add("case", DataTypes.StringType).add("node", DataTypes.StringType)));
        core.createOrReplaceTempView("bt_core");
        // the core's nodes and its edges, one group per case
        Dataset<Row> graph = spark.sql("SELECT `case`, node AS a, CAST(NULL AS STRING) AS b FROM bt_core"
                + " UNION ALL SELECT w.`case`, w.src, w.dst FROM weighted w"
                + " LEFT SEMI JOIN bt_core s ON s.`case` = w.`case` AND s.node = w.src"
                + " LEFT SEMI JOIN bt_core t ON t.`case` = w.`case` AND t.node = w.dst");
        return graph.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups(new Measure(), ExpressionEncoder.apply(SCORE));
    }

    /** One case's nodes → its core. */
    static final class SelectCore implements FlatMapGroupsFunction<String, Row, Row>, Serializable {
        @Override
        public Iterator<Row> call(String c, Iterator<Row> rows) {
            Set<String> deviceNodes = new TreeSet<>();
            List<BetweennessCore.Candidate> candidates = new ArrayList<>();
            rows.forEachRemaining(r -> {
                if (r.getBoolean(2)) {
                    deviceNodes.add(r.getString(1));
                } else {
                    candidates.add(new BetweennessCore.Candidate(r.getString(1), (int) r.getLong(3), r.getLong(4),
                            r.getLong(5)));
                }
            });
            return BetweennessCore.select(deviceNodes, candidates).stream()
                    .map(n -> RowFactory.create(c, n)).iterator();
        }
    }

    /** One case's core graph → the betweenness and community of each of its nodes. */
    static final class Measure implements FlatMapGroupsFunction<String, Row, Row>, Serializable {
        @Override
        public Iterator<Row> call(String c, Iterator<Row> rows) {
            Set<String> vertices = new TreeSet<>();
            // by source + NUL + target, the order of the embedded graph's edges
            Map<String, String[]> edges = new TreeMap<>();
            rows.forEachRemaining(r -> {
                if (r.isNullAt(2)) {
                    vertices.add(r.getString(1));
                } else {
                    edges.put(r.getString(1) + "\u0000" + r.getString(2), new String[] {r.getString(1), r.getString(2)});
                }
            });
            Graph<String, DefaultEdge> core = new SimpleGraph<>(DefaultEdge.class);
            vertices.forEach(core::addVertex);
            edges.values().forEach(e -> core.addEdge(e[0], e[1])); // the reverse of an edge is refused
            Map<String, Double> scores = new BetweennessCentrality<>(core, true).getScores();
            Map<String, Integer> community = new HashMap<>();
            List<List<String>> found = Communities.find(core);
            for (int i = 0; i < found.size(); i++) {
                for (String key : found.get(i)) {
                    community.put(key, i + 1);
                }
            }
            List<Row> out = new ArrayList<>();
            scores.forEach((node, score) -> out.add(RowFactory.create(c, node, score, community.getOrDefault(node, 0))));
            return out.iterator();
        }
    }
}
