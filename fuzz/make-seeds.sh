#!/usr/bin/env bash
# Writes the fuzzers' seed corpora, fuzz/seeds/<target>/, and the test keys they are signed with,
# fuzz/seeds/keys/*.pub, from the real pack (content/) and the broken-pack fixtures
# (tests/broken-packs/), with `haven-pack` itself: keygen, trust, build, serve and pull, as an NGO
# and a phone would. New keys every run (their secret halves are thrown away), so run it again only
# to change the seeds, and commit the keys with them: the targets build the public keys in.
#
# Usage: fuzz/make-seeds.sh          (HAVEN_PACK=path/to/haven-pack to use a built binary)
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
seeds="$root/fuzz/seeds"
work="$(mktemp -d)"
server=""
cleanup() {
  [ -n "$server" ] && kill "$server" 2>/dev/null || true
  rm -rf "$work"
}
trap cleanup EXIT

if [ -z "${HAVEN_PACK:-}" ]; then
  (cd "$root" && cargo build --locked -q -p haven-pack)
  HAVEN_PACK="${CARGO_TARGET_DIR:-$root/target}/debug/haven-pack"
fi
# Quiet unless it fails (a build of version 3 warns that translations are now outdated).
hp() { "$HAVEN_PACK" "$@" >"$work/hp.log" 2>&1 || { cat "$work/hp.log" >&2; return 1; }; }

cd "$work"
hp keygen --out keys --unencrypted
hp keygen --out keys --role root --unencrypted
hp keygen --out keys2 --unencrypted

# The real pack, version 2 as it is, then version 3 with one sentence changed (deltas, bundle).
hp trust --root-key keys/root.key --signing-key keys/haven.pub site
hp build --key keys/haven.key --out site "$root/content"
cp -r site site-v2
cp -r "$root/content" content-v2
cp -r "$root/content" content-v3
sed -i 's/^version = 2$/version = 3/' content-v3/pack.toml
sed -i 's/^title = Get help now$/title = Get help right now/' content-v3/en/help-now.ftl
hp build --key keys/haven.key --out site content-v3
# Root version 2: a second signing key, as after a rotation.
hp trust --root-key keys/root.key --signing-key keys/haven.pub --signing-key keys2/haven.pub site

# The broken-packs' small pack, installed by a real pull twice: a store with two versions.
cp -r "$root/tests/broken-packs/_pack" small
hp trust --root-key keys/root.key --signing-key keys/haven.pub small-site
hp build --key keys/haven.key --out small-site small
"$HAVEN_PACK" serve --addr 127.0.0.1:0 small-site >serve.log 2>&1 &
server=$!
for _ in $(seq 50); do grep -qs 'http://' serve.log && break; sleep 0.1; done
url="$(grep -o 'http://127.0.0.1:[0-9]*' serve.log | head -1)/"
hp pull --trusted-root keys/root.pub --store store-1 "$url"
cp -r store-1 store-2
sed -i 's/^version = 1$/version = 2/' small/pack.toml
sed -i 's/^title = .*/&!/' small/en/help-now.ftl
hp build --key keys/haven.key --out small-site small
hp pull --trusted-root keys/root.pub --store store-2 "$url"
kill "$server"
server=""

rm -rf "$seeds"
mkdir -p "$seeds/keys"
cp keys/haven.pub keys/root.pub "$seeds/keys/"

python3 - "$root" "$work" "$seeds" <<'EOF'
import gzip, hashlib, json, os, shutil, struct, sys, tomllib

root, work, seeds = sys.argv[1:4]
SEP = b"\xff"

def read(path):
    with open(path, "rb") as f:
        return f.read()

def write(target, name, data):
    os.makedirs(os.path.join(seeds, target), exist_ok=True)
    with open(os.path.join(seeds, target, name), "wb") as f:
        f.write(data)

def sha(data):
    return hashlib.sha256(data).hexdigest()

# manifest: each signed manifest with its signature, and file lists, gzipped as served and as JSON.
for name, site in [("real-v2", "site-v2"), ("real-v3", "site"), ("small-v2", "small-site")]:
    site = os.path.join(work, site)
    manifest = read(os.path.join(site, "manifest.json"))
    write("manifest", name, manifest + SEP + read(os.path.join(site, "manifest.json.minisig")))
    for group in json.loads(manifest)["groups"]:
        if group["name"] in (".", "en"):
            served = read(os.path.join(site, "blobs", group["sha256"] + ".gz"))
            label = "top" if group["name"] == "." else group["name"]
            write("manifest", f"{name}-list-{label}.gz", served)
            write("manifest", f"{name}-list-{label}.json", gzip.decompress(served))

