#!/usr/bin/env python3
"""Builds the seed corpus of one fuzz target in target/fuzz-corpus/<target>/ from the committed
test images and, where present, ../shared/realdata. Seeds are built at run time, never committed.
Called by scripts/fuzz; usage: fuzz-seeds.py TARGET OUTDIR"""
import glob, json, os, plistlib, shutil, sqlite3, struct, sys, tempfile, zipfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
IMAGES = os.path.join(ROOT, "test-images")
REAL = os.path.normpath(os.path.join(ROOT, "..", "shared", "realdata"))
MAX_SEED = 64 * 1024


def files(*patterns, base=None):
    out = []
    for p in patterns:
        out += sorted(glob.glob(os.path.join(base or IMAGES, p), recursive=True))
    return [f for f in out if os.path.isfile(f)]


def real(*patterns):
    return files(*patterns, base=REAL) if os.path.isdir(REAL) else []


class Seeds:
    def __init__(self, out):
        self.out = out
        self.n = 0

    def add(self, data, name="seed"):
        if not data:
            return
        self.n += 1
        with open(os.path.join(self.out, "%03d-%s" % (self.n, os.path.basename(name))), "wb") as f:
            f.write(data[:MAX_SEED])

    def add_files(self, paths, prefix=b"", suffix=b""):
        for p in paths:
            with open(p, "rb") as f:
                self.add(prefix + f.read(MAX_SEED) + suffix, p)


def small_database(path):
    """A copy of a database (with its -wal) rewritten with 512-byte pages: small seeds mutate better."""
    tmp = tempfile.mkdtemp()
    try:
        copy = os.path.join(tmp, "db")
        for suffix in ("", "-wal"):
            if os.path.exists(path + suffix):
                shutil.copyfile(path + suffix, copy + suffix)
        db = sqlite3.connect(copy)
        db.execute("PRAGMA journal_mode=DELETE")
        db.execute("PRAGMA page_size=512")
        db.execute("VACUUM")
        db.close()
        with open(copy, "rb") as f:
            data = f.read()
        return data if len(data) <= MAX_SEED else None
    except sqlite3.Error:
        return None
    finally:
        shutil.rmtree(tmp)


def pack_ef_tree(folder):
    """The framing SimDumpFuzzTest.unpack reads: path length, path, 2-byte length, content."""
    out = b""
    for p in files("**/*", base=folder):
        rel = os.path.relpath(p, folder).replace(os.sep, "/").encode()
        with open(p, "rb") as f:
            data = f.read(0xFFFF)
        out += bytes([len(rel)]) + rel + struct.pack(">H", len(data)) + data
    return out


