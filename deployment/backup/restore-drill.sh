#!/usr/bin/env bash
# Restore drill: backs up a Semillero database with pg_dump, restores the dump into a scratch
# database with pg_restore, and compares the exact row count of every table. Exits non-zero
# when anything differs. Safe to run against production's replica or a copy: it only reads
# the source and writes the scratch database, which it drops at the end (--keep keeps it).
#
#   deployment/backup/restore-drill.sh [source-db]        default: semillero
#
# Connection: PGHOST (default 127.0.0.1), PGPORT (5432), PGUSER (semillero), PGPASSWORD
# (semillero, the local default). The user must be able to create databases, or the scratch
# database must be prepared by deployment/local/postgres.sh (SEMILLERO_DATABASES=<scratch>).
set -euo pipefail

SOURCE=${1:-semillero}
KEEP=false
[ "${2:-}" = "--keep" ] && KEEP=true
SCRATCH="${SOURCE}_restore_drill"
export PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-semillero} PGPASSWORD=${PGPASSWORD:-semillero}
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
say() { printf 'restore-drill: %s\n' "$*" >&2; }
counts() { # database -> "table rows" lines, sorted
  psql -X -At -d "$1" -c "select tablename from pg_tables where schemaname = 'public' order by 1" |
    while read -r table; do
      echo "$table $(psql -X -At -d "$1" -c "select count(*) from \"$table\"")"
    done
}

say "counting rows in $SOURCE"
counts "$SOURCE" > "$WORK/source.txt"
start=$(date +%s)
say "backing up $SOURCE (pg_dump, custom format)"
pg_dump --format=custom --no-owner --file="$WORK/semillero.dump" "$SOURCE"
say "dump: $(du -h "$WORK/semillero.dump" | cut -f1)"

say "preparing the scratch database $SCRATCH"
psql -X -q -d postgres -c "drop database if exists $SCRATCH"
if ! psql -X -q -d postgres -c "create database $SCRATCH" 2>/dev/null; then
  env -u PGUSER -u PGPASSWORD -u PGHOST -u PGPORT SEMILLERO_DATABASES="$SCRATCH" "$ROOT/deployment/local/postgres.sh" >/dev/null
fi
say "restoring (pg_restore)"
pg_restore --no-owner --no-comments --exit-on-error --dbname="$SCRATCH" "$WORK/semillero.dump"
seconds=$(( $(date +%s) - start ))

counts "$SCRATCH" > "$WORK/restored.txt"
tables=$(wc -l < "$WORK/source.txt")
rows=$(awk '{ s += $2 } END { print s + 0 }' "$WORK/source.txt")
$KEEP || psql -X -q -d postgres -c "drop database if exists $SCRATCH"
if diff -u "$WORK/source.txt" "$WORK/restored.txt" > "$WORK/diff.txt"; then
  echo "restore drill: pass — $tables tables, $rows rows, identical counts after backup and restore (${seconds}s)"
else
  echo "restore drill: FAIL — row counts differ:"
  cat "$WORK/diff.txt"
  exit 1
fi
