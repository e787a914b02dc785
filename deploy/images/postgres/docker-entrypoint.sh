#!/usr/bin/env bash
# Entrypoint of spinepath/postgres:15.
#
# On first start (empty $PGDATA) it creates the cluster, the superuser POSTGRES_USER with
# POSTGRES_PASSWORD, the database POSTGRES_DB and every database named in
# POSTGRES_MULTIPLE_DATABASES (comma separated, owned by POSTGRES_USER), then runs
# /docker-entrypoint-initdb.d/*.sql, *.sql.gz and *.sh in name order against POSTGRES_DB.
# That work happens on a server that listens on the Unix socket only; it is then stopped and
# the real server started, so "database system is ready to accept connections" is logged twice
# on a fresh volume, once on an existing one (the community image behaves the same way).
#
# Arguments starting with "-" are passed to postgres: `docker run IMAGE -c fsync=off`.
set -Eeuo pipefail

log() { printf '%s [entrypoint] %s\n' "$(date -u '+%Y-%m-%d %H:%M:%S UTC')" "$*"; }
die() { log "error: $*" >&2; exit 1; }

if [ $# -eq 0 ]; then
  set -- postgres
fi
if [ "${1:0:1}" = '-' ]; then
  set -- postgres "$@"
fi

if [ "$1" != 'postgres' ]; then
  exec "$@"
fi

# Started as root (the default): make the data directory ours, then drop to "postgres". A volume
# mounted over $PGDATA arrives owned by root.
if [ "$(id -u)" = '0' ]; then
  mkdir -p "$PGDATA"
  chown postgres:postgres "$PGDATA"
  chmod 0700 "$PGDATA"
  exec setpriv --reuid=postgres --regid=postgres --init-groups "${BASH_SOURCE[0]}" "$@"
fi

POSTGRES_USER=${POSTGRES_USER:-postgres}
POSTGRES_DB=${POSTGRES_DB:-$POSTGRES_USER}
POSTGRES_HOST_AUTH_METHOD=${POSTGRES_HOST_AUTH_METHOD:-scram-sha-256}

psql_as_owner() {
  psql -v ON_ERROR_STOP=1 --no-psqlrc --quiet --username "$POSTGRES_USER" --no-password "$@"
}

# An identifier we are willing to put between double quotes: letters, digits, _ and -.
check_name() {
  [[ $1 =~ ^[A-Za-z_][A-Za-z0-9_-]{0,62}$ ]] || die "not a plain database name: '$1'"
}

create_database() {
  local name=$1
  check_name "$name"
  if [ "$(psql_as_owner --dbname postgres -tAc "SELECT 1 FROM pg_database WHERE datname = '$name'")" != '1' ]; then
    log "creating database $name owned by $POSTGRES_USER"
    psql_as_owner --dbname postgres -c "CREATE DATABASE \"$name\" OWNER \"$POSTGRES_USER\""
  fi
}

run_init_scripts() {
  local f
  shopt -s nullglob
  for f in /docker-entrypoint-initdb.d/*; do
    case "$f" in
      *.sh)
        if [ -x "$f" ]; then
          log "running $f"
          "$f"
        else
          log "sourcing $f"
          # shellcheck disable=SC1090
          . "$f"
        fi
        ;;
      *.sql)    log "running $f"; psql_as_owner --dbname "$POSTGRES_DB" -f "$f" ;;
      *.sql.gz) log "running $f"; gzip -dc "$f" | psql_as_owner --dbname "$POSTGRES_DB" ;;
      *)        log "ignoring $f" ;;
    esac
  done
  shopt -u nullglob
}

initialise() {
  if [ -z "${POSTGRES_PASSWORD:-}" ] && [ "$POSTGRES_HOST_AUTH_METHOD" != 'trust' ]; then
    die "POSTGRES_PASSWORD is empty. Set it, or POSTGRES_HOST_AUTH_METHOD=trust for a throw-away database."
  fi
  check_name "$POSTGRES_USER"
  check_name "$POSTGRES_DB"

  # A server started with fsync=off (tests do) has declared durability irrelevant: then the
  # setup skips its fsyncs too, which saves seconds per container.
  local no_sync='' setup_options="-c listen_addresses='' -p 5432"
  local arg
  for arg in "$@"; do
    if [ "$arg" = 'fsync=off' ] || [ "$arg" = '--fsync=off' ]; then
      no_sync=--no-sync
      setup_options="$setup_options -c fsync=off"
    fi
  done

  log "initialising a PostgreSQL $PG_MAJOR cluster in $PGDATA"
  local pwfile
  pwfile=$(mktemp)
  printf '%s\n' "${POSTGRES_PASSWORD:-}" >"$pwfile"
  # POSTGRES_INITDB_ARGS holds several options: word splitting is intended.
  # shellcheck disable=SC2086
  initdb --pgdata="$PGDATA" --username="$POSTGRES_USER" --pwfile="$pwfile" \
    --encoding=UTF8 --locale=C.UTF-8 --auth-local=trust --auth-host="$POSTGRES_HOST_AUTH_METHOD" \
    $no_sync ${POSTGRES_INITDB_ARGS:-} >/dev/null
  rm -f "$pwfile"

  # Reachable from other containers; Docker publishes the port on loopback only.
  printf "\nlisten_addresses = '*'\n" >>"$PGDATA/postgresql.conf"
  cat >"$PGDATA/pg_hba.conf" <<EOF
# TYPE  DATABASE  USER  ADDRESS  METHOD
local   all       all            trust
host    all       all   all      $POSTGRES_HOST_AUTH_METHOD
EOF

  # A server for setup only: Unix socket, no TCP, so nobody connects before we are done.
  pg_ctl --pgdata="$PGDATA" --options="$setup_options" --wait --silent start

  if [ "$POSTGRES_DB" != 'postgres' ]; then
    create_database "$POSTGRES_DB"
  fi
  local db
  IFS=',' read -r -a extra <<<"${POSTGRES_MULTIPLE_DATABASES:-}"
  for db in "${extra[@]}"; do
    db=$(echo "$db" | tr -d '[:space:]')
    [ -n "$db" ] && create_database "$db"
  done

  export PGUSER=$POSTGRES_USER PGDATABASE=$POSTGRES_DB
  run_init_scripts

  pg_ctl --pgdata="$PGDATA" --mode=fast --wait --silent stop
  log "initialisation complete"
}

if [ ! -s "$PGDATA/PG_VERSION" ]; then
  initialise "$@"
fi

exec "$@"
