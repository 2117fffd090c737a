package org.phonetriage.detect;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * What a file no parser read is, for the "Not read" listing. Databases, plists and XML files are
 * listed one by one (an examiner may need a tool for them); everything else is counted by
 * category. The rule, in order:
 * <ol>
 * <li>a SQLite database (or an encrypted WhatsApp backup of one) is always listed, wherever it
 *     lives: an app's messages may sit in a cache folder;
 * <li>a file of an app or OS bundle — under {@code containers/Bundle/} (iOS's installed apps),
 *     {@code System/Library/} or in an {@code Applications/*.app/} folder — is counted as
 *     {@code bundle}: it is the same on every phone (a folder merely named {@code *.app} is not
 *     enough: Android packages such as {@code com.example.app} are named so);
 * <li>a plist or an XML file is listed;
 * <li>by folder name: {@code thumbnail} (a folder whose name holds "thumb"), {@code web-cache}
 *     (WebKit, GPUCache, Code Cache, Cache_Data, Service Worker, ShaderCache, app_webview,
 *     com.apple.WebKit…), {@code cache} (a folder whose name holds "cache");
 * <li>by content type: {@code image}, {@code audio-video}, {@code font}, {@code text} (text and
 *     JSON), {@code other}.
 * </ol>
 */
public enum UnreadCategory {
    SQLITE("sqlite"),
    PLIST("plist"),
    XML("xml"),
    ARCHIVE("archive"),
    BUNDLE("bundle"),
    THUMBNAIL("thumbnail"),
    WEB_CACHE("web-cache"),
    CACHE("cache"),
    IMAGE("image"),
    AUDIO_VIDEO("audio-video"),
    FONT("font"),
    TEXT("text"),
    OTHER("other");

    private static final Set<String> WEB_CACHE_FOLDERS = Set.of("webkit", "gpucache", "code cache", "cache_data",
            "service worker", "shadercache", "grshadercache", "app_webview");

    private final String label;

    UnreadCategory(String label) {
        this.label = label;
    }

    /** The name in unread.csv and the report: sqlite, plist, xml, bundle, image … */
    public String label() {
        return label;
    }

    /**
     * True for the kinds listed file by file (databases, plists, XML, and archives: an item is not
     * opened inside another, so a zip or tar within one is unread until named on its own); the
     * others are counted.
     */
    public boolean listed() {
        return this == SQLITE || this == PLIST || this == XML || this == ARCHIVE;
    }

    /** Containers phonetriage opens as items; an app package (.apk, .ipa, .jar) is no such thing. */
    private static final Set<String> ARCHIVES = Set.of("application/zip", "application/x-tar", "application/gzip",
            "application/x-gzip", "application/x-7z-compressed", "application/x-rar-compressed", "application/vnd.rar",
            "application/x-bzip2", "application/x-xz");

    private static boolean isArchive(String path, String type) {
        String name = path.toLowerCase(Locale.ROOT);
        return ARCHIVES.contains(type) && !name.endsWith(".apk") && !name.endsWith(".ipa") && !name.endsWith(".jar")
                && !name.endsWith(".aar");
    }

    /**
     * The category of a file by its path inside the item and its detected media type (null when
     * it could not be read).
     */
    public static UnreadCategory of(String path, String mediaType) {
        String type = mediaType == null ? "" : mediaType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (FileTypeDetector.SQLITE.equals(type) || type.startsWith("whatsapp-crypt")) {
            return SQLITE;
        }
        List<String> folders = folders(path);
        String within = "/" + String.join("/", folders) + "/";
        if (within.contains("/containers/bundle/") || within.contains("/system/library/")
                || within.matches(".*/applications/[^/]+\\.app/.*")) {
            return BUNDLE;
        }
        if (type.equals("application/x-bplist") || type.equals("application/x-plist")) {
            return PLIST;
        }
        if (isXml(type)) {
            return XML;
        }
        if (isArchive(path, type)) {
            return ARCHIVE;
        }
        if (folders.stream().anyMatch(f -> f.contains("thumb"))) {
            return THUMBNAIL;
        }
        if (folders.stream().anyMatch(f -> WEB_CACHE_FOLDERS.contains(f) || f.startsWith("com.apple.webkit"))) {
            return WEB_CACHE;
        }
        if (folders.stream().anyMatch(f -> f.contains("cache"))) {
            return CACHE;
        }
        return byContent(type);
    }

    /** The folder names of a path, lower case, the file name left out. */
    private static List<String> folders(String path) {
        List<String> parts = List.of(path.toLowerCase(Locale.ROOT).split("/"));
        return parts.subList(0, parts.size() - 1);
    }

    /** Plain XML and the {@code application/…+xml} dialects (an Android preference file is told as a DITA map). */
    private static boolean isXml(String type) {
        return type.equals("application/xml") || type.equals("text/xml")
                || (type.startsWith("application/") && type.endsWith("+xml"));
    }

    private static UnreadCategory byContent(String type) {
        if (type.startsWith("image/")) {
            return IMAGE;
        }
        if (type.startsWith("audio/") || type.startsWith("video/")) {
            return AUDIO_VIDEO;
        }
        if (type.startsWith("font/") || type.startsWith("application/x-font") || type.startsWith("application/font")
                || type.equals("application/vnd.ms-fontobject") || type.equals("application/vnd.ms-opentype")) {
            return FONT;
        }
        if (type.startsWith("text/") || type.equals("application/json")) {
            return TEXT;
        }
        return OTHER;
    }
}
