#!/usr/bin/env bash
# Start a throwaway PostgreSQL server on loopback for the test suite and print its URL.
# Installs Debian's postgresql package when the machine lacks it. Stop it with
# scripts/stop-postgres.sh (the data folder is printed on stderr).
set -euo pipefail
if ! ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1; then
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq postgresql >/dev/null
fi
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
PORT=${VEILLE_PG_PORT:-54329}
DIR=$(mktemp -d /tmp/veille-pg.XXXXXX)
chown postgres "$DIR"
as_postgres() { if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$*"; else bash -c "$*"; fi; }
as_postgres "$BIN/initdb -D $DIR/data -A trust -U postgres" >/dev/null
as_postgres "$BIN/pg_ctl -D $DIR/data -o '-p $PORT -k $DIR -c listen_addresses=127.0.0.1' -l $DIR/server.log -w start" >/dev/null
as_postgres "$BIN/createdb -h 127.0.0.1 -p $PORT -U postgres veille_test"
echo "$DIR" > /tmp/veille-pg.dir
echo "PostgreSQL data in $DIR" >&2
echo "postgresql://postgres@127.0.0.1:$PORT/veille_test"
