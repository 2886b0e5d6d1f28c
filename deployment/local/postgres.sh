#!/usr/bin/env bash
# Makes a local PostgreSQL on localhost:5432 ready for Semillero's dev mode and tests.
# Idempotent; safe to run before every command. It handles three situations:
#   - PostgreSQL running (any auth method): only the role and databases are ensured;
#   - PostgreSQL installed but stopped: the cluster is started first;
#   - PostgreSQL absent: on Debian/Ubuntu as root, the distribution's package is installed.
# It then ensures role "semillero" (password "semillero": local development only) and the
# databases "semillero" (dev mode) and "semillero_test" (tests), both owned by that role,
# with the extensions the schema uses.
set -euo pipefail

PGPORT_WANTED="${SEMILLERO_PG_PORT:-5432}"
ROLE="semillero"
ROLE_PASSWORD="semillero"
# SEMILLERO_DATABASES names other databases to prepare (the benchmark uses semillero_bench).
read -r -a DATABASES <<< "${SEMILLERO_DATABASES:-semillero semillero_test}"
EXTENSIONS=(pg_trgm unaccent)

say() { echo "postgres.sh: $*"; }
fail() { echo "postgres.sh: ERROR: $*" >&2; exit 1; }

is_root() { [ "$(id -u)" -eq 0 ]; }

server_ready() { pg_isready -q -h 127.0.0.1 -p "$PGPORT_WANTED" 2>/dev/null; }

install_postgresql() {
  is_root || fail "PostgreSQL is not installed and this is not root. Install it (Debian: 'sudo apt-get install postgresql') and run this script again."
  command -v apt-get >/dev/null 2>&1 || fail "PostgreSQL is not installed and there is no apt-get here. Install PostgreSQL 14 or newer listening on localhost:$PGPORT_WANTED and run this script again."
  say "PostgreSQL is not installed; installing the distribution's 'postgresql' package"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq postgresql >/dev/null
  say "installed PostgreSQL"
}

start_clusters() {
  command -v pg_lsclusters >/dev/null 2>&1 || fail "PostgreSQL is installed but not running, and this system has no pg_lsclusters to start it. Start your PostgreSQL on localhost:$PGPORT_WANTED and run this script again."
  if [ -z "$(pg_lsclusters -h 2>/dev/null)" ]; then
    is_root || fail "no PostgreSQL cluster exists and this is not root; create one with 'sudo pg_createcluster <version> main --start'."
    local version
    version=$(ls /usr/lib/postgresql | sort -V | tail -n 1)
    say "no cluster exists; creating cluster $version/main on port $PGPORT_WANTED"
    pg_createcluster "$version" main --port "$PGPORT_WANTED" >/dev/null
  fi
  while read -r version name port status _; do
    [ "$port" = "$PGPORT_WANTED" ] || continue
    case "$status" in
      online*) ;;
      *)
        say "starting cluster $version/$name (port $port)"
        if is_root; then
          pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start
        else
          sudo -n pg_ctlcluster --skip-systemctl-redirect "$version" "$name" start 2>/dev/null \
            || pg_ctlcluster "$version" "$name" start \
            || fail "could not start cluster $version/$name; start it yourself (e.g. 'sudo pg_ctlcluster $version $name start')."
        fi
        ;;
    esac
  done < <(pg_lsclusters -h)
}

wait_until_ready() {
  for _ in $(seq 1 30); do
    server_ready && return 0
    sleep 1
  done
  fail "PostgreSQL did not accept connections on localhost:$PGPORT_WANTED within 30 seconds."
}

# Runs SQL as a superuser, choosing the first way that works here: the postgres OS user
# through the local socket (peer auth, the Debian default), or TCP without a password
# (trust auth), or PGPASSWORD/PGUSER given by the caller.
superuser_psql() {
  local PGOPTIONS="-c client_min_messages=warning"
  export PGOPTIONS
  if is_root && id postgres >/dev/null 2>&1 \
      && runuser -u postgres -- psql -p "$PGPORT_WANTED" -Atqc 'select 1' postgres >/dev/null 2>&1; then
    runuser -u postgres -- psql -p "$PGPORT_WANTED" -v ON_ERROR_STOP=1 -Atq "$@"
  elif psql -h 127.0.0.1 -p "$PGPORT_WANTED" -U "${PGUSER:-postgres}" -w -Atqc 'select 1' postgres >/dev/null 2>&1; then
    psql -h 127.0.0.1 -p "$PGPORT_WANTED" -U "${PGUSER:-postgres}" -w -v ON_ERROR_STOP=1 -Atq "$@"
  elif command -v sudo >/dev/null 2>&1 && sudo -n -u postgres psql -p "$PGPORT_WANTED" -Atqc 'select 1' postgres >/dev/null 2>&1; then
    sudo -n -u postgres psql -p "$PGPORT_WANTED" -v ON_ERROR_STOP=1 -Atq "$@"
  else
    fail "cannot connect to PostgreSQL as a superuser. Run this script as root, or set PGUSER/PGPASSWORD for a superuser, and try again."
  fi
}

if ! command -v psql >/dev/null 2>&1 || ! command -v pg_isready >/dev/null 2>&1; then
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    install_postgresql
  fi
fi

if server_ready; then
  say "PostgreSQL is running on localhost:$PGPORT_WANTED"
else
  if ! ls /usr/lib/postgresql/*/bin/postgres >/dev/null 2>&1; then
    install_postgresql
  fi
  start_clusters
  wait_until_ready
  say "PostgreSQL is running on localhost:$PGPORT_WANTED"
fi

if [ "$(superuser_psql -c "select 1 from pg_roles where rolname = '$ROLE'" postgres)" = "1" ]; then
  superuser_psql -c "alter role $ROLE with login password '$ROLE_PASSWORD'" postgres
  say "role '$ROLE' exists (password reset to the dev default)"
else
  superuser_psql -c "create role $ROLE with login password '$ROLE_PASSWORD'" postgres
  say "created role '$ROLE'"
fi

for db in "${DATABASES[@]}"; do
  if [ "$(superuser_psql -c "select 1 from pg_database where datname = '$db'" postgres)" = "1" ]; then
    say "database '$db' exists"
  else
    superuser_psql -c "create database $db owner $ROLE encoding 'UTF8' template template0" postgres
    say "created database '$db'"
  fi
  for ext in "${EXTENSIONS[@]}"; do
    superuser_psql -c "create extension if not exists $ext" "$db"
  done
done

if PGPASSWORD="$ROLE_PASSWORD" psql -h 127.0.0.1 -p "$PGPORT_WANTED" -U "$ROLE" -w -Atqc 'select 1' "${DATABASES[0]}" >/dev/null 2>&1; then
  say "ready: role '$ROLE' can sign in to ${DATABASES[*]} on localhost:$PGPORT_WANTED"
else
  fail "role '$ROLE' cannot sign in over TCP on localhost:$PGPORT_WANTED; check pg_hba.conf allows password (scram-sha-256 or md5) or trust auth for 127.0.0.1."
fi
