package org.phonetriage.parsers.instagram;

import com.dd.plist.NSArray;
import com.dd.plist.NSData;
import com.dd.plist.NSDate;
import com.dd.plist.NSDictionary;
import com.dd.plist.NSNumber;
import com.dd.plist.NSObject;
import com.dd.plist.NSString;
import com.dd.plist.PropertyListParser;
import com.dd.plist.UID;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An NSKeyedArchiver archive (a binary plist whose objects refer to each other through UIDs into
 * {@code $objects}) read back into plain values: a keyed object becomes a map of its keys, an
 * NSArray a list, an NSDictionary a map, NSString/NSDate/NSNumber their value. Depth is bounded, so
 * a cyclic or hostile archive ends instead of looping.
 */
public final class KeyedArchive {

    private static final int MAX_DEPTH = 32;
    private final NSArray objects;

    private KeyedArchive(NSArray objects) {
        this.objects = objects;
    }

    /** The archive's root object, or null when the bytes are no keyed archive. */
    public static Object decode(byte[] bytes) {
        if (bytes == null || bytes.length < 8) {
            return null;
        }
        try {
            NSObject top = PropertyListParser.parse(bytes);
            if (!(top instanceof NSDictionary d) || !(d.get("$objects") instanceof NSArray objects)
                    || !(d.get("$top") instanceof NSDictionary roots)) {
                return null;
            }
            NSObject root = roots.get("root");
            return root == null ? null : new KeyedArchive(objects).value(root, 0);
        } catch (Exception e) {
            return null; // not a plist, or a damaged one: the caller counts what it could not read
        }
    }

    private Object value(NSObject o, int depth) {
        if (depth > MAX_DEPTH || o == null) {
            return null;
        }
        if (o instanceof UID uid) {
            int i = index(uid);
            return i <= 0 || i >= objects.count() ? null : value(objects.objectAtIndex(i), depth + 1);
        }
        if (o instanceof NSString s) {
            return "$null".equals(s.getContent()) ? null : s.getContent();
        }
        if (o instanceof NSNumber n) {
            return n.isBoolean() ? (Object) n.boolValue() : n.isInteger() ? (Object) n.longValue() : (Object) n.doubleValue();
        }
        if (o instanceof NSDate date) {
            return date.getDate().toInstant();
        }
        if (o instanceof NSData data) {
            return data.bytes();
        }
        if (o instanceof NSArray a) {
            List<Object> out = new ArrayList<>();
            for (NSObject item : a.getArray()) {
                out.add(value(item, depth + 1));
            }
            return out;
        }
        if (o instanceof NSDictionary d) {
            return dictionary(d, depth);
        }
        return null;
    }

    /** A keyed object: NS.keys/NS.objects (a dictionary), NS.objects (an array), NS.string, NS.time, or its fields. */
    private Object dictionary(NSDictionary d, int depth) {
        if (d.get("NS.keys") instanceof NSArray keys && d.get("NS.objects") instanceof NSArray values) {
            Map<String, Object> out = new LinkedHashMap<>();
            for (int i = 0; i < Math.min(keys.count(), values.count()); i++) {
                Object k = value(keys.objectAtIndex(i), depth + 1);
                if (k != null) {
                    out.put(k.toString(), value(values.objectAtIndex(i), depth + 1));
                }
            }
            return out;
        }
        if (d.get("NS.objects") instanceof NSArray items) {
            return value(items, depth);
        }
        if (d.containsKey("NS.string")) {
            return value(d.get("NS.string"), depth + 1);
        }
        if (d.get("NS.time") instanceof NSNumber t) {
            return Instant.ofEpochMilli(Math.round((t.doubleValue() + 978_307_200d) * 1000));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, NSObject> e : d.entrySet()) {
            if (!e.getKey().equals("$class")) {
                out.put(e.getKey(), value(e.getValue(), depth + 1));
            }
        }
        return out;
    }

    private static int index(UID uid) {
        int i = 0;
        for (byte b : uid.getBytes()) {
            i = (i << 8) | (b & 0xff);
        }
        return i;
    }
}