def build(target, seeds):
    if target == "normalizer":
        tsv = os.path.join(ROOT, "..", "shared", "docs", "phone-cases.tsv")
        if os.path.exists(tsv):
            for line in open(tsv, encoding="utf-8").read().splitlines()[1:]:
                seeds.add(line.split("\t")[1].encode() + bytes(8))
        for v in ("+5511987654321", "89550311234567890123", "356938035643809", "A0000000554455", "12345@s.whatsapp.net",
                  "*31#0612345678", "user@example.com", "734002030405060"):
            seeds.add(v.encode() + bytes(8))
    elif target == "sqlite-db":
        dbs = files("D03-android/**/*.db", "D05-android/**/*.db") + real(
            "log2timeline__plaso/test_data/android/*", "log2timeline__plaso/test_data/ios/*.sqlite",
            "log2timeline__plaso/test_data/sqlite/imessage_chat.db", "den4uk__andriller/**/*.db",
            "sepinf-inc__IPED/**/test_whatsApp*.db")
        for db in dbs:
            data = small_database(db)
            if data:
                seeds.add(data, db)
    elif target == "sweep":
        # the fuzz test's framing: a byte for the kind (0 SQLite, 1 plist, 2 XML, 3 JSON), then the file
        for db in files("D16-android-unknownapp/**/*.db", "D17-android-unknownapp/**/*.db", "D03-android/**/*.db"):
            data = small_database(db)
            if data:
                seeds.add(bytes([0]) + data, db)
        for kind, patterns in ((1, ("**/*.plist",)), (2, ("**/shared_prefs/*.xml",)), (3, ("**/*.json",))):
            for p in files(*("D1[0-8]*/" + pat for pat in patterns)):
                with open(p, "rb") as f:
                    seeds.add(bytes([kind]) + f.read(MAX_SEED), p)
        seeds.add(bytes([3]) + b'{"telegram_username": "@ze_lisboa", "skype": "live:.cid.0e5a11bb22cc33dd",'
                  b' "link": "https://t.me/rota_paris", "phone": "+55 (21) 97654-3210"}', "apps.json")
    elif target == "sqlite-recovery":
        # the fuzz test's framing: a byte for the companion (0 none, 1 -wal, 2 -journal), four for
        # where the database ends, then the database and its companion
        for db in files("D03-android/**/*.db", "D05-android/**/*.db") + real("den4uk__andriller/**/*.db"):
            data = small_database(db)
            if data:
                seeds.add(bytes([0]) + struct.pack(">i", len(data)) + data, db)
        for mode in ("WAL", "PERSIST", "DELETE"):
            tmp = tempfile.mkdtemp()
            try:
                path = os.path.join(tmp, "db")
                con = sqlite3.connect(path, isolation_level=None)
                con.execute("PRAGMA page_size=512")
                con.execute("PRAGMA secure_delete=OFF")
                con.execute("PRAGMA journal_mode=" + mode)
                con.execute("PRAGMA wal_autocheckpoint=0")
                con.execute("CREATE TABLE sms (_id INTEGER PRIMARY KEY, address TEXT, date INTEGER, body TEXT)")
                for i in range(1, 60):
                    con.execute("INSERT INTO sms VALUES (?,?,?,?)", (i, "+4479460%05d" % i, 1700000000000 + i, "text %d" % i * (1 + i % 9)))
                con.execute("DELETE FROM sms WHERE _id % 3 = 0")
                con.execute("UPDATE sms SET body = 'edited' WHERE _id = 5")
                main = open(path, "rb").read()
                companion = b""
                kind = 0
                for suffix, k in (("-wal", 1), ("-journal", 2)):
                    if os.path.exists(path + suffix):
                        companion = open(path + suffix, "rb").read()
                        kind = k
                con.close()
                seeds.add(bytes([kind]) + struct.pack(">i", len(main)) + main + companion, "generated-" + mode)
            finally:
                shutil.rmtree(tmp)
    elif target == "manifest":
        for db in files("D10-ios-backup/Manifest.db") + real("mvt-project__mvt/tests/artifacts/ios_backup/Manifest.db"):
            data = small_database(db)
            if data:
                seeds.add(data, db)
    elif target == "keybag":
        for p in files("D1*-ios-*/Manifest.plist"):
            with open(p, "rb") as f:
                bag = plistlib.load(f).get("BackupKeyBag")
            if bag:
                seeds.add(bag, p)
    elif target == "plist":
        plists = files("D1*-ios-*/*.plist") + real("**/*.plist")
        for p in plists:
            with open(p, "rb") as f:
                data = f.read()
            seeds.add(data, p)
            try:
                seeds.add(plistlib.dumps(plistlib.loads(data), fmt=plistlib.FMT_BINARY), p + ".bin")
            except Exception:
                pass
    elif target == "ab":
        seeds.add_files(files("D04-android.ab") + real("**/*.ab"))
    elif target == "ufed":
        seeds.add_files(real("ufdr_report_sample.xml", "sepinf-inc__IPED/**/ufed-model-*.xml"))
        with zipfile.ZipFile(os.path.join(IMAGES, "D06-ufdr.ufdr")) as z:
            for name in z.namelist():
                if name.endswith(".xml"):
                    seeds.add(z.read(name), name)
    elif target == "axiom":
        seeds.add_files(files("D08-axiom.xml"))
    elif target == "xry":
        seeds.add_files(files("D07-xry/*.txt"))
    elif target == "vcard":
        seeds.add_files(real("**/*.vcf"))
    elif target == "csv-map":
        seeds.add_files(files("D09-csv.map.yaml"))
    elif target == "csv":
        for i, name in enumerate(("llamadas_698135724.csv", "contactos.csv")):
            seeds.add_files(files("D09-csv/" + name), prefix=bytes([i]))
        seeds.add_files(real("networks/*.csv")[:2], prefix=bytes([2]))
    elif target == "sim-ef-tree":
        seeds.add(pack_ef_tree(os.path.join(IMAGES, "S01-sim")), "S01-sim")
    elif target == "sim-pysim":
        seeds.add_files(real("**/*.script"))
    elif target == "sim-json":
        for p in real("osmocom__pysim/**/fsdump*"):
            doc = json.load(open(p))
            if isinstance(doc.get("files"), dict):
                # a slice of the card: the whole dump is too large to mutate well
                keep = dict(list(doc["files"].items())[:12])
                seeds.add(json.dumps(dict(doc, files=keep)).encode(), p)
    elif target == "sim-codec":
        for p in real("sim/test_vectors_*.json"):
            which = 1 if "records" in p else 0  # EF_SMS records, else TPDUs with their SC address
            for case in json.load(open(p)):
                try:
                    raw = bytes.fromhex(case["hex"])
                except (KeyError, TypeError, ValueError):
                    continue
                # FuzzedDataProvider takes its choices from the end: extension length, flag, number, decoder
                seeds.add(raw + bytes([0, 0, 0, which]))
    elif target == "whatsapp-crypt":
        keys = {15: real("ElDavoo__wa-crypt-tools/tests/res/encrypted_backup.key"),
                14: real("ElDavoo__wa-crypt-tools/tests/res/key"), 12: real("ElDavoo__wa-crypt-tools/tests/res/key")}
        for version, index in ((12, 0), (14, 1), (15, 2)):
            for backup in real("ElDavoo__wa-crypt-tools/tests/res/msgstore.db.crypt%d" % version):
                key = open(keys[version][0], "rb").read() if keys[version] else b""
                with open(backup, "rb") as f:
                    seeds.add(bytes([index, len(key)]) + key + f.read(4096), backup)
    # sqlite-rows starts from nothing: its input is a FuzzedDataProvider's choices


if __name__ == "__main__":
    target, out = sys.argv[1], sys.argv[2]
    os.makedirs(out, exist_ok=True)
    s = Seeds(out)
    build(target, s)
    print("%s: %d seeds in %s" % (target, s.n, out))
