#!/usr/bin/env bash
# A throwaway PostgreSQL cluster on 127.0.0.1 for the tests and benchmarks that need a server.
#   releng/postgres.sh start   initialise (once) and start it; prints its JDBC URL
#   releng/postgres.sh stop    stop it
#   releng/postgres.sh status  whether it runs
# It runs as a non-root user (the distribution's 'postgres' account when called as root), takes SCRAM
# password logins over TCP, and keeps its data in $ATRIUM_PG_DIR (default /tmp/atrium-postgres).
# Tests find it through ATRIUM_TEST_POSTGRES_URL/_USER/_PASSWORD, which default to the values below.
set -euo pipefail

port=${ATRIUM_PG_PORT:-55432}
data=${ATRIUM_PG_DIR:-/tmp/atrium-postgres}
admin=atrium_admin
password=${ATRIUM_TEST_POSTGRES_PASSWORD:-atrium-admin-secret}

bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1 || true)
if [ -z "$bin" ] || [ ! -x "$bin/pg_ctl" ]; then
  echo "PostgreSQL is not installed: apt-get install postgresql (the server packages), then run this again." >&2
  exit 1
fi

as_owner() {
  if [ "$(id -u)" = 0 ]; then
    runuser -u postgres -- "$@"
  else
    "$@"
  fi
}

start() {
  if [ ! -s "$data/PG_VERSION" ]; then
    mkdir -p "$data"
    [ "$(id -u)" = 0 ] && chown postgres: "$data"
    chmod 700 "$data"
    local pwfile
    pwfile=$(mktemp)
    printf '%s\n' "$password" >"$pwfile"
    chmod 644 "$pwfile"
    as_owner "$bin/initdb" -D "$data" -U "$admin" --pwfile="$pwfile" --auth-host=scram-sha-256 \
      --auth-local=scram-sha-256 -E UTF8 --locale=C.UTF-8 >/dev/null
    rm -f "$pwfile"
    cat >>"$data/postgresql.conf" <<EOF
listen_addresses = '127.0.0.1'
port = $port
unix_socket_directories = '$data'
password_encryption = 'scram-sha-256'
max_connections = 200
fsync = off
synchronous_commit = off
full_page_writes = off
EOF
  fi
  if as_owner "$bin/pg_ctl" -D "$data" status >/dev/null 2>&1; then
    echo "PostgreSQL already runs on 127.0.0.1:$port"
  else
    as_owner "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w -t 60 start >/dev/null
    echo "PostgreSQL started on 127.0.0.1:$port"
  fi
  echo "ATRIUM_TEST_POSTGRES_URL=jdbc:postgresql://127.0.0.1:$port/postgres"
  echo "ATRIUM_TEST_POSTGRES_USER=$admin"
}

case "${1:-start}" in
  start) start ;;
  stop) as_owner "$bin/pg_ctl" -D "$data" -w stop >/dev/null && echo "PostgreSQL stopped" ;;
  status) as_owner "$bin/pg_ctl" -D "$data" status ;;
  *) echo "usage: $0 start|stop|status" >&2; exit 2 ;;
esac
