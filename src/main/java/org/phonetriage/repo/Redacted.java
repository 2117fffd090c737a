package org.phonetriage.repo;

/** A JDBC URL as a message may show it: without its password. */
final class Redacted {

    private Redacted() {
    }

    static String url(String jdbcUrl) {
        return jdbcUrl.replaceAll("(?i)(password=)[^&]*", "$1***");
    }
}
