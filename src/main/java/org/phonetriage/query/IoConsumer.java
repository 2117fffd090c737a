package org.phonetriage.query;

import java.io.IOException;

/** Takes one streamed result at a time; may write it out, hence the IOException. */
@FunctionalInterface
public interface IoConsumer<T> {
    void accept(T value) throws IOException;
}
