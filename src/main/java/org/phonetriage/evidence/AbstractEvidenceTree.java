package org.phonetriage.evidence;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.phonetriage.model.Problem;
import org.phonetriage.model.ProblemCode;

/** What every tree shares: identity, the sorted entry list and the problem list. */
abstract class AbstractEvidenceTree implements EvidenceTree {

    private final String label;
    private final Path source;
    private final String format;
    private final SortedMap<String, EvidenceEntry> byPath = new TreeMap<>();
    private List<EvidenceEntry> entries = List.of();
    private final List<Problem> problems = Collections.synchronizedList(new ArrayList<>());

    AbstractEvidenceTree(String label, Path source, String format) {
        this.label = label;
        this.source = source;
        this.format = format;
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public Path source() {
        return source;
    }

    @Override
    public String format() {
        return format;
    }

    @Override
    public List<EvidenceEntry> entries() {
        return entries;
    }

    @Override
    public Optional<EvidenceEntry> find(String path) {
        return Optional.ofNullable(byPath.get(path));
    }

    @Override
    public List<Problem> problems() {
        synchronized (problems) {
            return List.copyOf(problems);
        }
    }

    @Override
    public String toString() {
        return format + " " + label + " (" + source + ")";
    }

    // --- for subclasses while listing ---

    boolean isListed(String path) {
        return byPath.containsKey(path);
    }

    int listedCount() {
        return byPath.size();
    }

    void accept(EvidenceEntry entry) {
        byPath.put(entry.path(), entry);
    }

    /** Freezes the listing; call once, at the end of the constructor. */
    void finishListing() {
        entries = List.copyOf(byPath.values());
    }

    void problem(String path, String reason) {
        problems.add(new Problem(label, path, reason, ProblemCode.ENTRY_NOT_READ));
    }

    /** Guards open(): only listed entries may be read, never an arbitrary path. */
    EvidenceEntry requireListed(EvidenceEntry entry) throws IOException {
        EvidenceEntry listed = entry == null ? null : byPath.get(entry.path());
        if (listed == null) {
            throw new NoSuchFileException(label + ": " + (entry == null ? null : entry.path()),
                    null, "not an entry of this evidence item");
        }
        return listed;
    }
}
