package org.phonetriage.parsers.telegram.ios;

/** A Postbox value that is not what its table says it holds (damaged, or a layout this reader does not know). */
final class PostboxException extends Exception {
    PostboxException(String message) {
        super(message);
    }
}
