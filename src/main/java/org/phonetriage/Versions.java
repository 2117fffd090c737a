package org.phonetriage;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The versions reported in outputs: phonetriage's own and libphonenumber's (its metadata matters). */
public final class Versions {

    private Versions() {
    }

    public static String phonetriage() {
        return read("/org/phonetriage/version.properties");
    }

    public static String libphonenumber() {
        return read("/META-INF/maven/com.googlecode.libphonenumber/libphonenumber/pom.properties");
    }

    private static String read(String resource) {
        try (InputStream in = Versions.class.getResourceAsStream(resource)) {
            if (in == null) {
                return "unknown";
            }
            Properties p = new Properties();
            p.load(in);
            return p.getProperty("version", "unknown");
        } catch (IOException e) {
            return "unknown";
        }
    }
}
