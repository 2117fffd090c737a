package org.phonetriage.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.phonetriage.parsers.FileParsers;
import org.phonetriage.parsers.ParserDescriptor;
import org.phonetriage.parsers.sqlite.SqliteDefinitions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List every parser: id, title, platform and version.")
final class FormatsCommand extends CommandOutput implements Callable<Integer> {

    @Option(names = "--json", description = "Print a JSON array (id, platform, version, title) instead of a table.")
    boolean json;

    @Override
    public Integer call() throws Exception {
        List<ParserDescriptor> parsers = new ArrayList<>();
        SqliteDefinitions.builtIn().all().forEach(d -> parsers.add(d.descriptor()));
        FileParsers.builtIn().all().forEach(p -> parsers.add(p.descriptor()));
        parsers.sort(Comparator.comparing(ParserDescriptor::id));
        if (json) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (ParserDescriptor p : parsers) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("id", p.id());
                row.put("platform", p.platform());
                row.put("version", p.version());
                row.put("title", p.title());
                rows.add(row);
            }
            out().println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).writeValueAsString(rows));
            return Main.OK;
        }
        String row = "%-38s %-9s %-8s %s%n";
        out().printf(row, "ID", "PLATFORM", "VERSION", "TITLE");
        for (ParserDescriptor p : parsers) {
            out().printf(row, p.id(), p.platform(), p.version(), p.title());
        }
        return Main.OK;
    }
}
