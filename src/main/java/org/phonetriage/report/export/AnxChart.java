package org.phonetriage.report.export;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.phonetriage.report.export.ExportGraph.ExportNode;
import org.phonetriage.report.export.ExportGraph.Link;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.DeviceSummary;
import org.phonetriage.xref.XrefReport.EvidenceRef;

/**
 * {@code i2/case.anx}: the graph as an Analyst's Notebook chart in ANX XML, which ANB opens
 * without an import specification. {@code IdReferenceLinking="false"} makes a link's
 * {@code End1Id}/{@code End2Id} refer to the {@code EntityId} of entities in the same chart (the
 * node ids of {@link ExportGraph}). Collections come in the order of the ANX schema: attribute
 * classes, entity types, link types, then the chart items (entities first, then links).
 *
 * <p>Entities sit on a square grid (ANB has no automatic placement on open; the analyst applies a
 * layout). Links keep their direction (arrow on the recipient) and are drawn as separate lines
 * when two identifiers have several (a call edge and a contact entry). A communication link is
 * dated at its first call or message so it shows on ANB's timeline.
 */
final class AnxChart {

    private static final int GRID_SPACING = 150;

    /** An ANB attribute class: a name shown as prefix, and its ANX type. */
    private record AttributeClass(String name, String type) {
    }

    private static final AttributeClass IDENTIFIER_TYPE = new AttributeClass("Identifier type", "AttText");
    private static final AttributeClass SEIZED = new AttributeClass("Seized", "AttFlag");
    private static final AttributeClass HELD_BY = new AttributeClass("Devices holding it", "AttNumber");
    private static final AttributeClass NAMES = new AttributeClass("Names", "AttText");
    private static final AttributeClass COMMUNITY = new AttributeClass("Community", "AttNumber");
    private static final AttributeClass PLATFORM = new AttributeClass("Platform", "AttText");
    private static final AttributeClass EVIDENCE = new AttributeClass("Evidence SHA-256", "AttText");
    private static final AttributeClass CALLS = new AttributeClass("Calls", "AttNumber");
    private static final AttributeClass MESSAGES = new AttributeClass("Messages", "AttNumber");
    private static final AttributeClass DURATION = new AttributeClass("Duration (s)", "AttNumber");
    private static final AttributeClass FIRST_SEEN = new AttributeClass("First seen", "AttTime");
    private static final AttributeClass LAST_SEEN = new AttributeClass("Last seen", "AttTime");
    private static final AttributeClass SEEN_ON = new AttributeClass("Seen on devices", "AttText");
    private static final AttributeClass SAVED_AS = new AttributeClass("Saved as", "AttText");
    /** A link's attributes, in the order written. */
    private static final AttributeClass[] LINK_ATTRIBUTES = {CALLS, MESSAGES, DURATION, FIRST_SEEN, LAST_SEEN, SEEN_ON,
        SAVED_AS};
    private static final List<AttributeClass> ATTRIBUTE_CLASSES = List.of(IDENTIFIER_TYPE, SEIZED, HELD_BY, NAMES,
            COMMUNITY, PLATFORM, EVIDENCE, CALLS, MESSAGES, DURATION, FIRST_SEEN, LAST_SEEN, SEEN_ON, SAVED_AS);

    /** Link type colours (ANB colours are BGR integers): calls red, messages blue, the rest grey. */
    private static final Map<String, Integer> LINK_COLOURS = Map.of(ExportGraph.CALL, 255,
            ExportGraph.MESSAGE, 16711680, ExportGraph.CONTACT, 8421504, ExportGraph.OWNER, 0);

    private final ExportGraph graph;
    private final Map<String, DeviceSummary> devices = new HashMap<>();
    /** A link's devices as its attribute shows them, joined once per list (links share a few). */
    private final Map<List<String>, String> joinedDevices = new HashMap<>();

    AnxChart(ExportGraph graph, XrefReport xref) {
        this.graph = graph;
        if (xref != null) {
            xref.devices().forEach(d -> devices.put(d.label(), d));
        }
    }

    void write(Path file) throws IOException {
        try (XmlOutput xml = XmlOutput.create(file)) {
            xml.start("Chart");
            xml.attribute("IdReferenceLinking", false);
            writeAttributeClasses(xml);
            writeEntityTypes(xml);
            writeLinkTypes(xml);
            xml.start("ChartItemCollection");
            List<ExportNode> nodes = graph.nodes();
            int columns = Math.max(1, (int) Math.ceil(Math.sqrt(nodes.size())));
            for (int i = 0; i < nodes.size(); i++) {
                writeEntity(xml, nodes.get(i), (i % columns) * GRID_SPACING, (i / columns) * GRID_SPACING);
            }
            for (Link link : graph.links()) {
                writeLink(xml, link);
            }
            xml.commit();
        }
    }

    private static void writeAttributeClasses(XmlOutput xml) throws IOException {
        xml.start("AttributeClassCollection");
        for (AttributeClass c : ATTRIBUTE_CLASSES) {
            xml.empty("AttributeClass");
            xml.attribute("Name", c.name());
            xml.attribute("Type", c.type());
            xml.attribute("ShowValue", true);
            xml.attribute("ShowPrefix", true);
            xml.attribute("Prefix", c.name() + ": ");
        }
        xml.end();
    }

