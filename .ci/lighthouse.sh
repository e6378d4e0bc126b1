#!/usr/bin/env bash
# Lighthouse benchmark (figures, not a pass/fail test): builds the release,
# serves it under /tsunagaru/ with the plain static server and runs
# Lighthouse's mobile audit (its default form factor and simulated
# throttling) in Debian's Chromium. Prints the performance, accessibility,
# best-practices and SEO scores, LCP, TBT and CLS, the largest contentful
# paint element, and the failing audits of every category below 100; then
# the same first visit in English (performance: FCP, LCP, CLS and the LCP
# element); then the accessibility score of every section, in Japanese and
# in English. The JSON and HTML reports stay in target/lighthouse/.
#
# A first visit has no language stored, so the app takes the browser's:
# Chromium's --accept-lang sets navigator.languages, and the app starts in
# English when the first of them is not Japanese (src/rules/lang.rs). The
# static first screen written into index.html is Japanese in both runs.
#
#   bash .ci/lighthouse.sh [--no-build] [--first-visit] [DIST_DIR] [-- LIGHTHOUSE_OPTIONS...]
#
# --no-build audits DIST_DIR (default dist/) as it is. --first-visit audits
# only the first visit (home, in Japanese and in English), not every
# section's accessibility, which takes minutes more. Options after -- go
# to Lighthouse (e.g. -- --throttling-method=devtools). LIGHTHOUSE_PORT sets
# the server's port (default 4180), CHROME_PATH the browser
# (default /usr/bin/chromium).
set -euo pipefail

build=1
sections_too=1
dist=dist
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --first-visit) sections_too=0 ;;
    --) shift; extra=("$@"); break ;;
    -*) echo "unknown option: $1" >&2; exit 2 ;;
    *) dist=$1 ;;
  esac
  shift
done
# A directory given on the command line is taken from where the script was
# started; everything else is relative to the repository root.
if [ "$dist" != dist ]; then
  [ -d "$dist" ] || { echo "no such directory: $dist" >&2; exit 2; }
  dist=$(cd "$dist" && pwd)
fi
cd "$(dirname "$0")/.."

if [ "$build" = 1 ]; then
  [ "$dist" = dist ] || [ "$dist" = "$PWD/dist" ] || { echo "a DIST_DIR other than dist/ needs --no-build" >&2; exit 2; }
  bash .ci/setup.sh test >/dev/null
  source .ci/env.sh
  bash .ci/build.sh >/dev/null
else
  source .ci/env.sh
fi
[ -f "$dist/index.html" ] || { echo "$dist/index.html is missing: build first (bash .ci/build.sh)" >&2; exit 1; }
command -v lighthouse >/dev/null || { echo "lighthouse is missing: run bash .ci/setup.sh test" >&2; exit 1; }

port=${LIGHTHOUSE_PORT:-4180}
url="http://127.0.0.1:$port/tsunagaru/"
export CHROME_PATH=${CHROME_PATH:-/usr/bin/chromium}
out=target/lighthouse
mkdir -p "$out"

if curl -s -o /dev/null "$url"; then
  echo "port $port is already in use: set LIGHTHOUSE_PORT" >&2
  exit 1
fi
node .ci/static-server.mjs --port "$port" --prefix /tsunagaru/ "$dist" >/dev/null &
server=$!
trap 'kill "$server" 2>/dev/null || true' EXIT
for _ in $(seq 600); do
  curl -sf -o /dev/null "$url" && break
  kill -0 "$server" 2>/dev/null || { echo "the static server did not start" >&2; exit 1; }
  sleep 0.1
done
curl -sf -o /dev/null "$url" || { echo "the static server does not answer at $url" >&2; exit 1; }

echo "Lighthouse $(lighthouse --version), $("$CHROME_PATH" --version 2>/dev/null || echo "$CHROME_PATH"), $url"
chrome_flags="--headless=new --no-sandbox --disable-gpu --disable-quic --no-first-run \
--disable-background-networking --disable-component-update --disable-sync"

# The first visit (home, Japanese): every category, with the details below.
lighthouse "$url" \
  --quiet \
  --only-categories=performance,accessibility,best-practices,seo \
  --output=json --output=html --output-path="$out/lighthouse" \
  --chrome-flags="$chrome_flags --accept-lang=ja" \
  ${extra[@]+"${extra[@]}"}

# The same first visit by a browser whose language is English.
lighthouse "$url" \
  --quiet \
  --only-categories=performance \
  --output=json --output-path="$out/lighthouse-en.report.json" \
  --chrome-flags="$chrome_flags --accept-lang=en-US" \
  ${extra[@]+"${extra[@]}"}

# Accessibility on every section, in Japanese and in English (a browser
# whose language is English starts the app in English; headless Chromium
# takes its languages from --accept-lang, not --lang).
sections=("" "window/?id=yorisoi" "spots/" "sticker/" "leaflet/" "register/" "about/" "guide/" "privacy/")
rm -f "$out"/a11y-*.json
[ "$sections_too" = 1 ] || sections=()
for lang in ja en; do
  browser_lang=ja
  [ "$lang" = en ] && browser_lang=en-US
  for section in ${sections[@]+"${sections[@]}"}; do
    name=$(printf '%s' "${section:-home}" | tr -c 'a-z0-9' '-' | sed 's/-*$//')
    lighthouse "$url$section" \
      --quiet \
      --only-categories=accessibility \
      --output=json --output-path="$out/a11y-$lang-$name.json" \
      --chrome-flags="$chrome_flags --accept-lang=$browser_lang" \
      ${extra[@]+"${extra[@]}"}
  done
