package org.phonetriage.report;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.phonetriage.model.Problem;
import org.phonetriage.store.CaseProblems;
import org.phonetriage.store.CaseReader;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.Counts;
import org.phonetriage.xref.XrefReport.DeviceLink;
import org.phonetriage.xref.XrefReport.DeviceSummary;
import org.phonetriage.xref.XrefReport.EvidenceRef;
import org.phonetriage.xref.XrefReport.IdentifierOnDevice;
import org.phonetriage.xref.XrefReport.KeyPlayer;
import org.phonetriage.xref.XrefReport.OwnerIdentifier;
import org.phonetriage.xref.XrefReport.Tool;

/**
 * Writes {@code report.html}: one self-contained page that opens offline. Inline CSS and scripts
 * only, allowed by hash ({@link PageAssets}): table sorting, the shared-identifiers table rendered
 * from embedded JSON, and the network graph drawn with the inlined ECharts. With scripts off the
 * page still reads: everything but the graph and the bulk of the identifier table is plain HTML.
 * Every value is HTML-escaped (or JSON-escaped in data blocks); times are shown in the examiner's
 * zone.
 */
public final class HtmlReportWriter {

    public static final String FILE_NAME = "report.html";
    public static final String NO_PROBLEMS = "No problems were recorded.";
    public static final String KEY_PLAYERS_NOT_COMPUTED = "Key players: not computed.";

    private List<CaseReader.Fact> facts = List.of();
    private List<UnreadFiles.Device> unread = List.of();
    private Map<String, List<DeviceCounterparts.Counterpart>> counterparts = Map.of();

    /** The facts recorded about the devices, listed on each device's page. */
    public HtmlReportWriter withDeviceFacts(List<CaseReader.Fact> deviceFacts) {
        this.facts = List.copyOf(deviceFacts);
        return this;
    }

    /** Each device's most frequent counterparts, listed on its page. */
    HtmlReportWriter withCounterparts(Map<String, List<DeviceCounterparts.Counterpart>> deviceCounterparts) {
        this.counterparts = Map.copyOf(deviceCounterparts);
        return this;
    }

    /** The files no parser read, listed in the "Not read" section. */
    public HtmlReportWriter withUnreadFiles(List<UnreadFiles.Device> unreadFiles) {
        this.unread = List.copyOf(unreadFiles);
        return this;
    }

    /**
     * Writes the report to {@code file}, whole or not at all ({@link AtomicOutput}), creating
     * missing parent folders.
     */
    public void write(XrefReport report, List<Problem> problems, ReportContext context, Path file)
            throws IOException {
        write(report, problems, context, ReportTimeline.NONE, ReportGraph.NONE, file);
    }

    /** The same, with the timeline of the network's core conversations and the graph to draw. */
    void write(XrefReport report, List<Problem> problems, ReportContext context, ReportTimeline timeline,
               ReportGraph graph, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        try (AtomicOutput out = AtomicOutput.create(file)) {
            write(report, problems, context, timeline, graph, out.writer());
            out.commit();
        }
    }

    /** Writes the report to {@code out}, which is left open. */
    public void write(XrefReport report, List<Problem> problems, ReportContext context, Writer out)
            throws IOException {
        write(report, problems, context, ReportTimeline.NONE, ReportGraph.NONE, out);
    }