    /** Only the types this chart uses, sorted by name. */
    private void writeEntityTypes(XmlOutput xml) throws IOException {
        Map<String, String> iconByName = new TreeMap<>();
        for (ExportNode node : graph.nodes()) {
            AnbEntityType type = AnbEntityType.of(node);
            iconByName.put(type.name(), type.icon());
        }
        xml.start("EntityTypeCollection");
        for (Map.Entry<String, String> type : iconByName.entrySet()) {
            xml.empty("EntityType");
            xml.attribute("Name", type.getKey());
            xml.attribute("IconFile", type.getValue());
            xml.attribute("PreferredRepresentation", "RepresentAsIcon");
        }
        xml.end();
    }

    private static void writeLinkTypes(XmlOutput xml) throws IOException {
        xml.start("LinkTypeCollection");
        for (String kind : List.of(ExportGraph.CALL, ExportGraph.MESSAGE, ExportGraph.CONTACT, ExportGraph.OWNER)) {
            xml.empty("LinkType");
            xml.attribute("Name", kind);
            xml.attribute("Colour", LINK_COLOURS.get(kind));
        }
        xml.end();
    }

    private void writeEntity(XmlOutput xml, ExportNode node, int x, int y) throws IOException {
        xml.start("ChartItem");
        xml.attribute("Label", I2Export.label(node));
        xml.attribute("XPosition", x); // ANB 7 and later read X here, ANB 6 from End
        xml.start("End");
        xml.attribute("X", x);
        xml.attribute("Y", y);
        xml.start("Entity");
        xml.attribute("EntityId", node.id());
        xml.attribute("Identity", node.identity());
        xml.attribute("LabelIsIdentity", false);
        xml.start("Icon");
        xml.empty("IconStyle");
        xml.attribute("Type", AnbEntityType.of(node).name());
        xml.end();
        xml.end();
        xml.end();
        writeAttributes(xml, entityAttributes(node));
        xml.end();
    }

    private Map<AttributeClass, Object> entityAttributes(ExportNode node) {
        Map<AttributeClass, Object> values = new LinkedHashMap<>();
        if (node.isDevice()) {
            values.put(PLATFORM, node.device().platform());
            DeviceSummary summary = devices.get(node.device().label());
            if (summary != null && !summary.evidence().isEmpty()) {
                values.put(EVIDENCE, ListText.joined(summary.evidence().stream().map(EvidenceRef::sha256).toList()));
            }
        } else {
            String key = node.identifier().key;
            values.put(IDENTIFIER_TYPE, node.type());
            values.put(SEIZED, node.identifier().seized());
            values.put(HELD_BY, node.identifier().devices.size());
            values.put(NAMES, node.names().isEmpty() ? null : ListText.joined(node.names()));
            int community = graph.metrics().community(key);
            values.put(COMMUNITY, community == 0 ? null : community);
        }
        return values;
    }

    private void writeLink(XmlOutput xml, Link link) throws IOException {
        xml.start("ChartItem");
        xml.attribute("Label", linkLabel(link));
        if (link.firstSeen() != null) {
            xml.attribute("DateTime", link.firstSeen());
            xml.attribute("DateSet", true);
            xml.attribute("TimeSet", true);
        }
        xml.start("Link");
        xml.attribute("End1Id", link.source().id());
        xml.attribute("End2Id", link.target().id());
        xml.empty("LinkStyle");
        xml.attribute("ArrowStyle", "ArrowOnHead");
        xml.attribute("Type", link.kind());
        xml.attribute("MlStyle", "MultiplicityMultiple");
        xml.end();
        writeAttributes(xml, LINK_ATTRIBUTES, new Object[] {link.calls(), link.messages(), link.durationSeconds(),
                link.firstSeen(), link.lastSeen(), joinedDevices.computeIfAbsent(link.devices(), ListText::joined),
                link.name()});
        xml.end();
    }

    /** "2 calls, 1 message" for communication; the saved name for a contact entry; else the kind. */
    private static String linkLabel(Link link) {
        if (link.isCommunication()) {
            // one builder, not a list of parts joined: a label per link
            StringBuilder label = new StringBuilder(24);
            if (link.calls() > 0) {
                label.append(link.calls()).append(link.calls() == 1 ? " call" : " calls");
            }
            if (link.messages() > 0) {
                label.append(label.length() > 0 ? ", " : "").append(link.messages())
                        .append(link.messages() == 1 ? " message" : " messages");
            }
            return label.toString();
        }
        return ExportGraph.CONTACT.equals(link.kind()) && link.name() != null ? link.name() : link.kind();
    }

    /**
     * {@code values[i]} of {@code classes[i]}, those not null, in that order: a link's, without a map
     * per link (one link per edge of the graph).
     */
    private static void writeAttributes(XmlOutput xml, AttributeClass[] classes, Object[] values) throws IOException {
        boolean any = false;
        for (Object v : values) {
            any |= v != null;
        }
        if (!any) {
            return;
        }
        xml.start("AttributeCollection");
        for (int i = 0; i < classes.length; i++) {
            if (values[i] != null) {
                xml.empty("Attribute");
                xml.attribute("AttributeClass", classes[i].name());
                xml.attribute("Value", values[i]);
            }
        }
        xml.end();
    }

    /** The non-null values, in the given order; no collection at all when none is set. */
    private static void writeAttributes(XmlOutput xml, Map<AttributeClass, Object> values) throws IOException {
        if (values.values().stream().allMatch(v -> v == null)) {
            return;
        }
        xml.start("AttributeCollection");
        for (Map.Entry<AttributeClass, Object> v : values.entrySet()) {
            if (v.getValue() != null) {
                xml.empty("Attribute");
                xml.attribute("AttributeClass", v.getKey().name());
                xml.attribute("Value", v.getValue());
            }
        }
        xml.end();
    }
}