done

# The summary, from the JSON reports.
node - "$out/lighthouse.report.json" "$out/lighthouse-en.report.json" <<'EOF'
const { readFileSync } = require('node:fs');
const [report, english] = process.argv.slice(2).map((path) => JSON.parse(readFileSync(path, 'utf8')));
for (const r of [report, english]) {
  if (r.runtimeError) {
    console.error(`Lighthouse failed: ${r.runtimeError.code} ${r.runtimeError.message}`);
    process.exit(1);
  }
}
const { audits, categories } = report;

const pct = (score) => (score == null ? '-' : String(Math.round(score * 100)));
const row = (label, value) => console.log(`  ${label.padEnd(26)} ${value}`);

console.log('\nscores (0-100)');
for (const id of ['performance', 'accessibility', 'best-practices', 'seo']) {
  row(categories[id]?.title ?? id, pct(categories[id]?.score));
}

/** A report's metrics and its LCP element: the first node of the audit's
 *  table (a list of tables in Lighthouse 12). */
const metrics = (r, language) => {
  const { formFactor, throttlingMethod } = r.configSettings;
  console.log(`\nmetrics, ${language} (${formFactor}, ${throttlingMethod} throttling)`);
  for (const id of ['first-contentful-paint', 'largest-contentful-paint', 'total-blocking-time', 'cumulative-layout-shift', 'speed-index']) {
    const audit = r.audits[id];
    if (audit) row(audit.title, `${audit.displayValue ?? '-'}  (score ${pct(audit.score)})`);
  }
  const lcp = r.audits['largest-contentful-paint-element']?.details;
  const tables = lcp?.type === 'list' ? lcp.items : lcp ? [lcp] : [];
  const items = tables.flatMap((t) => t.items ?? []);
  const node = items.map((item) => item.node).find(Boolean);
  const phases = items.filter((item) => item.phase);
  console.log(`\nlargest contentful paint element, ${language}`);
  if (node) {
    row('label', node.nodeLabel ?? '-');
    row('selector', node.selector ?? '-');
    row('snippet', (node.snippet ?? '-').replace(/\s+/g, ' ').slice(0, 200));
    if (phases.length) {
      row('phases', phases.map((p) => `${p.phase} ${Math.round(p.timing)} ms`).join(', '));
    }
  } else {
    row('-', 'none reported');
  }
};
metrics(report, 'Japanese');
metrics(english, 'English');

// Failing audits: those with a score below 1 in a category below 100
// (weight 0: a diagnostic that does not count in the score).
const counted = new Set(['binary', 'numeric', 'metricSavings']);
for (const [id, category] of Object.entries(categories)) {
  if (category.score === 1) continue;
  console.log(`\nfailing audits: ${category.title} (${pct(category.score)})`);
  let any = false;
  for (const ref of category.auditRefs) {
    const audit = audits[ref.id];
    if (!audit || audit.score == null || audit.score >= 1 || !counted.has(audit.scoreDisplayMode)) continue;
    any = true;
    const value = audit.displayValue ? `  ${audit.displayValue}` : '';
    console.log(`  ${audit.id.padEnd(34)} score ${pct(audit.score).padStart(3)}  weight ${String(ref.weight).padStart(2)}  ${audit.title}${value}`);
  }
  if (!any) console.log('  (none with a score below 1)');
}
for (const [r, language] of [[report, 'Japanese'], [english, 'English']]) {
  if (!r.runWarnings?.length) continue;
  console.log(`\nwarnings, ${language}`);
  for (const warning of r.runWarnings) console.log(`  ${warning}`);
}
EOF
# Accessibility of every section, with any failing audit.
if [ "$sections_too" = 1 ]; then
node - "$out" <<'EOF'
const { readFileSync, readdirSync } = require('node:fs');
const dir = process.argv[2];
console.log('\naccessibility by section (0-100)');
let lowest = 100;
for (const file of readdirSync(dir).filter((f) => /^a11y-.*\.json$/.test(f)).sort()) {
  const report = JSON.parse(readFileSync(`${dir}/${file}`, 'utf8'));
  const score = report.categories?.accessibility?.score;
  const value = score == null ? '-' : Math.round(score * 100);
  lowest = typeof value === 'number' ? Math.min(lowest, value) : lowest;
  const url = report.finalDisplayedUrl ?? report.finalUrl ?? file;
  console.log(`  ${file.split('-')[1]}  ${String(value).padStart(3)}  ${url}`);
  for (const ref of report.categories?.accessibility?.auditRefs ?? []) {
    const audit = report.audits[ref.id];
    if (audit && audit.score != null && audit.score < 1 && ref.weight > 0) console.log(`        failing: ${audit.id}  ${audit.title}`);
  }
}
console.log(`  lowest: ${lowest}`);
EOF
fi
echo
echo "reports: $out/lighthouse.report.json, $out/lighthouse.report.html, $out/lighthouse-en.report.json"
