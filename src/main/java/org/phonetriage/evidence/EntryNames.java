package org.phonetriage.evidence;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Turns entry names as written in an archive into safe relative '/'-separated paths, and decides
 * whether a link target stays inside the tree. Shared by zip and tar so both follow one rule set:
 * backslashes become '/', a leading '/', '\' or drive letter is stripped (phone extractions often
 * store absolute names such as {@code /private/var/mobile/...}), '.' and empty segments vanish,
 * and any '..' segment is refused outright rather than resolved (it has no innocent use in an
 * extraction and is the classic "zip slip").
 */
final class EntryNames {

    /** The outcome of cleaning one name: a safe path, or the reason it was refused. */
    record Cleaned(String path, String refusal) {
        boolean accepted() {
            return refusal == null;
        }
    }

    private EntryNames() {
    }

    static Cleaned clean(String raw) {
        if (raw == null || raw.isEmpty()) {
            return new Cleaned(null, "entry has an empty name");
        }
        if (raw.indexOf('\0') >= 0) {
            return new Cleaned(null, "name contains a NUL character, refused");
        }
        String name = raw.replace('\\', '/');
        if (name.length() >= 2 && name.charAt(1) == ':' && Character.isLetter(name.charAt(0))) {
            name = name.substring(2); // "C:/Users/..." from archives made on Windows
        }
        StringBuilder out = new StringBuilder(name.length());
        for (String segment : name.split("/")) {
            if (segment.isEmpty() || segment.equals(".")) {
                continue;
            }
            if (segment.equals("..")) {
                return new Cleaned(null, "name contains '..', refused (path traversal)");
            }
            if (out.length() > 0) {
                out.append('/');
            }
            out.append(segment);
        }
        if (out.length() == 0) {
            return new Cleaned(null, "entry has an empty name");
        }
        return new Cleaned(out.toString(), null);
    }

    /**
     * Resolves a link target against the link's own (cleaned) path, lexically.
     *
     * @return the target's path inside the tree, or null when it leaves the tree. An absolute
     *         target counts as leaving: it names the examiner's machine once extracted.
     */
    static String resolveLink(String linkPath, String target) {
        if (target == null || target.isEmpty()) {
            return null;
        }
        String t = target.replace('\\', '/');
        if (t.startsWith("/") || (t.length() >= 2 && t.charAt(1) == ':')) {
            return null;
        }
        Deque<String> parts = new ArrayDeque<>();
        int slash = linkPath.lastIndexOf('/');
        if (slash > 0) {
            for (String s : linkPath.substring(0, slash).split("/")) {
                parts.addLast(s);
            }
        }
        for (String s : t.split("/")) {
            if (s.isEmpty() || s.equals(".")) {
                continue;
            }
            if (s.equals("..")) {
                if (parts.isEmpty()) {
                    return null;
                }
                parts.removeLast();
            } else {
                parts.addLast(s);
            }
        }
        return String.join("/", parts);
    }
}
