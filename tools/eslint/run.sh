#!/usr/bin/env bash
# ESLint over the repository's JavaScript (config: eslint.config.js beside this script). Installs
# its npm packages on first use. Exit code non-zero when anything is flagged.
set -euo pipefail
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="$(cd "$HERE/../.." && pwd)"
if [[ ! -d "$HERE/node_modules/eslint" || "$HERE/package-lock.json" -nt "$HERE/node_modules" ]]; then
  (cd "$HERE" && npm ci --no-audit --no-fund --loglevel=error >/dev/null && touch node_modules)
fi
cd "$ROOT"
exec node "$HERE/node_modules/eslint/bin/eslint.js" --config "$HERE/eslint.config.js" --max-warnings 0 \
  web/src web/test web/build.mjs web/page-shell.mjs tests/RealistGraph.BrowserTests tests/graphql-client tools/cypher-lint tools/eslint "$@"
