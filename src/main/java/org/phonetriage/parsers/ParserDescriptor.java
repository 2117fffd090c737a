package org.phonetriage.parsers;

/** What {@code phonetriage formats} prints about a parser. */
public record ParserDescriptor(String id, String title, String platform, String version,
                               String artifact) {
}
