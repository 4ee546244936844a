#!/usr/bin/env bash
# Consent ledger load benchmark (docs/benchmarks.md): recorded choices/s and latency over HTTP on loopback with
# wrk, for the embedded database and PostgreSQL, next to pgbench's single-row insert rate in the same run.
# Needs: wrk and pgbench (Debian: apt-get install -y wrk postgresql-client), PostgreSQL at 127.0.0.1:5432
# (database test, user postgres, trust auth), and a built jar (./mvnw -q -DskipTests package).
# Usage: cookiekeur-benchmarks/ledger/run.sh [seconds per run, default 15] [connections, default 64]
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
here="$root/cookiekeur-benchmarks/ledger"
seconds="${1:-15}"
connections="${2:-64}"
java="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
jar="$root/cookiekeur-app/target/cookiekeur.jar"
work="$(mktemp -d)"
port=18181
pg="jdbc:postgresql://127.0.0.1:5432/test?user=postgres&currentSchema=ck_ledger_bench"
psql_test() { psql -q -h 127.0.0.1 -U postgres test -c "$1" >/dev/null; }
server_pid=""
cleanup() {
  [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true
  psql_test "DROP SCHEMA IF EXISTS ck_ledger_bench CASCADE; DROP TABLE IF EXISTS ck_pgbench_insert" || true
  rm -rf "$work"
}
trap cleanup EXIT

echo "# $(date -u +%Y-%m-%dT%H:%MZ) $(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg)"

echo "## pgbench: single-row INSERT, 8 clients, 2 threads, ${seconds}s"
psql_test "DROP TABLE IF EXISTS ck_pgbench_insert; CREATE TABLE ck_pgbench_insert (id bigserial PRIMARY KEY, consent_id text, payload text)"
pgbench -n -f "$here/insert.sql" -c 8 -j 2 -T "$seconds" -h 127.0.0.1 -U postgres test 2>&1 | grep -E "^tps|latency average"

start_server() {
  # wrk is one client with many connections: lift the per-client limits (docs/consent-ledger.md) for the load
  COOKIEKEUR_HOME="$work/home" "$java" -jar "$jar" serve --port "$port" \
    --max-connections-per-client $((connections + 16)) --max-requests-per-client $((connections + 16)) \
    --choices-per-second 0 "$@" >"$work/serve.log" 2>&1 &
  server_pid=$!
  for _ in $(seq 1 120); do
    curl -sf -o /dev/null "http://127.0.0.1:$port/v1/sites/demo/config" && return 0
    sleep 0.5
  done
  echo "server did not start:"; cat "$work/serve.log"; exit 1
}

stop_server() {
  kill "$server_pid"; wait "$server_pid" 2>/dev/null || true; server_pid=""
}

measure() {
  local label="$1"; shift
  start_server "$@"
  local version
  version="$(curl -s "http://127.0.0.1:$port/v1/sites/demo/config" | sed -E 's/.*"version":"(sha256-[0-9a-f]{64})".*/\1/')"
  echo "## $label: GET /v1/sites/demo/config (HTTP only, no write), ${seconds}s, $connections connections"
  wrk -t2 -c"$connections" -d5s "http://127.0.0.1:$port/v1/sites/demo/config" >/dev/null 2>&1   # warm-up
  wrk -t2 -c"$connections" -d"${seconds}s" --latency "http://127.0.0.1:$port/v1/sites/demo/config" 2>&1 \
    | grep -E "Requests/sec|^ +(50|99)%|Non-2xx"
  echo "## $label: POST /v1/sites/demo/consents (recorded, committed choices), ${seconds}s, $connections connections"
  CK_VERSION="$version" wrk -t2 -c"$connections" -d5s -s "$here/post-choice.lua" "http://127.0.0.1:$port" >/dev/null 2>&1
  CK_VERSION="$version" wrk -t2 -c"$connections" -d"${seconds}s" --latency -s "$here/post-choice.lua" \
    "http://127.0.0.1:$port" 2>&1 | grep -E "Requests/sec|^ +(50|90|99)%|Non-2xx|requests in"
  stop_server
  COOKIEKEUR_HOME="$work/home" "$java" -jar "$jar" consent verify --site demo "$@" | grep -E "Records|intact" || true
}

measure "embedded H2"
psql_test "DROP SCHEMA IF EXISTS ck_ledger_bench CASCADE; CREATE SCHEMA ck_ledger_bench"
measure "PostgreSQL" --db "$pg"
