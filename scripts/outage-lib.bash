# Shared by scripts/outage-probe and scripts/outage-import (sourced, not run).
#
# Each of them runs its own Neo4j test server (scripts/neo4j-test-server) in a
# home of its own on ports of its own, so that stopping it never touches the
# shared test server on 7687 that `go test` uses. The jars are the shared
# server's (NEO4J_TEST_JAR_DIR): downloaded once, on a fresh machine by
# whichever server starts first.

# The shared server's home holds the jars; read before NEO4J_TEST_HOME is
# replaced below.
OUTAGE_JAR_DIR="${NEO4J_TEST_JAR_DIR:-${NEO4J_TEST_HOME:-${XDG_CACHE_HOME:-$HOME/.cache}/eventgraph-neo4j}}"

# outage_server_env NAME BOLT_PORT HTTP_PORT: the settings of this script's
# own server, used by every neo4j_own call.
outage_server_env() {
  OUTAGE_NAME="$1"
  OUTAGE_HOME="${TMPDIR:-/tmp}/eventgraph-outage-$1"
  OUTAGE_BOLT_PORT="$2"
  OUTAGE_HTTP_PORT="$3"
  if [ "$OUTAGE_BOLT_PORT" = 7687 ] || [ "$OUTAGE_HTTP_PORT" = 7474 ]; then
    echo "$OUTAGE_NAME: refusing the shared test server's ports" >&2
    exit 2
  fi
  OUTAGE_KEEP_DATA=""
}

# neo4j_own start|stop|status: scripts/neo4j-test-server on this script's
# own server, always with every setting spelled out, so that no inherited
# environment can make it act on the shared one.
neo4j_own() {
  env NEO4J_TEST_HOME="$OUTAGE_HOME" NEO4J_TEST_JAR_DIR="$OUTAGE_JAR_DIR" \
    NEO4J_TEST_BOLT_PORT="$OUTAGE_BOLT_PORT" NEO4J_TEST_HTTP_PORT="$OUTAGE_HTTP_PORT" \
    NEO4J_TEST_KEEP_DATA="$OUTAGE_KEEP_DATA" \
    scripts/neo4j-test-server "$@"
}

now() { date +%s.%N; }

# since T0: seconds since T0 (from now), to one decimal.
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }

# wait_for SECONDS WHAT CMD...: polls CMD every 0.1 s until it succeeds;
# fails after SECONDS, or at once when CMD returns 10 (it never will).
wait_for() {
  local secs="$1" what="$2" t0 rc
  shift 2
  t0=$(now)
  while :; do
    rc=0
    "$@" || rc=$?
    case "$rc" in
      0) return 0 ;;
      10) return 1 ;;
    esac
    if awk -v a="$t0" -v b="$(now)" -v s="$secs" 'BEGIN { exit !(b - a > s) }'; then
      echo "timed out after ${secs}s waiting for $what" >&2
      return 1
    fi
    sleep 0.1
  done
}
