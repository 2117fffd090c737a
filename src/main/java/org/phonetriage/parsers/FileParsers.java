package org.phonetriage.parsers;

import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** The code parsers on the class path, found through {@link ServiceLoader}, in id order. */
public final class FileParsers {

    private final List<FileParser> all;

    private FileParsers(List<FileParser> all) {
        this.all = List.copyOf(all);
    }

    public static FileParsers builtIn() {
        return new FileParsers(ServiceLoader.load(FileParser.class).stream().map(ServiceLoader.Provider::get)
                .sorted(Comparator.comparing(p -> p.descriptor().id())).toList());
    }

    /** These parsers and one more (a parser made from the examiner's options, such as --map). */
    public FileParsers with(FileParser extra) {
        List<FileParser> more = new java.util.ArrayList<>(all);
        more.add(extra);
        return new FileParsers(more);
    }

    /** These parsers with one made from the examiner's options in place of the built-in one of its id. */
    public FileParsers replacing(FileParser configured) {
        List<FileParser> more = new java.util.ArrayList<>(all.stream()
                .filter(p -> !p.descriptor().id().equals(configured.descriptor().id())).toList());
        more.add(configured);
        more.sort(Comparator.comparing(p -> p.descriptor().id()));
        return new FileParsers(more);
    }

    public List<FileParser> all() {
        return all;
    }

    /** The parsers that read this file. */
    public List<FileParser> matching(String path, String mediaType) {
        return all.stream().filter(p -> p.accepts(path, mediaType)).toList();
    }
}
