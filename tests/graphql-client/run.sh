#!/usr/bin/env bash
# Starts the API against NEO4J_URL on a free port, runs the GraphQL client checks (node --test
# tests/graphql-client/) against it, stops the API and exits with the tests' status.
# Needs NEO4J_URL (and NEO4J_PASSWORD) of a running Neo4j, e.g. the one ./realist test starts.
set -uo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
HERE="$ROOT/tests/graphql-client"
cd "$ROOT"

: "${NEO4J_URL:?NEO4J_URL is not set: run this with a running Neo4j (./realist test starts one)}"

if [[ ! -d "$HERE/node_modules" || "$HERE/package-lock.json" -nt "$HERE/node_modules" ]]; then
  (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error >/dev/null) || { echo "graphql-client: npm ci failed" >&2; exit 1; }
  touch "$HERE/node_modules"
fi

PORT=$(node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close();})')
LOG=$(mktemp -t realist-graphql-client-api.XXXXXX.log)

# Its own process group, so that stopping it stops the app that dotnet run starts too.
ASPNETCORE_URLS="http://127.0.0.1:$PORT" Realist__AnonymousRead=true Realist__LoadSamples=false Realist__Introspection=true \
  setsid dotnet run --project src/RealistGraph.Api -c Release --no-launch-profile >"$LOG" 2>&1 &
API_PID=$!
stop_api() {
  kill -- "-$API_PID" 2>/dev/null || kill "$API_PID" 2>/dev/null
  wait "$API_PID" 2>/dev/null
}
trap stop_api EXIT

ready=""
for _ in $(seq 1 600); do
  if ! kill -0 "$API_PID" 2>/dev/null; then
    echo "graphql-client: the API stopped before it was ready; its log:" >&2
    tail -n 50 "$LOG" >&2
    exit 1
  fi
  if curl -fsS -o /dev/null "http://127.0.0.1:$PORT/health/ready" 2>/dev/null; then ready=1; break; fi
  sleep 1
done
if [[ -z "$ready" ]]; then
  echo "graphql-client: the API was not ready within 600 s; its log:" >&2
  tail -n 50 "$LOG" >&2
  exit 1
fi

GRAPHQL_URL="http://127.0.0.1:$PORT/graphql" node --test "$HERE/"
status=$?
exit $status
