#!/usr/bin/env bash
# Shared by the long reliability checks of docs/reliability.md. Everything runs on 127.0.0.1 against
# a throwaway PostgreSQL cluster of its own (port 55432, data in $WORK/pg), never the shared server
# on 5432: the outage check stops and starts the cluster.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK=${RELIABILITY_DIR:-/tmp/chub-reliability}
PG_PORT=${RELIABILITY_PG_PORT:-55432}
PG_BIN=${PG_BIN:-/usr/lib/postgresql/15/bin}
JAR="$ROOT/target/commissioning-hub.jar"
mkdir -p "$WORK"
chmod 777 "$WORK"
PIDS=()

log() { printf '%s %s\n' "$(date -u +%H:%M:%S.%3N)" "$*"; }
now_ms() { date +%s%3N; }

# Runs a PostgreSQL tool as the postgres user when we are root (initdb refuses root).
as_pg() {
  if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi
}

pg_up() {
  if [ ! -f "$WORK/pg/PG_VERSION" ]; then
    mkdir -p "$WORK/pg"
    [ "$(id -u)" = 0 ] && chown postgres "$WORK/pg"
    as_pg "$PG_BIN/initdb -D $WORK/pg -U postgres --auth=trust >/dev/null"
  fi
  as_pg "$PG_BIN/pg_ctl -D $WORK/pg status >/dev/null" && return 0
  as_pg "$PG_BIN/pg_ctl -D $WORK/pg -l $WORK/pg.log -w -o '-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1' start >/dev/null"
}
# Left running between checks; stop it with: pg_ctl -D $WORK/pg stop (as postgres).
pg_down() { as_pg "$PG_BIN/pg_ctl -D $WORK/pg -m fast -w stop >/dev/null"; }

# psql against the throwaway cluster: sql DB 'SELECT ...'
sql() { psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -Atqc "$2"; }

fresh_db() {
  sql postgres "DROP DATABASE IF EXISTS $1 WITH (FORCE)"
  sql postgres "CREATE DATABASE $1"
}

build() {
  if [ ! -f "$JAR" ] || [ -n "$(find "$ROOT/src/main" -newer "$JAR" -type f | head -1)" ]; then
    log "building $JAR"
    (cd "$ROOT" && mvn -B -ntp -q -o -DskipTests package >/dev/null)
  fi
}

# Starts an instance on PORT against DB, demo data on; prints its pid. Logs to $WORK/app-PORT.log.
app_start() {
  local port=$1 db=$2
  SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/$db" \
    SPRING_DATASOURCE_USERNAME=postgres SPRING_DATASOURCE_PASSWORD= \
    COMMISSIONING_DEMO_LOAD_ON_START=true \
    COMMISSIONING_AUDIT_KEY="${COMMISSIONING_AUDIT_KEY:-reliability:a-throwaway-audit-key-for-the-long-checks}" \
    nohup java -Xmx512m -jar "$JAR" --server.port="$port" --spring.mail.host=127.0.0.1 \
    --spring.mail.port=1 >>"$WORK/app-$port.log" 2>&1 &
  echo $!
}

# Waits until the instance on PORT says it is ready; prints the milliseconds waited.
wait_ready() {
  local port=$1 limit=${2:-300} start
  start=$(now_ms)
  for _ in $(seq 1 $((limit * 4))); do
    if [ "$(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$port/actuator/health/readiness")" = 200 ]; then
      echo $(($(now_ms) - start))
      return 0
    fi
    sleep 0.25
  done
  echo "instance on port $port not ready after ${limit}s; see $WORK/app-$port.log" >&2
  return 1
}

kill9() { kill -9 "$1" 2>/dev/null || true; wait "$1" 2>/dev/null || true; }

# curl as a demo user with HTTP Basic: api USER METHOD PATH [curl args...]
api() {
  local user=$1 method=$2 path=$3
  shift 3
  curl -s -u "$user:demo" -X "$method" "http://127.0.0.1:${PORT:-18080}$path" "$@"
}

# Signs USER in through the form and creates a personal access token (bcrypt runs once, not on
# every request as with HTTP Basic); prints the token.
token_for() {
  local user=$1 port=$2 jar="$WORK/cookies-$1-$2" csrf
  rm -f "$jar"
  csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "username=$user" --data-urlencode "password=demo" \
    --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$port/login"
  csrf=$(curl -s -c "$jar" -b "$jar" "http://127.0.0.1:$port/account/tokens" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
  curl -s -L -c "$jar" -b "$jar" --data-urlencode "name=reliability $$" --data-urlencode "days=1" \
    --data-urlencode "_csrf=$csrf" "http://127.0.0.1:$port/account/tokens" | grep -o 'chub_[A-Za-z0-9_-]*' | head -1
}
