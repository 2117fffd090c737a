package org.phonetriage.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.catalyst.encoders.ExpressionEncoder;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.phonetriage.xref.rules.PageRankRule;

/**
 * PageRank of every case's communication graph: each case's edges in one task, scored by
 * {@link PageRankRule#scores}, the embedded engine's own computation, so the two agree to the
 * last digits. The cases are spread over the cluster; a case's graph is what one machine
 * triages, so it fits one task (an earlier version iterated joins over all cases at once: each of
 * up to 100 steps was three Spark jobs, 225 s of a 40-case run).
 */
final class PageRanks {

    static final StructType SCORE = new StructType().add("case", DataTypes.StringType)
            .add("node", DataTypes.StringType).add("pagerank", DataTypes.DoubleType);

    private PageRanks() {
    }

    /** (case, node, pagerank) for every node of the edges (case, src, dst, weight). */
    static Dataset<Row> compute(Dataset<Row> edges) {
        return edges.groupByKey((MapFunction<Row, String>) r -> r.getString(0), Encoders.STRING())
                .flatMapGroups(new Rank(), ExpressionEncoder.apply(SCORE));
    }

    /** One case's edges → the score of each of its nodes. */
    static final class Rank implements FlatMapGroupsFunction<String, Row, Row>, Serializable {
        @Override
        public Iterator<Row> call(String c, Iterator<Row> rows) {
            // by source + NUL + target, the order of the embedded graph's edges
            Map<String, PageRankRule.Edge> edges = new TreeMap<>();
            rows.forEachRemaining(r -> edges.put(r.getString(1) + "\u0000" + r.getString(2),
                    new PageRankRule.Edge(r.getString(1), r.getString(2), r.getLong(3))));
            List<Row> out = new ArrayList<>();
            PageRankRule.scores(edges.values()).forEach((node, score) -> out.add(RowFactory.create(c, node, score)));
            return out.iterator();
        }
    }
}
