package org.phonetriage.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.phonetriage.xref.XrefReport;
import org.phonetriage.xref.XrefReport.DeviceLink;
import org.phonetriage.xref.XrefReport.DeviceSummary;
import org.phonetriage.xref.XrefReport.IdentifierOnDevice;
import org.phonetriage.xref.XrefReport.SharedIdentifier;

/**
 * The one Jackson configuration for {@code xref.json}, shared by the writer and the reader so the
 * two can never disagree about names or layout.
 */
final class XrefJson {

    /**
     * Keys come from the record components in declaration order (creator properties first), which
     * is the contract's order; alphabetical sorting stays off. Unknown keys are ignored on read:
     * within a version, fields may be added, so an older reader must accept a newer file.
     */
    static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
            .enable(MapperFeature.SORT_CREATOR_PROPERTIES_FIRST)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    /**
     * Two-space indent, {@code "key": value}, every array and object on its own lines, empty ones
     * as {@code []} / {@code {}}, and "\n" line ends on every OS so output is byte-identical.
     */
    static DefaultPrettyPrinter prettyPrinter() {
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        Separators separators = Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withObjectEmptySeparator("")
                .withArrayEmptySeparator("");
        return new DefaultPrettyPrinter(separators)
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }

    /**
     * Replaces every null list with an empty one. Scripts iterate these lists without null checks,
     * so a list is never written (or handed back after reading) as null. Scalars stay as they are.
     */
    static XrefReport withEmptyListsForNulls(XrefReport r) {
        return new XrefReport(r.format(), r.version(), r.generatedAt(), r.tool(),
                map(r.devices(), XrefJson::device), map(r.identifiers(), XrefJson::identifier),
                map(r.deviceLinks(), XrefJson::link), list(r.keyPlayers()));
    }

    private static DeviceSummary device(DeviceSummary d) {
        return new DeviceSummary(d.label(), d.platform(), list(d.evidence()), d.homeRegion(),
                d.regionBasis(), list(d.ownerIdentifiers()), d.counts());
    }

    private static SharedIdentifier identifier(SharedIdentifier i) {
        return new SharedIdentifier(i.key(), i.type(), i.confidence(), list(i.ownerOf()),
                map(i.devices(), XrefJson::onDevice));
    }

    private static IdentifierOnDevice onDevice(IdentifierOnDevice o) {
        return new IdentifierOnDevice(o.label(), o.level(), o.rule(), list(o.roles()),
                o.occurrences(), list(o.names()), list(o.raw()), o.firstSeen(), o.lastSeen());
    }

    private static DeviceLink link(DeviceLink l) {
        return new DeviceLink(list(l.devices()), l.level(), list(l.via()), l.calls(), l.messages(),
                l.contactEntries());
    }

    private static <T> List<T> list(List<T> values) {
        return values == null ? List.of() : values;
    }

    private static <T> List<T> map(List<T> values, UnaryOperator<T> normalize) {
        // Collectors.toList, not Stream.toList's List.of semantics: keep order, tolerate nulls.
        return values == null ? List.of()
                : values.stream().map(v -> v == null ? null : normalize.apply(v))
                        .collect(Collectors.toList());
    }

    static void requireFormat(XrefReport report) throws IOException {
        if (!Objects.equals(report.format(), XrefReport.FORMAT)) {
            throw new IOException("not an xref.json: format is \"" + report.format()
                    + "\", expected \"" + XrefReport.FORMAT + "\"");
        }
        if (report.version() != XrefReport.VERSION) {
            throw new IOException("xref.json version " + report.version()
                    + " is not supported; this tool reads version " + XrefReport.VERSION);
        }
    }

    private XrefJson() {
    }
}
