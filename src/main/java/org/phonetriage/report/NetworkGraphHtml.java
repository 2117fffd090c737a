package org.phonetriage.report;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import org.phonetriage.report.ReportGraph.Link;
import org.phonetriage.report.ReportGraph.Node;

/**
 * The "Network graph" section: explanatory text written as HTML, the graph itself as embedded JSON
 * that network-graph.js draws with the inlined ECharts. With scripts off the section says so and
 * points to the tables that hold the same facts.
 */
final class NetworkGraphHtml {

    static final String CONTAINER_ID = "network-graph";
    static final String DATA_ID = "network-graph-data";

    private final Markup m;
    private final ReportGraph graph;
    private final DisplayTime time;

    NetworkGraphHtml(Markup m, ReportGraph graph, DisplayTime time) {
        this.m = m;
        this.graph = graph;
        this.time = time;
    }

    /** True when the page needs the graph library and script. */
    boolean drawn() {
        return graph.hasCommunications();
    }

    void section() {
        m.raw("<section id=\"network\">\n<h2>Network graph</h2>\n");
        if (!drawn()) {
            m.raw("<p class=\"none\">No calls or messages between identifiers: there is no network to draw.</p>\n")
                    .raw("</section>\n");
            return;
        }
        m.raw("<p class=\"note\">Seized devices (squares) are joined to their owners by short dashed owner ")
                .raw("links. A person the evidence proves (one human's numbers, accounts and SIMs: see Persons) is ")
                .raw("one node, named by his primary identifier; click it for all his identifiers. Persons and ")
                .raw("other identifiers are joined by their calls and messages, both ways (line width: the link ")
                .raw("weight, calls + messages). <strong class=\"lead\">Unseized key players</strong> are the leads. ")
                .raw("Contact-book entries are not drawn. Click a node for its details; drag to move, scroll to ")
                .raw("zoom. Labels are the phones' aliases, not proven identities.</p>\n<p class=\"note\">");
        if (graph.limited()) {
            m.raw("<strong>Only part of the network is drawn:</strong> ").text(graph.identifierCount())
                    .raw(" of ").text(graph.totalIdentifiers()).raw(" identifiers and ")
                    .text(graph.communicationLinkCount()).raw(" of ").text(graph.totalLinks())
                    .raw(" communicating pairs \u2014 the devices' owners, then those on two or more ")
                    .raw("devices and the key players, then the most active. Every call and message is in ")
                    .raw("<code>csv/timeline.csv</code>.");
        } else {
            m.raw("The whole network is drawn: ").text(graph.identifierCount())
                    .raw(" identifiers as ").text(graph.nodeCount()).raw(" nodes, and ")
                    .text(graph.communicationLinkCount()).raw(" communicating pairs.");
        }
        m.raw("</p>\n<noscript><p class=\"none\">The interactive graph needs JavaScript. The key players, ")
                .raw("device links and communities sections above and below give the same facts as tables.")
                .raw("</p></noscript>\n<div").attr("id", CONTAINER_ID).raw(" class=\"graph\"></div>\n")
                .jsonScript(DATA_ID, this::json)
                .raw("<p class=\"note credit\">Drawn with Apache ECharts ").text(GraphLibrary.VERSION)
                .raw(", embedded in this file (Apache License 2.0). ").text(GraphLibrary.NOTICE.replace('\n', ' '))
                .raw("</p>\n</section>\n");
    }

    private void json(JsonGenerator json) throws IOException {
        json.writeStartObject();
        json.writeStringField("zone", time.zone().getId());
        json.writeBooleanField("limited", graph.limited());
        json.writeArrayFieldStart("nodes");
        for (Node n : graph.nodes()) {
            node(json, n);
        }
        json.writeEndArray();
        json.writeArrayFieldStart("links");
        for (Link l : graph.links()) {
            link(json, l);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void node(JsonGenerator json, Node n) throws IOException {
        json.writeStartObject();
        json.writeStringField("id", n.id());
        json.writeStringField("kind", n.device() ? "device" : "identifier");
        json.writeStringField("label", n.device() ? n.ownerOf().get(0) : n.id());
        if (n.alias() == null) {
            json.writeNullField("alias");
        } else {
            json.writeStringField("alias", n.alias());
        }
        if (n.person() == null) {
            json.writeNullField("person");
        } else {
            json.writeStringField("person", n.person());
        }
        EmbeddedJson.strings(json, "keys", n.keys());
        json.writeStringField("type", n.type());
        json.writeBooleanField("seized", n.seized());
        json.writeBooleanField("lead", !n.device() && !n.seized() && n.keyPlayer() > 0);
        EmbeddedJson.strings(json, "ownerOf", n.ownerOf());
        EmbeddedJson.strings(json, "devices", n.devices());
        EmbeddedJson.strings(json, "names", n.names());
        json.writeNumberField("degree", n.degree());
        json.writeNumberField("weightedDegree", n.weightedDegree());
        json.writeNumberField("pagerank", rounded(n.pageRank()));
        json.writeNumberField("betweenness", rounded(n.betweenness()));
        json.writeNumberField("community", n.community());
        json.writeNumberField("keyPlayer", n.keyPlayer());
        json.writeEndObject();
    }

    private void link(JsonGenerator json, Link l) throws IOException {
        json.writeStartObject();
        json.writeStringField("source", l.source());
        json.writeStringField("target", l.target());
        json.writeStringField("kind", l.owner() ? "owner" : "communication");
        json.writeNumberField("weight", l.weight());
        if (!l.owner()) {
            json.writeNumberField("calls", l.calls());
            json.writeNumberField("messages", l.messages());
            json.writeNumberField("callsBack", l.callsBack());
            json.writeNumberField("messagesBack", l.messagesBack());
            json.writeNumberField("durationSeconds", l.durationSeconds());
            time(json, "first", l.firstSeen());
            time(json, "last", l.lastSeen());
            json.writeBooleanField("strong", l.strong());
        }
        EmbeddedJson.strings(json, "devices", l.devices());
        json.writeEndObject();
    }

    /** A time as shown in the display zone, with its UTC value for the tooltip. */
    private void time(JsonGenerator json, String field, String isoUtc) throws IOException {
        if (isoUtc == null) {
            json.writeNullField(field);
            return;
        }
        json.writeObjectFieldStart(field);
        json.writeStringField("utc", isoUtc);
        json.writeStringField("shown", time.format(isoUtc).orElse(isoUtc));
        json.writeEndObject();
    }

    private static double rounded(double score) {
        return Double.isFinite(score) ? Math.round(score * 1e6) / 1e6 : 0;
    }
}
