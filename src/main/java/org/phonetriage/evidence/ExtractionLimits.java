package org.phonetriage.evidence;

/**
 * Bounds on how much an archive may expand, so that a hostile or damaged archive (a "zip bomb")
 * cannot fill the work disk or keep the tool decompressing forever. An entry that breaks a limit
 * is refused with a {@link org.phonetriage.model.Problem}; the rest of the item is still read.
 *
 * <p>Defaults ({@link #defaults()}) and why:
 * <ul>
 *   <li>{@code maxTotalBytes} = 64 GiB: a tar is staged on the work disk, so this caps the disk an
 *       item can take. A logical or file-system extraction of a phone is usually a few to a few
 *       tens of GiB once media is included; anything larger is more than triage needs.</li>
 *   <li>{@code maxEntryBytes} = 16 GiB: the files triage reads (SQLite databases, plists, XML,
 *       JSON) are far smaller; a single larger file is a disk image or a long video, and a
 *       declared or real size beyond this is treated as suspect.</li>
 *   <li>{@code maxRatio} = 200 (expanded : compressed): real phone content (databases, text,
 *       already-compressed media) averages well under 20:1, while deflate reaches about 1000:1
 *       only on long runs of identical bytes — the stuff of bombs. A database that is mostly
 *       zero-filled free pages can legitimately exceed 200:1; the problem names the limit so the
 *       examiner can re-run with a higher one.</li>
 *   <li>{@code ratioFloorBytes} = 1 MiB: the ratio is only checked once an entry (or, for a
 *       tar.gz, the whole stream) has expanded past this, so small, highly compressible files
 *       such as a {@code -shm} file of zeros never trip it.</li>
 *   <li>{@code maxEntries} = 2,000,000: a full Android or iOS file system holds a few hundred
 *       thousand files; millions of entries suggest a crafted archive meant to exhaust memory.</li>
 * </ul>
 *
 * @param maxTotalBytes   most bytes an item may expand to in all
 * @param maxEntryBytes   most bytes a single entry may expand to
 * @param maxRatio        most expanded-to-compressed ratio (per zip entry; per whole tar.gz)
 * @param ratioFloorBytes the ratio is only enforced once this many bytes have been expanded
 * @param maxEntries      most entries listed from one item; the rest are left out with a problem
 */
public record ExtractionLimits(long maxTotalBytes, long maxEntryBytes, long maxRatio,
                               long ratioFloorBytes, long maxEntries) {

    public static final long KIB = 1024L;
    public static final long MIB = 1024L * KIB;
    public static final long GIB = 1024L * MIB;

    public ExtractionLimits {
        if (maxTotalBytes <= 0 || maxEntryBytes <= 0 || maxRatio <= 0 || ratioFloorBytes < 0
                || maxEntries <= 0) {
            throw new IllegalArgumentException("extraction limits must be positive");
        }
    }

    /** The documented defaults: 64 GiB total, 16 GiB per entry, 200:1 above 1 MiB, 2M entries. */
    public static ExtractionLimits defaults() {
        return new ExtractionLimits(64 * GIB, 16 * GIB, 200, MIB, 2_000_000);
    }

    /** True when {@code expanded} bytes from {@code compressed} bytes break the ratio limit. */
    public boolean ratioExceeded(long expanded, long compressed) {
        if (expanded <= ratioFloorBytes) {
            return false;
        }
        // double avoids overflow when a header declares an absurd compressed size
        return expanded > (double) Math.max(compressed, 1) * maxRatio;
    }

    /** "16.0 GiB"-style size for problem messages. */
    static String human(long bytes) {
        if (bytes < KIB) {
            return bytes + " bytes";
        }
        String[] units = {"KiB", "MiB", "GiB", "TiB"};
        double value = bytes;
        int unit = -1;
        while (value >= 1024 && unit < units.length - 1) {
            value /= 1024;
            unit++;
        }
        return String.format(java.util.Locale.ROOT, "%.1f %s", value, units[unit]);
    }
}
