package org.phonetriage.testimages;

import com.dd.plist.BinaryPropertyListWriter;
import com.dd.plist.NSArray;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.UID;
import java.io.IOException;
import java.math.BigInteger;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes an NSKeyedArchiver archive as iOS apps store them in SQLite blobs: a binary plist whose
 * {@code $objects} refer to each other by UID. A map with a {@code $class} entry is an object of
 * that class (its other entries its keyed fields), a list an NSArray, an Instant an NSDate.
 */
final class KeyedArchiveWriter {

    private final List<NSObject> objects = new ArrayList<>();
    private final Map<String, UID> classes = new HashMap<>();

    private KeyedArchiveWriter() {
        objects.add(new NSString("$null"));
    }

    /** An archive whose root is a plain value (a string, as a key-value store archives one). */
    static byte[] archiveValue(Object root) throws IOException {
        KeyedArchiveWriter w = new KeyedArchiveWriter();
        return w.write(w.add(root));
    }

    static byte[] archive(Map<String, Object> root) throws IOException {
        KeyedArchiveWriter w = new KeyedArchiveWriter();
        return w.write(w.add(root));
    }

    private byte[] write(UID top) throws IOException {
        NSDictionary topDict = new NSDictionary();
        topDict.put("root", top);
        NSDictionary plist = new NSDictionary();
        plist.put("$version", 100000);
        plist.put("$archiver", "NSKeyedArchiver");
        plist.put("$top", topDict);
        plist.put("$objects", new NSArray(objects.toArray(new NSObject[0])));
        return BinaryPropertyListWriter.writeToArray(plist);
    }

    private UID add(Object value) {
        if (value == null) {
            return uid(0);
        }
        int at = objects.size();
        if (value instanceof String s) {
            objects.add(new NSString(s));
            return uid(at);
        }
        objects.add(null);
        NSDictionary d = new NSDictionary();
        if (value instanceof Instant t) {
            d.put("NS.time", (t.toEpochMilli() - 978_307_200_000L) / 1000.0);
            d.put("$class", type("NSDate"));
        } else if (value instanceof List<?> list) {
            List<NSObject> items = new ArrayList<>();
            for (Object o : list) {
                items.add(add(o));
            }
            d.put("NS.objects", new NSArray(items.toArray(new NSObject[0])));
            d.put("$class", type("NSArray"));
        } else if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                if ("$class".equals(e.getKey())) {
                    continue;
                }
                if (e.getValue() instanceof List<?> inline && e.getKey().toString().startsWith("NS.")) {
                    // NS.keys / NS.objects of a collection: a plain array of references
                    List<NSObject> refs = new ArrayList<>();
                    for (Object o : inline) {
                        refs.add(add(o));
                    }
                    d.put(e.getKey().toString(), new NSArray(refs.toArray(new NSObject[0])));
                } else {
                    d.put(e.getKey().toString(), e.getValue() instanceof Number n ? numberOf(n) : add(e.getValue()));
                }
            }
            d.put("$class", type((String) map.get("$class")));
        } else {
            throw new IllegalArgumentException("no archive form for " + value.getClass());
        }
        objects.set(at, d);
        return uid(at);
    }

    private static NSObject numberOf(Number n) {
        return n instanceof Double x ? new com.dd.plist.NSNumber(x) : new com.dd.plist.NSNumber(n.longValue());
    }

    private UID type(String name) {
        return classes.computeIfAbsent(name, n -> {
            NSDictionary c = new NSDictionary();
            c.put("$classname", n);
            c.put("$classes", new NSArray(new NSString(n), new NSString("NSObject")));
            objects.add(c);
            return uid(objects.size() - 1);
        });
    }

    private static UID uid(int i) {
        return new UID("obj" + i, BigInteger.valueOf(i));
    }
}
