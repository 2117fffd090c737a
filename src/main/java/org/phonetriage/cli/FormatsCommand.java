package org.phonetriage.cli;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import org.phonetriage.parser.FileParsers;
import org.phonetriage.parser.ParserDescriptor;
import org.phonetriage.parser.sqlite.SqliteDefinitions;
import picocli.CommandLine.Command;

@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List every parser: id, title, platform and version.")
final class FormatsCommand extends CommandOutput implements Callable<Integer> {

    @Override
    public Integer call() {
        String row = "%-38s %-9s %-8s %s%n";
        out().printf(row, "ID", "PLATFORM", "VERSION", "TITLE");
        List<ParserDescriptor> parsers = new ArrayList<>();
        SqliteDefinitions.builtIn().all().forEach(d -> parsers.add(d.descriptor()));
        FileParsers.builtIn().all().forEach(p -> parsers.add(p.descriptor()));
        parsers.sort(Comparator.comparing(ParserDescriptor::id));
        for (ParserDescriptor p : parsers) {
            out().printf(row, p.id(), p.platform(), p.version(), p.title());
        }
        return Main.OK;
    }
}
