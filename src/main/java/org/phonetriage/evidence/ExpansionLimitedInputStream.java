package org.phonetriage.evidence;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes actually produced by a decompressing stream and fails as soon as they pass a
 * hard cap or the ratio limit. Headers can lie about sizes, so only bytes read are trusted. Once
 * tripped, every further read fails the same way.
 */
final class ExpansionLimitedInputStream extends FilterInputStream {

    private final long maxBytes;
    private final String overMaxReason;
    private final long compressedSize;
    private final ExtractionLimits limits;
    private long count;
    private LimitExceededException tripped;

    /**
     * @param maxBytes       hard cap on bytes read
     * @param overMaxReason  the reason given when the cap is passed
     * @param compressedSize the compressed size the ratio is measured against; 0 or less: no ratio
     * @param limits         supplies the ratio and the size from which it applies
     */
    ExpansionLimitedInputStream(InputStream in, long maxBytes, String overMaxReason,
                                long compressedSize, ExtractionLimits limits) {
        super(in);
        this.maxBytes = maxBytes;
        this.overMaxReason = overMaxReason;
        this.compressedSize = compressedSize;
        this.limits = limits;
    }

    /** Bytes read (or skipped) so far. */
    long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        failIfTripped();
        int b = super.read();
        if (b >= 0) {
            add(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buf, int off, int len) throws IOException {
        failIfTripped();
        int n = super.read(buf, off, len);
        if (n > 0) {
            add(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        failIfTripped();
        long skipped = super.skip(n);
        if (skipped > 0) {
            add(skipped);
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false; // a reset would make the count meaningless
    }

    private void add(long n) throws LimitExceededException {
        count += n;
        if (count > maxBytes) {
            tripped = new LimitExceededException(overMaxReason);
        } else if (compressedSize > 0 && limits.ratioExceeded(count, compressedSize)) {
            tripped = new LimitExceededException("expands beyond the limit ratio of "
                    + limits.maxRatio() + ":1 (zip bomb?)");
        }
        failIfTripped();
    }

    private void failIfTripped() throws LimitExceededException {
        if (tripped != null) {
            throw new LimitExceededException(tripped.getMessage());
        }
    }
}
