package org.phonetriage.detect;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The documented rule that decides which unread files are listed and how the others are counted. */
class UnreadCategoryTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a database is always listed, wherever it lives and whatever its name
        "private/var/mobile/Library/Caches/com.adhoclabs.burner/Cache.db|application/x-sqlite3|sqlite",
        "data/data/com.android.chrome/app_chrome/Default/Web Data|application/x-sqlite3|sqlite",
        "private/var/containers/Bundle/Application/X/App.app/model.sqlite|application/x-sqlite3|sqlite",
        "data/data/com.whatsapp/databases/msgstore.db.crypt14|whatsapp-crypt14|sqlite",
        // plists and XML are listed, except inside app and OS bundles
        "private/var/mobile/Library/Preferences/com.apple.identityservices.idstatuscache.plist|application/x-bplist|plist",
        "private/var/mobile/Library/Caches/com.apple.Maps/state.plist|application/x-plist|plist",
        "data/data/org.telegram.messenger/shared_prefs/userconfing.xml|application/dita+xml; format=map|xml",
        "data/system/packages.xml|application/xml|xml",
        "private/var/containers/Bundle/Application/X/Burner.app/Info.plist|application/x-plist|bundle",
        "private/var/containers/Bundle/Application/X/Burner.app/PlugIns/Share.appex/Info.plist|application/x-bplist|bundle",
        "Applications/MobileSMS.app/Info.plist|application/x-bplist|bundle",
        "data/data/com.example.app/shared_prefs/settings.xml|application/xml|xml",
        "System/Library/CoreServices/SystemVersion.plist|application/x-plist|bundle",
        "filesystem1/System/Library/Fonts/Core/SFUI.ttf|font/ttf|bundle",
        // the rest by folder, then by content
        "private/var/mobile/Media/PhotoData/Thumbnails/V2/DCIM/100APPLE/IMG_0001.JPG/5005.JPG|image/jpeg|thumbnail",
        "private/var/mobile/Library/Caches/com.apple.WebKit.Networking/WebKit/NetworkCache/Blobs/a|application/octet-stream|web-cache",
        "data/data/com.android.chrome/app_chrome/Default/GPUCache/data_1|application/octet-stream|web-cache",
        "data/data/com.example/cache/image_manager_disk_cache/a.0|image/jpeg|cache",
        "private/var/mobile/Library/Caches/com.adhoclabs.burner/fsCachedData/34A0|text/plain|cache",
        "media/0/DCIM/Camera/IMG_0001.jpg|image/jpeg|image",
        "media/0/Recordings/a.m4a|audio/mp4|audio-video",
        "data/data/com.example/files/fonts/a.otf|application/x-font-otf|font",
        "data/data/com.example/files/state.json|application/json|text",
        "data/data/com.example/files/blob|application/octet-stream|other",
        // an archive inside an item is not opened: listed, so the examiner names it on its own
        "sdcard/Download/phone2-extraction.zip|application/zip|archive",
        "Users/x/evidence/ffs.tar.gz|application/gzip|archive",
        "data/app/com.example-1/base.apk|application/zip|other",
        "data/data/com.example/files/unreadable|null|other",
    }, nullValues = "null")
    void filesAreListedOrCountedByTheDocumentedRule(String path, String type, String expected) {
        assertEquals(expected, UnreadCategory.of(path, type).label());
    }
}
