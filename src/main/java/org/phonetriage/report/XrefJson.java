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
import java.util.Objects;
import org.phonetriage.xref.XrefReport;

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