    private void write(XrefReport report, List<Problem> problems, ReportContext context, ReportTimeline timeline,
                       ReportGraph graph, Writer out) throws IOException {
        try {
            new Page(new Markup(out), report, problems == null ? List.of() : problems, facts, context, timeline,
                    graph, unread, counterparts).write();
            out.flush();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    /** The page as a string, as {@link #write(XrefReport, List, ReportContext, Path)} writes it. */
    public String toHtml(XrefReport report, List<Problem> problems, ReportContext context) {
        return toHtml(report, problems, context, ReportGraph.NONE);
    }

    /** The same, with a network graph. */
    String toHtml(XrefReport report, List<Problem> problems, ReportContext context, ReportGraph graph) {
        StringWriter out = new StringWriter();
        try {
            write(report, problems, context, ReportTimeline.NONE, graph, out);
        } catch (IOException e) {
            throw new IllegalStateException("writing to memory failed", e);
        }
        return out.toString();
    }

    /** One rendering of one report. */
    private static final class Page {

        private final Markup m;
        private final XrefReport report;
        private final List<Problem> problems;
        private final List<CaseReader.Fact> facts;
        private final ReportContext context;
        private final DisplayTime time;
        private final IdentifierTableHtml identifierTable;
        private final NetworkSectionsHtml network;
        private final NetworkGraphHtml graph;
        private final ReportTimeline timeline;
        private final List<UnreadFiles.Device> unread;
        private final Map<String, List<DeviceCounterparts.Counterpart>> counterparts;

        Page(Markup m, XrefReport report, List<Problem> problems, List<CaseReader.Fact> facts, ReportContext context,
             ReportTimeline timeline, ReportGraph graph, List<UnreadFiles.Device> unread,
             Map<String, List<DeviceCounterparts.Counterpart>> counterparts) {
            this.m = m;
            this.report = report;
            this.problems = problems;
            this.facts = facts;
            this.context = context;
            this.time = new DisplayTime(context.zone());
            this.identifierTable = new IdentifierTableHtml(m, time);
            this.network = new NetworkSectionsHtml(m, report, time);
            this.graph = new NetworkGraphHtml(m, graph, time);
            this.timeline = timeline;
            this.unread = unread;
            this.counterparts = counterparts;
        }

        void write() {
            head();
            m.raw("<body>\n");
            header();
            m.raw("<main>\n");
            summary();
            new PersonSectionHtml(m, report).write();
            network.keyPlayers();
            graph.section();
            devices();
            links();
            new OtherCasesHtml(m, report, time).write();
            identifierTable.section(report.identifiers());
            network.personCandidates();
            network.communities();
            new RegionFlowsHtml(m, report).write();
            network.commonContacts();
            network.serviceIdentifiers();
            network.timeline(timeline.rows(), timeline.truncated());
            new DeviceSectionsHtml(m, report, problems, facts, time, counterparts, unread).write();
            new UnreadSectionHtml(m, unread).write();
            problems();
            // report.js first: it counts errors, including any raised while the others load
            m.raw("</main>\n<script>").raw(PageAssets.JS).raw("</script>\n");
            if (graph.drawn()) {
                m.raw("<script>").raw(GraphLibrary.SCRIPT).raw("</script>\n<script>").raw(PageAssets.GRAPH_JS)
                        .raw("</script>\n");
            }
            m.raw("</body>\n</html>\n");
        }

        private String caseTitle() {
            String title = context.caseTitle();
            return title == null || title.isBlank() ? "Untitled case" : title;
        }

        private void head() {
            m.raw("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
                    .raw("<meta http-equiv=\"Content-Security-Policy\"")
                    .attr("content", PageAssets.contentSecurityPolicy(graph.drawn())).raw(">\n")
                    .raw("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
                    .raw("<meta name=\"referrer\" content=\"no-referrer\">\n")
                    .raw("<title>").text(caseTitle()).raw(" \u2014 phonetriage report</title>\n")
                    .raw("<style>").raw(PageAssets.CSS).raw("</style>\n</head>\n");
        }

        private void header() {
            Tool tool = report.tool();
            m.raw("<header>\n").element("h1", caseTitle()).raw("\n<dl class=\"facts\">\n");
            fact("Report generated", time.format(context.generatedAt()));
            m.raw("<dt>Cross-reference computed</dt><dd>");
            IdentifierTableHtml.time(m, time, report.generatedAt());
            m.raw("</dd>\n");
            fact("Report written by", "phonetriage " + orUnknown(context.toolVersion()));
            fact("Cross-reference by", tool == null ? "unknown"
                    : orUnknown(tool.name()) + " " + orUnknown(tool.version())
                    + " with libphonenumber " + orUnknown(tool.libphonenumber()));
            m.raw("<dt>Time zone</dt><dd><strong>").text(time.zone().getId())
                    .raw("</strong> \u2014 every time below is shown in this zone with its UTC ")
                    .raw("offset; xref.json and the CSV files keep UTC.</dd>\n</dl>\n")
                    .raw("<nav><ul><li><a href=\"#summary\">Summary</a></li>")
                    .raw("<li><a href=\"#people\">Persons</a></li>")
                    .raw("<li><a href=\"#key-players\">Key players</a></li>")
                    .raw("<li><a href=\"#network\">Network graph</a></li>")
                    .raw("<li><a href=\"#devices\">Devices</a></li>")
                    .raw("<li><a href=\"#links\">Device links</a></li>")
                    .raw("<li><a href=\"#identifiers\">Shared identifiers</a></li>")
                    .raw("<li><a href=\"#persons\">Possibly one person</a></li>")
                    .raw("<li><a href=\"#communities\">Communities</a></li>")
                    .raw("<li><a href=\"#borders\">Across borders</a></li>")
                    .raw("<li><a href=\"#common-contacts\">Common contacts</a></li>")
                    .raw("<li><a href=\"#services\">Service identifiers</a></li>")
                    .raw("<li><a href=\"#timeline\">Timeline</a></li>")
                    .raw("<li><a href=\"#device-pages\">Per device</a></li>")
                    .raw("<li><a href=\"#unread\">Not read</a></li>")
                    .raw("<li><a href=\"#problems\">Problems</a></li></ul></nav>\n</header>\n");
        }

        private void fact(String name, Object value) {
            m.element("dt", name).element("dd", value).raw("\n");
        }

        private void summary() {
            List<DeviceLink> links = report.deviceLinks();
            long strongLinks = links.stream().filter(l -> "strong".equals(l.level())).count();
            long sharedByTwo = report.identifiers().stream()
                    .filter(i -> i.devices().stream().map(IdentifierOnDevice::label).distinct().count() >= 2)
                    .count();
            m.raw("<section id=\"summary\">\n<h2>Summary</h2>\n<dl class=\"facts\">\n");
            fact("Devices", report.devices().size());
            fact("Shared identifiers", report.identifiers().size() + " listed, " + sharedByTwo
                    + " of them on two or more devices");
            fact("Device links", links.size() + " (" + strongLinks + " strong, "
                    + (links.size() - strongLinks) + " candidate)");
            fact("Key players", report.failedAnalyses().contains("key_players") ? "failed (see Problems)"
                    : report.keyPlayers().isEmpty() ? "not computed"
                    : String.valueOf(report.keyPlayers().size()));
            fact("Problems", problems.size());
            fact("Not read", unreadSummary());
            m.raw("</dl>\n</section>\n");
        }

        private void devices() {
            m.raw("<section id=\"devices\">\n<h2>Devices</h2>\n");
            if (report.devices().isEmpty()) {
                m.raw("<p class=\"none\">No devices.</p>\n</section>\n");
                return;
            }
            m.raw("<div class=\"scroll\"><table class=\"sortable\">\n<thead><tr><th>Label</th>")
                    .raw("<th>Platform</th><th>Evidence (path, SHA-256)</th><th>Format</th>")
                    .raw("<th>Home region</th><th>Owner identifiers</th><th>Contacts</th>")
                    .raw("<th>Calls</th><th>Messages</th><th>Identifiers</th><th title=\"contacts, calls and messages recovered"
                            + " from deleted database bytes, not in the counts before\">Recovered</th></tr></thead>\n<tbody>\n");
            for (DeviceSummary d : report.devices()) {
                m.raw("<tr>").raw("<td>").evidenceText(d.label()).raw("</td>").td(d.platform());
                evidenceCells(d.evidence());
                m.raw("<td>");
                if (d.homeRegion() == null || d.homeRegion().isBlank()) {
                    m.raw("<span class=\"none\">not determined</span>");
                } else {
                    m.text(d.homeRegion());
                }
                m.raw("<br><span class=\"muted\">basis: ").text(orUnknown(d.regionBasis()))
                        .raw("</span></td>");
                ownerCell(d.ownerIdentifiers());
                Counts c = d.counts();
                if (c == null) {
                    m.raw("<td></td>".repeat(5));
                } else {
                    m.tdNumber(c.contacts()).tdNumber(c.calls()).tdNumber(c.messages())
                            .tdNumber(c.identifiers()).tdNumber(c.recovered());
                }
                m.raw("</tr>\n");
            }
            m.raw("</tbody>\n</table></div>\n</section>\n");
        }

        private void evidenceCells(List<EvidenceRef> evidence) {
            m.raw("<td>");
            for (EvidenceRef e : evidence) {
                m.raw("<div>").evidenceText(e.path()).raw("<br><code").attr("title", e.sha256())
                        .raw(">").text(shortHash(e.sha256())).raw("</code></div>");
            }
            m.raw("</td><td>");
            for (EvidenceRef e : evidence) {
                m.element("div", e.format());
            }
            m.raw("</td>");
        }

        private void ownerCell(List<OwnerIdentifier> owners) {
            if (owners.isEmpty()) {
                m.raw("<td><span class=\"none\">none found</span></td>");
                return;
            }
            m.raw("<td><ul class=\"values\">");
            for (OwnerIdentifier o : owners) {
                m.raw("<li><code>").evidenceText(o.key()).raw("</code> <span class=\"muted\">(")
                        .text(o.basis()).raw(")</span></li>");
            }
            m.raw("</ul></td>");
        }

        private void links() {
            m.raw("<section id=\"links\">\n<h2>Device links</h2>\n<p class=\"note\">Two seized ")
                    .raw("devices are linked when an owner identifier of one occurs on the other. ")
                    .raw("A common contact alone is not a link.</p>\n");
            if (NetworkSectionsHtml.failed(m, report, "device_links")) {
                return;
            }
            if (report.deviceLinks().isEmpty()) {
                m.raw("<p class=\"none\">No device links were found.</p>\n</section>\n");
                return;
            }
            m.raw("<div class=\"scroll\"><table class=\"sortable\">\n<thead><tr><th>Devices</th>")
                    .raw("<th>Relation</th><th>Level</th><th>Via</th><th>Calls</th><th>Messages</th>")
                    .raw("<th>Contact entries</th><th>First contact</th><th>Last contact</th></tr></thead>\n<tbody>\n");
            for (DeviceLink link : report.deviceLinks()) {
                m.raw("<tr><td>");
                List<String> pair = link.devices();
                for (int i = 0; i < pair.size(); i++) {
                    m.raw(i == 0 ? "" : " \u2194 ").evidenceText(pair.get(i));
                }
                m.raw("</td>").td(relation(link.relation())).raw("<td>");
                IdentifierTableHtml.level(m, link.level());
                m.raw("</td><td>");
                IdentifierTableHtml.codeList(m, link.via(), "none");
                m.raw("</td>").tdNumber(link.calls()).tdNumber(link.messages())
                        .tdNumber(link.contactEntries()).raw("<td>");
                IdentifierTableHtml.time(m, time, link.firstContact());
                m.raw("</td><td>");
                IdentifierTableHtml.time(m, time, link.lastContact());
                m.raw("</td></tr>\n");
            }
            m.raw("</tbody>\n</table></div>\n</section>\n");
        }

        private void problems() {
            m.raw("<section id=\"problems\">\n<h2>Problems</h2>\n");
            if (problems.isEmpty()) {
                m.raw("<p class=\"none\">").text(NO_PROBLEMS).raw("</p>\n</section>\n");
                return;
            }
            m.raw("<p class=\"note\">Parts of the evidence that could not be read as expected, and analyses or ")
                    .raw("outputs that failed; the rest was processed.</p>\n<div class=\"scroll\"><table class=\"sortable\">")
                    .raw("\n<thead><tr><th>Evidence</th><th>Path</th><th>Reason</th></tr></thead>")
                    .raw("\n<tbody>\n");
            for (Problem p : problems) {
                m.raw("<tr><td>").evidenceText(p.evidence()).raw("</td><td>");
                if (CaseProblems.isCaseLevel(p)) {
                    m.raw("<span class=\"none\">the case</span>");
                } else if (p.path() == null || p.path().isEmpty()) {
                    m.raw("<span class=\"none\">the item itself</span>");
                } else {
                    m.evidenceText(p.path());
                }
                m.raw("</td><td>").evidenceText(p.reason()).raw("</td></tr>\n");
            }
            m.raw("</tbody>\n</table></div>\n</section>\n");
        }

        /** "14 databases, plists and XML files listed, 212 other files counted". */
        private String unreadSummary() {
            long listed = unread.stream().mapToLong(d -> d.listed().size()).sum();
            long counted = unread.stream().mapToLong(UnreadFiles.Device::countedFiles).sum();
            return listed + " databases, plists and XML files listed, " + counted + " other files counted";
        }

        private static String shortHash(String sha256) {
            return sha256 == null || sha256.length() <= 16 ? sha256
                    : sha256.substring(0, 12) + "\u2026";
        }

        private static String relation(String relation) {
            if (relation == null) {
                return "";
            }
            return switch (relation) {
                case "same-owner" -> "same owner (e.g. two phones of one person)";
                case "sim-in-phone" -> "this SIM card was in this phone";
                case "shared-imsi" -> "one IMSI under different ICCIDs: a cloned SIM or test cards, not one owner";
                case "contact-only" -> "saved numbers only";
                default -> relation;
            };
        }

        private static String orUnknown(String value) {
            return value == null || value.isBlank() ? "unknown" : value;
        }
    }
}
