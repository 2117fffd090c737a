package org.phonetriage.parsers.sim.codec;

/** Internal signal that a field runs past the end of the data; decoders turn it into a warning. */
final class Truncated extends RuntimeException {

    Truncated(String field) {
        super(field, null, false, false);
    }
}
