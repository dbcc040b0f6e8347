#!/usr/bin/env bash
# What a newcomer does, on a clean folder, checked at every step: `npm init -y`, install the packed
# package, `npx pictory-jsx init`, write a video, `tsc`, `compile`, `estimate`, `render` (a draft saved in
# out/), `render --data rows.csv` for 50 rows with `--concurrency 8`, then the same again (every draft from
# the cache, nothing drafted anew). No credentials: the embedded emulator makes free local drafts.
#
#   scripts/newcomer.sh [work-dir]      (default: a fresh temporary folder)
#
# Exits non-zero, saying which step failed, on the first check that does not hold.
set -euo pipefail

REPO="$(cd "$(dirname "$0")/.." && pwd)"
WORK="${1:-$(mktemp -d "${TMPDIR:-/tmp}/pictory-newcomer-XXXXXX")}"
mkdir -p "$WORK"
unset PICTORY_API_KEY PICTORY_CLIENT_ID PICTORY_CLIENT_SECRET PICTORY_API_URL || true
export NO_COLOR=1 npm_config_fund=false npm_config_audit=false npm_config_update_notifier=false

step() { printf '\n== %s\n' "$*"; }
fail() { printf 'newcomer: FAILED: %s\n' "$*" >&2; exit 1; }
seconds() { date +%s.%N; }
elapsed() { awk -v a="$1" -v b="$(seconds)" 'BEGIN { printf "%.1f", b - a }'; }
is_mp4() { [ -s "$1" ] && [ "$(dd if="$1" bs=1 skip=4 count=4 2>/dev/null)" = "ftyp" ]; }

step "pack pictory-jsx"
[ -f "$REPO/dist/src/index.js" ] || (cd "$REPO" && npm run build >/dev/null)
TARBALL="$(cd "$REPO" && npm pack --ignore-scripts --silent --pack-destination "$WORK")"
TARBALL="$WORK/$TARBALL"
[ -f "$TARBALL" ] || fail "npm pack made no tarball"
echo "$TARBALL"

PROJECT="$WORK/my-videos"
rm -rf "$PROJECT" && mkdir -p "$PROJECT" && cd "$PROJECT"

step "npm init -y; npm install the package"
npm init -y >/dev/null
grep -q '"type": "commonjs"' package.json || echo "(npm init did not write type commonjs; fine)"
npm install --no-audit --no-fund "$TARBALL" react typescript @types/node >/dev/null
[ -x node_modules/.bin/pictory-jsx ] || fail "the package installed no pictory-jsx command"

step "npx pictory-jsx init"
npx pictory-jsx init > init.txt
cat init.txt
grep -q "npx pictory-jsx render" init.txt || fail "init did not print the next commands"
for f in tsconfig.json videos/hello.tsx .gitignore; do [ -f "$f" ] || fail "init did not write $f"; done
grep -q '"render"' package.json || fail "init did not add a render script"

step "write a video that takes rows"
cat > videos/row.tsx <<'TSX'
import { ColorBackground, Scene, Video } from 'pictory-jsx';

// `--data rows.csv` calls the default export with every row: one video per row.
export default (rows: Array<{ name: string; city: string }>) =>
  rows.map((row) => (
    <Video name={`offer-${row.name}`} aspectRatio="16:9">
      <Scene story={`Hello ${row.name}, our new shop in ${row.city} opens on Monday.`}>
        <ColorBackground color="#0F172A" />
      </Scene>
    </Video>
  ));
TSX
{
  echo 'name,city'
  for i in $(seq 1 50); do echo "customer-$i,\"Town $i, North\""; done
} > rows.csv

step "tsc"
npx tsc -p tsconfig.json || fail "tsc reported errors"

step "compile"
npx pictory-jsx compile videos/hello.tsx > request.json || fail "compile failed"
grep -q '"videoName": "hello"' request.json || fail "compile printed no request for hello"

step "estimate"
npx pictory-jsx estimate videos/hello.tsx > estimate.txt || fail "estimate failed"
cat estimate.txt
grep -qi "credit" estimate.txt || fail "estimate printed no credits"

step "render (one draft)"
started="$(seconds)"
npx pictory-jsx render videos/hello.tsx > render.out 2> render.err || { cat render.err; fail "render failed"; }
echo "render took $(elapsed "$started") s (ffmpeg's drafting included)"
cat render.err
[ "$(cat render.out)" = "$PROJECT/out/hello.mp4" ] || fail "render printed $(cat render.out), not the saved draft"
is_mp4 out/hello.mp4 || fail "out/hello.mp4 is not an MP4"
grep -q "Drafts are saved in out/" render.err || fail "render did not say where the draft is"

step "render --data rows.csv --concurrency 8 (50 drafts)"
started="$(seconds)"
npx pictory-jsx render videos/row.tsx --data rows.csv --concurrency 8 > batch.out 2> batch.err || { tail -20 batch.err; fail "the batch failed"; }
echo "50 drafts took $(elapsed "$started") s"
tail -1 batch.err
[ "$(wc -l < batch.out)" -eq 50 ] || fail "the batch printed $(wc -l < batch.out) results, not 50"
for i in 1 25 50; do is_mp4 "out/offer-customer-$i.mp4" || fail "out/offer-customer-$i.mp4 is not an MP4"; done
[ "$(ls out/offer-customer-*.mp4 | wc -l)" -eq 50 ] || fail "out/ does not hold 50 drafts"
tail -1 batch.err | grep -q "^50 of 50 videos done" || fail "no summary line saying 50 of 50 done"

step "the same batch again: every draft from the cache"
started="$(seconds)"
npx pictory-jsx render videos/row.tsx --data rows.csv --concurrency 8 --json > again.json 2> again.err || { tail -20 again.err; fail "the re-run failed"; }
echo "the re-run took $(elapsed "$started") s"
tail -1 again.err
node -e '
  const r = JSON.parse(require("fs").readFileSync("again.json", "utf8"));
  const cached = r.videos.filter((v) => v.status === "cached").length;
  if (r.videos.length !== 50 || cached !== 50 || r.exitCode !== 0) {
    console.error(`re-run: ${cached} of ${r.videos.length} videos from the cache, exit code ${r.exitCode}`);
    process.exit(1);
  }
' || fail "the re-run drafted videos again"

printf '\nnewcomer: all steps passed in %s\n' "$PROJECT"