# root: every root version with its signatures.
for name, site in [("real", "site"), ("small", "small-site")]:
    roots = os.path.join(work, site, "roots")
    for file in sorted(os.listdir(roots)):
        if file.endswith(".root.json"):
            version = file.split(".")[0]
            document = read(os.path.join(roots, file))
            signatures = read(os.path.join(roots, file + ".minisig"))
            write("root", f"{name}-{version}", document + SEP + signatures)

# delta: every delta version 3 of the real pack has, against its base from version 2.
site = os.path.join(work, "site")
bases = {}
for folder, _, files in os.walk(os.path.join(work, "content-v2")):
    for file in files:
        data = read(os.path.join(folder, file))
        bases[sha(data)] = data
count = 0
for group in json.loads(read(os.path.join(site, "manifest.json")))["groups"]:
    listing = json.loads(gzip.decompress(read(os.path.join(site, "blobs", group["sha256"] + ".gz"))))
    for entry in listing["files"]:
        delta = entry.get("delta")
        if not delta or delta["base"] not in bases:
            continue
        blob = delta["blob"]
        suffix = ".gz" if blob["encoding"] == "gzip" else ""
        instructions = read(os.path.join(site, "blobs", blob["sha256"] + suffix))
        base = bases[delta["base"]]
        flags = 1 if blob["encoding"] == "gzip" else 0
        header = struct.pack("<BIH", flags, entry["size"], len(base))
        write("delta", entry["path"].replace("/", "-"), header + base + instructions)
        # The same instructions in the other encoding.
        other = gzip.decompress(instructions) if flags else gzip.compress(instructions, mtime=0)
        write("delta", entry["path"].replace("/", "-") + ("-identity" if flags else "-gzip"),
              struct.pack("<BIH", 1 - flags, entry["size"], len(base)) + base + other)
        count += 1
assert count, "version 3 of the real pack has no delta"

# store: each store a pull wrote, file by file (haven_fuzz::store_files).
def store_seed(directory):
    out = b""
    for folder, dirs, files in sorted(os.walk(directory)):
        dirs.sort()
        for file in sorted(files):
            path = os.path.join(folder, file)
            data = read(path)
            out += os.path.relpath(path, directory).encode() + b"\n" + struct.pack("<I", len(data)) + data
    return out
for name in ["store-1", "store-2"]:
    write("store", name, store_seed(os.path.join(work, name)))

# pack: pack.toml, services.toml, then path and contents of each other file (haven_fuzz::pack_files).
def pack_seed(directory, locales=None, files=None):
    parts = []
    for file in ["pack.toml", "services.toml"]:
        path = os.path.join(directory, file)
        parts.append(read(path) if os.path.exists(path) else b"")
    for folder in sorted(os.listdir(directory)):
        full = os.path.join(directory, folder)
        if not os.path.isdir(full) or (locales is not None and folder not in locales):
            continue
        for file in sorted(os.listdir(full)):
            if files is not None and file not in files:
                continue
            parts += [f"{folder}/{file}".encode(), read(os.path.join(full, file))]
    return SEP.join(parts)

write("pack", "real-en", pack_seed(os.path.join(root, "content"), ["en"]))
write("pack", "real-en-ar-da-help-now", pack_seed(os.path.join(root, "content"), ["en", "ar", "da"],
                                                  ["help-now.ftl", "services.ftl"]))
broken = os.path.join(root, "tests", "broken-packs")
write("pack", "broken-_pack", pack_seed(os.path.join(broken, "_pack")))
for case in sorted(os.listdir(broken)):
    patch_file = os.path.join(broken, case, "patch.toml")
    if not os.path.exists(patch_file):
        continue
    with open(patch_file, "rb") as f:
        patch = tomllib.load(f)
    copy = os.path.join(work, "broken", case)
    shutil.copytree(os.path.join(broken, "_pack"), copy)
    for edit in patch.get("edit", []):
        path = os.path.join(copy, edit["file"])
        text = read(path).decode()
        assert text.count(edit["find"]) == 1, (case, edit["find"])
        with open(path, "w") as f:
            f.write(text.replace(edit["find"], edit["replace"]))
    for remove in patch.get("remove", []):
        path = os.path.join(copy, remove["file"])
        shutil.rmtree(path) if os.path.isdir(path) else os.remove(path)
    for add in patch.get("write", []):
        path = os.path.join(copy, add["file"])
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w") as f:
            f.write(add["text"])
    write("pack", f"broken-{case}", pack_seed(copy))
EOF

for target in manifest root delta store pack; do
  printf '%-9s %3d seeds, %s\n' "$target" "$(ls "$seeds/$target" | wc -l)" "$(du -sh "$seeds/$target" | cut -f1)"
done
