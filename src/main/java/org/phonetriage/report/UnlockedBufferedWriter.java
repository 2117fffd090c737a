package org.phonetriage.report;

import java.io.IOException;
import java.io.Writer;

/**
 * A buffering Writer without a lock. The JDK's BufferedWriter takes its lock on every call, and the
 * CSV and XML writers make several calls per field (millions per export); one thread writes each
 * output, so this buffer hands the writer beneath it one call per 8 K characters instead.
 */
final class UnlockedBufferedWriter extends Writer {

    private final Writer out;
    private final char[] buffer = new char[8192];
    private int size;

    UnlockedBufferedWriter(Writer out) {
        this.out = out;
    }

    @Override
    public void write(int c) throws IOException {
        if (size == buffer.length) {
            drain();
        }
        buffer[size++] = (char) c;
    }

    @Override
    public void write(char[] chars, int off, int len) throws IOException {
        if (len > buffer.length - size) {
            drain();
            if (len >= buffer.length) {
                out.write(chars, off, len);
                return;
            }
        }
        System.arraycopy(chars, off, buffer, size, len);
        size += len;
    }

    @Override
    public void write(String text, int off, int len) throws IOException {
        if (len > buffer.length - size) {
            drain();
            if (len >= buffer.length) {
                out.write(text, off, len);
                return;
            }
        }
        text.getChars(off, off + len, buffer, size);
        size += len;
    }

    @Override
    public void flush() throws IOException {
        drain();
        out.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            drain();
        } finally {
            out.close();
        }
    }

    private void drain() throws IOException {
        if (size > 0) {
            out.write(buffer, 0, size);
            size = 0;
        }
    }
}
