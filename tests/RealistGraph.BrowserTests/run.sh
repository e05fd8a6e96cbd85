#!/usr/bin/env bash
# Browser tests: the web pages in Debian's Chromium, driven by playwright-core, against a real API.
# Run by `./realist test` (which has started a test Neo4j and exported NEO4J_URL / NEO4J_PASSWORD, built
# the pages and run `npm ci` here). Standalone: export NEO4J_URL and NEO4J_PASSWORD first.
#
# Steps: the pages' unit tests (node --test web/test), then the API on a free local port with the
# sample studies (loaded only when the graph is empty; this script imports nothing), then the page
# tests (node --test). The API is stopped at the end; the exit code is non-zero when any test failed.
set -uo pipefail

HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
say() { printf '\033[1m[browser-tests]\033[0m %s\n' "$*" >&2; }

: "${NEO4J_URL:?NEO4J_URL must point at a running Neo4j (./realist test starts one)}"
CHROMIUM="${CHROMIUM_PATH:-/usr/bin/chromium}"
[[ -x "$CHROMIUM" ]] || { say "no Chromium at $CHROMIUM (apt-get install chromium)"; exit 1; }

failed=0

say "web unit tests"
(cd "$ROOT/web" && node --test test/) || failed=1

if [[ ! -f "$ROOT/src/RealistGraph.Api/wwwroot/index.html" ]]; then
  say "building the web pages"
  (cd "$ROOT/web" && { [[ -d node_modules ]] || npm ci --no-audit --no-fund --loglevel=error; } && npm run --silent build) || exit 1
fi
[[ -d "$HERE/node_modules/playwright-core" ]] || (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error) || exit 1

say "building the API and the CLI"
dotnet build "$ROOT/src/RealistGraph.Api" -c Release -v quiet -nologo >/dev/null || { say "the API does not build"; exit 1; }
dotnet build "$ROOT/src/RealistGraph.Cli" -c Release -v quiet -nologo >/dev/null || { say "the CLI does not build"; exit 1; }

# An editor key for the import page's tests, made as an operator would (only its hash is stored in the graph).
EDITOR_KEY="$(dotnet "$ROOT/src/RealistGraph.Cli/bin/Release/net10.0/realist-cli.dll" keys create --role editor --name "browser-tests-$$-$RANDOM" 2>/dev/null)"
[[ "$EDITOR_KEY" == rgk_* ]] || { say "could not make an editor key with the CLI"; exit 1; }
export EDITOR_KEY

PORT="$(node -e "const s=require('net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})")"
BASE_URL="http://127.0.0.1:$PORT"
WORK="$(mktemp -d "${TMPDIR:-/tmp}/realist-browser.XXXXXX")"
LOG="$WORK/api.log"

say "starting the API on $BASE_URL (log: $LOG)"
# Its own session, so that stopping it stops `dotnet run` and the service it started, and nothing else.
Realist__AnonymousRead=true Realist__LoadSamples=true Realist__SamplesPath="$ROOT/samples" Realist__GraphiQL=true Realist__Introspection=true ASPNETCORE_URLS="$BASE_URL" \
  setsid dotnet run --project "$ROOT/src/RealistGraph.Api" -c Release --no-build --no-launch-profile >"$LOG" 2>&1 &
API_PID=$!
stop_api() {
  if kill -0 "$API_PID" 2>/dev/null; then
    kill -TERM -- "-$API_PID" 2>/dev/null
    for _ in $(seq 1 50); do kill -0 "$API_PID" 2>/dev/null || break; sleep 0.2; done
    kill -KILL -- "-$API_PID" 2>/dev/null
  fi
  return 0
}
trap stop_api EXIT

wait_for() { # wait_for SECONDS DESCRIPTION COMMAND...
  local seconds=$1 what=$2; shift 2
  for _ in $(seq 1 "$((seconds * 2))"); do
    "$@" && return 0
    kill -0 "$API_PID" 2>/dev/null || { say "the API stopped while waiting for $what"; tail -40 "$LOG" >&2; return 1; }
    sleep 0.5
  done
  say "timed out waiting for $what"; tail -40 "$LOG" >&2; return 1
}
ready() { [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE_URL/health/ready")" == 200 ]]; }
has_studies() {
  local n
  n="$(curl -s -H 'content-type: application/json' -d '{"query":"{ studies { totalCount } }"}' "$BASE_URL/graphql" |
    node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>{try{console.log(JSON.parse(s).data.studies.totalCount)}catch{console.log(0)}})')"
  [[ "${n:-0}" -ge "$SAMPLE_COUNT" ]]
}
# Every study document of samples/ is loaded (one import each, in order); wait for all of them.
SAMPLE_COUNT=$(find "$ROOT/samples" -maxdepth 1 \( -name '*.yaml' -o -name '*.json' \) | wc -l)
wait_for 180 "GET /health/ready = 200" ready || exit 1
wait_for 120 "the sample studies" has_studies || exit 1

# Screenshots of every page at 1440 and 390 px for a reviewer (git ignores artifacts/).
ARTIFACTS_DIR="${ARTIFACTS_DIR:-$ROOT/artifacts/browser}"
rm -rf "$ARTIFACTS_DIR/screenshots"
say "page tests (screenshots in $WORK and $ARTIFACTS_DIR/screenshots)"
BASE_URL="$BASE_URL" SCREENSHOT_DIR="$WORK" ARTIFACTS_DIR="$ARTIFACTS_DIR" CHROMIUM_PATH="$CHROMIUM" \
  node --test --test-concurrency=1 "$HERE"/*.test.mjs || failed=1
say "screenshots of every page at 1440 and 390 px: $ARTIFACTS_DIR/screenshots"

stop_api
if [[ $failed -ne 0 ]]; then
  say "FAILED (API log: $LOG)"
  exit 1
fi
say "passed"
