package org.phonetriage.report;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.RegionFlow;

/**
 * The network across borders: calls and messages from the numbers of each region (rows) to those
 * of each other (columns), and, for large countries, the areas the numbers were issued in.
 */
final class RegionFlowsHtml {

    /** Area pairs listed, busiest first. */
    static final int AREAS_LISTED = 20;

    private final Markup m;
    private final XrefReport report;

    RegionFlowsHtml(Markup m, XrefReport report) {
        this.m = m;
        this.report = report;
    }

    void write() {
        m.raw("<section id=\"borders\">\n<h2>Across borders</h2>\n<p class=\"note\">Calls + messages from the ")
                .raw("numbers of a region (row) to those of a region (column): where the numbers were issued, ")
                .raw("not where their holders are.</p>\n");
        if (NetworkSectionsHtml.failed(m, report, "region_flows")) {
            return;
        }
        List<RegionFlow> flows = report.regionFlows();
        if (flows.isEmpty()) {
            m.raw("<p class=\"none\">None.</p>\n</section>\n");
            return;
        }
        Map<String, Long> cells = new TreeMap<>();
        TreeSet<String> regions = new TreeSet<>();
        Map<String, Long> areas = new TreeMap<>();
        for (RegionFlow f : flows) {
            regions.add(f.from());
            regions.add(f.to());
            cells.merge(f.from() + ">" + f.to(), f.calls() + f.messages(), Long::sum);
            if (f.fromArea() != null || f.toArea() != null) {
                areas.merge(place(f.from(), f.fromArea()) + " \u2192 " + place(f.to(), f.toArea()),
                        f.calls() + f.messages(), Long::sum);
            }
        }
        m.raw("<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th>from \\ to</th>");
        regions.forEach(r -> m.raw("<th>").text(r).raw("</th>"));
        m.raw("</tr></thead>\n<tbody>\n");
        for (String from : regions) {
            m.raw("<tr><th>").text(from).raw("</th>");
            for (String to : regions) {
                Long n = cells.get(from + ">" + to);
                m.raw("<td>").text(n == null ? "" : n).raw("</td>");
            }
            m.raw("</tr>\n");
        }
        m.raw("</tbody>\n</table></div>\n");
        if (!areas.isEmpty()) {
            m.raw("<h3>Areas</h3>\n<ul class=\"values\">");
            areas.entrySet().stream().sorted((a, b) -> Long.compare(b.getValue(), a.getValue())).limit(AREAS_LISTED)
                    .forEach(e -> m.raw("<li>").text(e.getKey()).raw(": ").text(e.getValue()).raw("</li>"));
            m.raw("</ul>\n");
        }
        m.raw("</section>\n");
    }

    private static String place(String region, String area) {
        return area == null || area.isBlank() ? region : region + " " + area;
    }
}
