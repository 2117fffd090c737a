package org.phonetriage.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.phonetriage.detect.SimJsonDumpSignature;

/**
 * Opens an evidence item given on the command line as an {@link EvidenceTree}: a folder, a zip,
 * or a tar / tar.gz. This is the only place that decides what an item is.
 */
public final class EvidenceOpener {

    private static final String[] ARCHIVE_EXTENSIONS = {".tar.gz", ".tgz", ".tar", ".zip", ".ufdr", ".ab",
        ".simdump.json", ".fsdump.json", ".json", ".script", ".vcf", ".vcard", ".xml", ".csv"};

    private EvidenceOpener() {
    }

    /**
     * Opens an item. Entries that cannot be used are skipped and recorded in
     * {@link EvidenceTree#problems()}; only an item that cannot be opened at all throws.
     *
     * @param item    the folder or archive
     * @param label   the examiner's label, or null for {@link #labelFor(Path)}
     * @param workDir where a tar is staged (under {@code stage/}); unused for folders and zips
     * @param limits  expansion limits; null for {@link ExtractionLimits#defaults()}
     * @throws EvidenceException when the item is missing, unreadable, not a supported container,
     *                           or too corrupt to list; the message names the item
     * @throws IllegalArgumentException when a tar is given without a work folder (a caller bug)
     */
    public static EvidenceTree open(Path item, String label, Path workDir, ExtractionLimits limits)
            throws EvidenceException {
        return open(item, label, workDir, limits, List.of());
    }

    /**
     * The same, with the passwords to try on an encrypted container (an Android or iTunes backup),
     * in order; empty for none.
     */
    public static EvidenceTree open(Path item, String label, Path workDir, ExtractionLimits limits,
                                    List<String> passwords)
            throws EvidenceException {
        EvidenceTree tree = openContainer(item, label, workDir, limits, passwords);
        if (workDir == null) {
            return tree; // hashing only (verify): the backup's own layout is all that is needed
        }
        try {
            return ItunesBackupTree.wrapIfBackup(tree, workDir, passwords);
        } catch (EvidenceException e) {
            try {
                tree.close();
            } catch (IOException ignored) {
                // the refusal is the one to report
            }
            throw e;
        } catch (IOException | RuntimeException e) {
            try {
                tree.close();
            } catch (IOException ignored) {
                // the first failure is the one to report
            }
            throw new EvidenceException(item, "an iTunes backup whose Manifest.db cannot be staged ("
                    + e.getMessage() + ")", e);
        }
    }

    private static EvidenceTree openContainer(Path item, String label, Path workDir, ExtractionLimits limits,
                                              List<String> passwords) throws EvidenceException {
        String name = label == null || label.isBlank() ? labelFor(item) : label.strip();
        ExtractionLimits bounds = limits == null ? ExtractionLimits.defaults() : limits;
        if (!Files.exists(item)) {
            throw new EvidenceException(item, "no such file or folder");
        }
        if (!Files.isReadable(item)) {
            throw new EvidenceException(item, "cannot be read (permission denied)");
        }
        if (Files.isDirectory(item)) {
            return FolderTree.open(item, name, bounds);
        }
        if (!Files.isRegularFile(item)) {
            throw new EvidenceException(item, "not a folder, zip, tar archive or Android backup");
        }
        ContainerFormat format;
        try {
            format = ContainerFormat.detect(item);
        } catch (IOException e) {
            throw new EvidenceException(item, "cannot be read (" + e.getMessage() + ")", e);
        }
        switch (format) {
            case ZIP:
                return ZipTree.open(item, name, bounds);
            case TAR:
            case TAR_GZ:
                if (workDir == null) {
                    throw new IllegalArgumentException("a work folder is needed to stage " + item);
                }
                return TarTree.open(item, name, format == ContainerFormat.TAR_GZ, workDir, bounds);
            case ANDROID_BACKUP:
                if (workDir == null) {
                    throw new IllegalArgumentException("a work folder is needed to stage " + item);
                }
                return TarTree.open(item, name, "android-backup", file -> AndroidBackup.decode(file, item, passwords),
                        workDir, bounds);
            default:
                if (isSingleFileEvidence(item)) {
                    return FolderTree.single(item, name);
                }
                if (String.valueOf(item.getFileName()).toLowerCase(Locale.ROOT).endsWith(".ufdr")) {
                    throw new EvidenceException(item, "a .ufdr that is not a zip: a UFDR saved with protection"
                            + " (password) cannot be read; ask for an unprotected UFDR or XML report");
                }
                throw new EvidenceException(item, "not a folder, zip, tar archive, Android backup, SIM dump"
                        + " (.script, fsdump or simdump JSON), vCard file (.vcf), exported report (.xml)"
                        + " or CSV export (.csv)");
        }
    }

    /**
     * Evidence that is one file — a SIM dump, a vCard export, a report exported as XML — may be
     * named on its own (the SIM, vCard and report parsers take these names; a SIM dump's JSON is also
     * told by its content, as pySim's own {@code fsdump.json.ok} is named).
     */
    private static boolean isSingleFileEvidence(Path item) {
        String name = String.valueOf(item.getFileName()).toLowerCase(Locale.ROOT);
        return name.endsWith(".script") || name.endsWith(".vcf") || name.endsWith(".vcard") || name.endsWith(".xml")
                || name.endsWith(".csv")
                || (name.endsWith(".json") && (name.contains("fsdump") || name.contains("simdump")))
                || isSimJsonDump(item);
    }

    private static boolean isSimJsonDump(Path item) {
        if (!Files.isRegularFile(item)) {
            return false;
        }
        try (InputStream in = Files.newInputStream(item)) {
            return SimJsonDumpSignature.matches(in.readNBytes(SimJsonDumpSignature.PREFIX_BYTES));
        } catch (IOException e) {
            return false; // unreadable: refused below with the reason
        }
    }

    /**
     * The default label: the file name without its archive (or SIM dump, vCard) extension
     * ({@code D01-android.tar.gz} → {@code D01-android}); a folder keeps its name.
     */
    public static String labelFor(Path item) {
        Path fileName = item.toAbsolutePath().normalize().getFileName();
        if (fileName == null) {
            return item.toString(); // the file-system root
        }
        String name = fileName.toString();
        if (Files.isDirectory(item)) {
            return name;
        }
        String lower = name.toLowerCase(Locale.ROOT);
        for (String extension : ARCHIVE_EXTENSIONS) {
            // a one-file item's extension is dropped only when the file is one (a .json that is no dump stays)
            boolean fileExtension = List.of(".json", ".script", ".xml", ".csv").contains(extension)
                    || extension.endsWith("dump.json") || extension.startsWith(".vc");
            if (fileExtension && !isSingleFileEvidence(item)) {
                continue;
            }
            if (lower.endsWith(extension) && lower.length() > extension.length()) {
                return name.substring(0, name.length() - extension.length());
            }
        }
        return name;
    }
}
