package org.phonetriage.cli;

import java.util.concurrent.Callable;
import org.phonetriage.parser.ParserDescriptor;
import org.phonetriage.parser.sqlite.SqliteDefinition;
import org.phonetriage.parser.sqlite.SqliteDefinitions;
import picocli.CommandLine.Command;

@Command(name = "formats", mixinStandardHelpOptions = true,
        description = "List every parser: id, title, platform and version.")
final class FormatsCommand implements Callable<Integer> {

    @Override
    public Integer call() {
        String row = "%-38s %-9s %-8s %s%n";
        System.out.printf(row, "ID", "PLATFORM", "VERSION", "TITLE");
        for (SqliteDefinition d : SqliteDefinitions.builtIn().all()) {
            ParserDescriptor p = d.descriptor();
            System.out.printf(row, p.id(), p.platform(), p.version(), p.title());
        }
        return Main.OK;
    }
}
