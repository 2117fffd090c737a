package org.phonetriage.report;

import java.util.List;
import org.phonetriage.query.TimelineRecord;

/**
 * The communications shown in report.html: those of the network's core, in time order, bounded
 * so the page stays readable (csv/timeline.csv has them all).
 *
 * @param truncated true when there were more than the rows given
 */
public record ReportTimeline(List<TimelineRecord> rows, boolean truncated) {

    public static final ReportTimeline NONE = new ReportTimeline(List.of(), false);

    public ReportTimeline {
        rows = List.copyOf(rows);
    }
}
