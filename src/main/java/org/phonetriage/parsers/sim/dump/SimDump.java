package org.phonetriage.parsers.sim.dump;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** The files of one SIM/UICC dump, and the problems met reading it. */
public final class SimDump {

    /** AID prefixes of the applications the decoders look into (ETSI TS 101 220). */
    private static final Map<String, String> APPLICATIONS = Map.of("A0000000871002", "ADF_USIM",
            "A0000000871004", "ADF_ISIM");

    private final String format;
    private final Map<String, ElementaryFile> files = new LinkedHashMap<>();
    private final List<String> problems = new ArrayList<>();

    public SimDump(String format) {
        this.format = format;
    }

    /** "pysim-export", "simdump" … */
    public String format() {
        return format;
    }

    public void add(ElementaryFile file) {
        if (files.containsKey(file.path())) {
            problems.add(file.path() + ": appears twice in the dump; the first copy is used");
            return;
        }
        files.put(file.path(), file);
    }

    public void problem(String message) {
        problems.add(message);
    }

    public List<String> problems() {
        return Collections.unmodifiableList(problems);
    }

    public Map<String, ElementaryFile> files() {
        return Collections.unmodifiableMap(files);
    }

    /**
     * The first file with content among the given paths, where {@code ADF_USIM}/{@code ADF_ISIM}
     * stand for any application of that type, e.g. {@code find("ADF_USIM/6F07", "7F20/6F07")}.
     * Paths are relative to the MF.
     */
    public Optional<ElementaryFile> find(String... relativePaths) {
        for (String wanted : relativePaths) {
            for (ElementaryFile f : files.values()) {
                if (f.hasContent() && matches(f.path(), "3F00/" + wanted)) {
                    return Optional.of(f);
                }
            }
        }
        return Optional.empty();
    }

    /** The files at the given paths that the reader could not read, for problems. */
    public List<ElementaryFile> unreadable(String... relativePaths) {
        List<ElementaryFile> out = new ArrayList<>();
        for (String wanted : relativePaths) {
            files.values().stream().filter(f -> f.error() != null && matches(f.path(), "3F00/" + wanted))
                    .forEach(out::add);
        }
        return out;
    }

    private static boolean matches(String path, String pattern) {
        String[] p = path.split("/");
        String[] w = pattern.split("/");
        if (p.length != w.length) {
            return false;
        }
        for (int i = 0; i < p.length; i++) {
            if (!p[i].equals(w[i]) && !(w[i].startsWith("ADF_") && w[i].equals(applicationAlias(p[i])))) {
                return false;
            }
        }
        return true;
    }

    /** ADF_USIM for ADF_A0000000871002…, else the component itself. */
    static String applicationAlias(String component) {
        if (component.startsWith("ADF_") && component.length() >= 18) {
            return APPLICATIONS.getOrDefault(component.substring(4, 18), component);
        }
        return component;
    }

    /**
     * The canonical path of a FID path in pySim's spelling ({@code 3f00/a0000000871002/6f07}):
     * upper case, an AID written ADF_<AID>, 7FFF (the current ADF alias) kept as ADF_USIM.
     */
    public static String canonical(String fidPath) {
        StringBuilder out = new StringBuilder();
        for (String c : fidPath.trim().split("/")) {
            if (c.isEmpty()) {
                continue;
            }
            String u = c.toUpperCase(Locale.ROOT);
            if (u.startsWith("ADF_")) {
                // already canonical
            } else if (u.equals("7FFF")) {
                u = "ADF_USIM";
            } else if (u.length() > 4) {
                u = "ADF_" + u;
            }
            out.append(out.length() == 0 ? "" : "/").append(u);
        }
        return out.toString();
    }
}
