#!/usr/bin/env bash
# Fan-out of one notification to every officer (voting opens), on the benchmark dataset:
# the statement Notifications.fanOut runs (inbox rows plus outbox rows for those who get
# e-mail at once), against a baseline in the same run: the same rows written to a plain
# table without indexes, the cost floor of writing them at all.
#
#   deployment/bench/fanout.sh            20,000 officers (1 in 10 prefer a daily digest)
#   OFFICERS=3000 deployment/bench/fanout.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
DB=semillero_fanout
OFFICERS=${OFFICERS:-20000}
export PGPASSWORD=${PGPASSWORD:-semillero}
PSQL=(psql -q -X -h 127.0.0.1 -U semillero)
"${PSQL[@]}" -d postgres -c "drop database if exists $DB" 2>/dev/null
SEMILLERO_DATABASES=$DB deployment/local/postgres.sh >/dev/null
for migration in $(ls src/main/resources/db/migration/*.sql | sort -V); do
  "${PSQL[@]}" -d $DB -v ON_ERROR_STOP=1 -f "$migration" >/dev/null
done
(cd deployment/bench && "${PSQL[@]}" -d $DB -v officers="$OFFICERS" -v departments=40 -v challenges=200 -v ideas=10000 \
  -v supports=100000 -v comments=30000 -v teams=500 -v judges=10 -v ballots=15000 -v closed_events=20 -v projects=300 \
  -f seed.sql >/dev/null)
"${PSQL[@]}" -d $DB -c "insert into notification_preference select id, 'EVENTS', 'DAILY' from person where id % 10 = 0"

run() { # label, setup SQL, measured SQL: prints the label, then the best execution time of 3 (ms) on its own line
  local best=""
  for _ in 1 2 3; do
    local ms
    ms=$("${PSQL[@]}" -d $DB -c "begin" -c "$2" -c "explain (analyze, summary) $3" -c "rollback" \
      | awk '/Execution Time:/ { print $3 }')
    if [ -z "$best" ] || awk "BEGIN { exit !($ms < $best) }"; then best=$ms; fi
  done
  printf '%s: %s ms\n' "$1" "$best" >&2
  echo "$best"
}

BASE=$(run "baseline: $OFFICERS rows into a plain table" "
  create temp table floor (person_id bigint, type text, category text, params jsonb, url text)" "
  insert into floor select id, 'VOTING_OPENED', 'EVENTS', '{\"event\":\"Bench\"}', '/events/bench/ballot'
  from person where removed_at is null")
FAN=$(run "fan-out: inbox and outbox in one statement" "select 1" "
  with recipient as (select id as person_id from person where removed_at is null),
  inbox as (
      insert into notification (person_id, type, category, params, url)
      select distinct r.person_id, 'VOTING_OPENED', 'EVENTS', cast('{\"event\":\"Bench\"}' as jsonb), '/events/bench/ballot'
      from recipient r join person p on p.id = r.person_id where p.removed_at is null and r.person_id is distinct from -1
      returning id, person_id)
  insert into mail_outbox (person_id, kind, notification_id)
  select inbox.person_id, 'IMMEDIATE', inbox.id from inbox join person p on p.id = inbox.person_id
  left join notification_preference pref on pref.person_id = inbox.person_id and pref.category = 'EVENTS'
  where p.email is not null and coalesce(pref.delivery, 'IMMEDIATE') = 'IMMEDIATE'")
awk -v f="$FAN" -v b="$BASE" 'BEGIN { printf "ratio fan-out / baseline: %.1f\n", f / b }'
