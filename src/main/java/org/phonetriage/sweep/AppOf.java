package org.phonetriage.sweep;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The app a file belongs to, from its path: an Android package's data folder, an iTunes backup's
 * AppDomain, an iOS container's Library folder named after the bundle; else the file's name (the
 * same unknown database is still compared with itself across devices).
 */
public final class AppOf {

    private static final Pattern ANDROID = Pattern.compile("(?:^|/)data/(?:data|user(?:_de)?/\\d+)/([^/]+)/");
    private static final Pattern IOS_DOMAIN = Pattern.compile("(?:^|/)AppDomain(?:Group|Plugin)?-([^/]+)/");
    private static final Pattern IOS_LIBRARY = Pattern.compile(
            "/Library/(?:Caches|Application Support|Preferences)/([A-Za-z0-9_-]+(?:\\.[A-Za-z0-9_-]+){2,}?)(?:\\.plist)?(?:/|$)");

    private AppOf() {
    }

    public static String of(String path) {
        for (Pattern p : new Pattern[] {ANDROID, IOS_DOMAIN, IOS_LIBRARY}) {
            Matcher m = p.matcher(path);
            if (m.find()) {
                return m.group(1);
            }
        }
        return path.substring(path.lastIndexOf('/') + 1);
    }
}
