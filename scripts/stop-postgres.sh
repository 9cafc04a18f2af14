#!/usr/bin/env bash
# Stop the server scripts/start-postgres.sh started, and remove its data.
set -u
DIR=$(cat /tmp/veille-pg.dir 2>/dev/null) || exit 0
BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
if [ "$(id -u)" = 0 ]; then su postgres -s /bin/bash -c "$BIN/pg_ctl -D $DIR/data -m fast stop" >/dev/null 2>&1
else "$BIN/pg_ctl" -D "$DIR/data" -m fast stop >/dev/null 2>&1; fi
rm -rf "$DIR" /tmp/veille-pg.dir
