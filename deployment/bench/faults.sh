#!/usr/bin/env bash
# Fault drills against the packaged service and the benchmark database:
#   1. kill -9 of the service during vote load, then restart: every acknowledged vote is
#      stored, nothing is counted twice, no ballot is over the budget;
#   2. PostgreSQL restarted during load: requests fail fast with 503 problem+json, readiness
#      goes DOWN then UP, and the service recovers by itself;
#   3. SIGTERM under load: requests in flight finish; only 503s (or refused connections) after
#      shutdown began, never another 5xx.
# Uses the data and tokens of a previous deployment/bench/run.sh (runs `run.sh --quick` first
# when there are none). Restarting PostgreSQL needs pg_ctlcluster (Debian) and root or the
# postgres user. Prints pass/fail with counts; exits non-zero when a drill fails.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
OUT=target/bench
DB=semillero_bench
PORT=${SEMILLERO_BENCH_PORT:-8080}
BASE="http://localhost:$PORT"
WORKERS=12
export PGPASSWORD=semillero
PSQL=(psql -h 127.0.0.1 -U semillero -X -At -v ON_ERROR_STOP=1 -d "$DB")
JAVA_OPTS=${SEMILLERO_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC}

# The tokens and the database must come from the same run.sh (the same officers).
bench_matches() {
  [ -s "$OUT/params.env" ] && [ -s "$OUT/tokens/voters.txt" ] || return 1
  local officers
  officers=$("${PSQL[@]}" -c "select count(*) from person where subject like 'bench-officer-%'" 2>/dev/null) || return 1
  # shellcheck disable=SC1091
  . "$OUT/params.env"
  [ "$officers" -eq "$OFFICERS" ]
}
if ! bench_matches; then
  echo "faults: no benchmark data for these tokens; running deployment/bench/run.sh --quick first" >&2
  deployment/bench/run.sh --quick >/dev/null
  bench_matches || { echo "faults: the benchmark data is still missing" >&2; exit 1; }
fi
FAULTS="$OUT/faults"
rm -rf "$FAULTS" && mkdir -p "$FAULTS"
RESULTS=()
FAILED=0
say() { printf 'faults: %s\n' "$*" >&2; }
record() { # name pass|fail details
  RESULTS+=("| $1 | $2 | $3 |")
  [ "$2" != fail ] || FAILED=$(( FAILED + 1 ))
  say "$1: $2 ($3)"
}

SERVICE_LOG="$FAULTS/service.log"
. deployment/bench/service.sh
start_ready() { start_app; wait_ready; }
WORKER_PIDS=()
stop_workers() {
  [ "${#WORKER_PIDS[@]}" = 0 ] || { kill "${WORKER_PIDS[@]}" 2>/dev/null || true; wait "${WORKER_PIDS[@]}" 2>/dev/null || true; }
  WORKER_PIDS=()
}
cleanup() {
  stop_workers
  [ -n "$APP_PID" ] && kill -9 "$APP_PID" 2>/dev/null || true
}
trap cleanup EXIT

now_ms() { date +%s%3N; }
SID_FIRST=$("${PSQL[@]}" -c "select min(id) from submission where event_id = 1")
SID_COUNT=$("${PSQL[@]}" -c "select count(*) from submission where event_id = 1")
mapfile -t VOTER_TOKENS < "$OUT/tokens/voters.txt"
mapfile -t READER_TOKENS < "$OUT/tokens/readers.txt"

# A worker casts votes one after another for its own voters (so that the last acknowledged
# answer for an entry is that entry's final state) and logs: voter entry points status.
vote_worker() { # worker-number log
  local w=$1 log=$2 i=$w n=${#VOTER_TOKENS[@]} round=0
  while :; do
    local voter=$(( VOTER_FIRST + i ))
    local slot=$(( (round + i) % 5 ))
    local sid=$(( SID_FIRST + (voter * 7 + slot * 97) % SID_COUNT ))
    local points=$(( (round + voter) % 3 ))
    local status
    status=$(curl -s -o /dev/null -m 10 -w '%{http_code}' -X PUT -H "Authorization: Bearer ${VOTER_TOKENS[$i]}" \
      -H 'Content-Type: application/json' -d "{\"points\":$points}" \
      "$BASE/api/v1/events/bench-voting/ballot/votes/$sid" || true)
    echo "$voter $sid $points $status" >> "$log"
    i=$(( i + WORKERS )); if [ "$i" -ge "$n" ]; then i=$w; round=$(( round + 1 )); fi
  done
}

# A reader logs: start-ms end-ms sent-ms status content-type. sent-ms is when the request
# went on the wire (end minus curl's own total time plus its time to send), so that process
# start-up does not count as being "in flight".
read_worker() { # worker-number log path
  local w=$1 log=$2 path=$3 i=$w n=${#READER_TOKENS[@]}
  while :; do
    local start end out code ctype total pre
    start=$(now_ms)
    out=$(curl -s -o /dev/null -m 30 -w '%{http_code} %{time_total} %{time_pretransfer} %{content_type}' \
      -H "Authorization: Bearer ${READER_TOKENS[$i]}" "$BASE$path" || true)
    end=$(now_ms)
    read -r code total pre ctype <<<"$out"
    echo "$start $end $(awk -v e="$end" -v t="${total:-0}" -v p="${pre:-0}" 'BEGIN { printf "%d", e - (t - p) * 1000 }') ${code:-000} ${ctype:--}" >> "$log"
    i=$(( (i + WORKERS) % n ))
  done
}

# --- 1. kill -9 during vote load --------------------------------------------------------
say "1/3 kill -9 during vote load"
start_ready
"${PSQL[@]}" -c "select voter_id, submission_id, points from vote where event_id = 1" | sort > "$FAULTS/votes-before.txt"
for w in $(seq 0 $(( WORKERS - 1 ))); do vote_worker "$w" "$FAULTS/votes-$w.log" & WORKER_PIDS+=($!); done
sleep 8
kill -9 "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
APP_PID=
stop_workers
start_ready
cat "$FAULTS"/votes-*.log > "$FAULTS/votes.log"
"${PSQL[@]}" -c "select voter_id || ' ' || submission_id || ' ' || points from vote where event_id = 1" > "$FAULTS/votes-after.txt"
acknowledged=$(awk '$4 ~ /^2/' "$FAULTS/votes.log" | wc -l)
unanswered=$(awk '$4 !~ /^[2-4]/' "$FAULTS/votes.log" | wc -l)
refused=$(awk '$4 ~ /^4/' "$FAULTS/votes.log" | wc -l)
# For every entry a voter touched, the last answered request decides what must be stored;
# an unanswered request after it may or may not have been applied.
lost=$(awk '
  FILENAME == ARGV[1] { stored[$1 " " $2] = $3; next }
  { key = $1 " " $2
    if ($4 ~ /^2/) { want[key] = $3; maybe[key] = "" }
    else if ($4 !~ /^4/) { maybe[key] = maybe[key] " " $3 } }
  END {
    bad = 0
    for (key in want) {
      have = (key in stored) ? stored[key] : 0
      if (have != want[key] && index(maybe[key] " ", " " have " ") == 0) bad++
    }
    print bad
  }' "$FAULTS/votes-after.txt" "$FAULTS/votes.log")
duplicates=$("${PSQL[@]}" -c "select count(*) from (select 1 from vote group by voter_id, submission_id having count(*) > 1) d")
over=$("${PSQL[@]}" -c "select count(*) from (select 1 from vote v join event e on e.id = v.event_id group by v.event_id, v.voter_id, e.vote_budget having sum(v.points) > e.vote_budget) o")
if [ "$acknowledged" -gt 0 ] && [ "$lost" = 0 ] && [ "$duplicates" = 0 ] && [ "$over" = 0 ]; then r=pass; else r=fail; fi
record "kill -9 during vote load" "$r" "$acknowledged acknowledged, $refused refused (4xx), $unanswered unanswered (in flight at the kill or sent while it was down); acknowledged but not stored: $lost; duplicated: $duplicates; ballots over budget: $over"

# --- 2. PostgreSQL restart during load --------------------------------------------------
say "2/3 PostgreSQL restart during load"
CLUSTER_VERSION=$(ls /etc/postgresql 2>/dev/null | sort -n | tail -1)
if ! command -v pg_ctlcluster >/dev/null || [ -z "$CLUSTER_VERSION" ]; then
  record "PostgreSQL restart during load" "skipped" "pg_ctlcluster not available on this machine"
else
  for w in $(seq 0 $(( WORKERS - 1 ))); do
    read_worker "$w" "$FAULTS/pg-$w.log" /api/v1/events/bench-voting/ballot & WORKER_PIDS+=($!)
  done
  ( while :; do echo "$(now_ms) $(curl -s -o /dev/null -m 5 -w '%{http_code}' "$MANAGEMENT/q/health/ready")"; sleep 0.2; done ) \
    > "$FAULTS/ready.log" &
  WORKER_PIDS+=($!)
  sleep 3
  outage_start=$(now_ms)
  pg_ctlcluster --skip-systemctl-redirect "$CLUSTER_VERSION" main stop -m fast
  sleep 5
  pg_ctlcluster --skip-systemctl-redirect "$CLUSTER_VERSION" main start
  outage_end=$(now_ms)
  sleep 8
  stop_workers
  cat "$FAULTS"/pg-*.log > "$FAULTS/pg.log"
  ok=$(awk '$4 ~ /^2/' "$FAULTS/pg.log" | wc -l)
  unavailable=$(awk '$4 == 503 && $5 ~ /problem\+json/' "$FAULTS/pg.log" | wc -l)
  other5xx=$(awk '$4 ~ /^5/ && !($4 == 503 && $5 ~ /problem\+json/)' "$FAULTS/pg.log" | wc -l)
  other=$(awk '$4 !~ /^[25]/' "$FAULTS/pg.log" | wc -l)
  slowest_failure=$(awk '$4 !~ /^2/ { d = $2 - $1; if (d > m) m = d } END { print m + 0 }' "$FAULTS/pg.log")
  down=$(awk -v s="$outage_start" '$1 >= s && $2 == 503' "$FAULTS/ready.log" | wc -l)
  up_again=$(awk -v e="$outage_end" '$1 > e && $2 == 200' "$FAULTS/ready.log" | wc -l)
  after_ok=$(awk -v e="$outage_end" '$1 > e + 3000 && $4 ~ /^2/' "$FAULTS/pg.log" | wc -l)
  after_bad=$(awk -v e="$outage_end" '$1 > e + 3000 && $4 !~ /^2/' "$FAULTS/pg.log" | wc -l)
  if [ "$unavailable" -gt 0 ] && [ "$other5xx" = 0 ] && [ "$other" = 0 ] && [ "$slowest_failure" -le 5000 ] \
     && [ "$down" -gt 0 ] && [ "$up_again" -gt 0 ] && [ "$after_ok" -gt 0 ] && [ "$after_bad" = 0 ]; then r=pass; else r=fail; fi
  record "PostgreSQL restart during load" "$r" "$ok ok, $unavailable × 503 problem+json, $other5xx other 5xx, $other other; slowest failed request ${slowest_failure} ms; readiness DOWN $down times then UP $up_again times; 3 s after the restart: $after_ok ok, $after_bad failed"
fi

# --- 3. SIGTERM under load ----------------------------------------------------------------
say "3/3 SIGTERM under load"
for w in $(seq 0 $(( WORKERS - 1 ))); do read_worker "$w" "$FAULTS/term-$w.log" /events/bench-voting/ballot & WORKER_PIDS+=($!); done
sleep 4
term_at=$(now_ms)
kill -TERM "$APP_PID"
set +e; wait "$APP_PID"; exit_code=$?; set -e
stopped_at=$(now_ms)
APP_PID=
sleep 1
stop_workers
cat "$FAULTS"/term-*.log > "$FAULTS/term.log"
# In flight: on the wire before the signal was sent (10 ms for the signal to arrive) and
# not answered yet.
inflight=$(awk -v t="$term_at" '$3 < t - 10 && $2 >= t' "$FAULTS/term.log" | wc -l)
inflight_bad=$(awk -v t="$term_at" '$3 < t - 10 && $2 >= t && $4 !~ /^2/' "$FAULTS/term.log" | wc -l)
before_bad=$(awk -v t="$term_at" '$2 < t && $4 !~ /^2/' "$FAULTS/term.log" | wc -l)
after_5xx=$(awk -v t="$term_at" '$3 >= t - 10 && $4 ~ /^5/ && $4 != 503' "$FAULTS/term.log" | wc -l)
after_503=$(awk -v t="$term_at" '$3 >= t - 10 && $4 == 503' "$FAULTS/term.log" | wc -l)
if [ "$inflight_bad" = 0 ] && [ "$before_bad" = 0 ] && [ "$after_5xx" = 0 ] && { [ "$exit_code" = 0 ] || [ "$exit_code" = 143 ]; }; then r=pass; else r=fail; fi
record "SIGTERM under load" "$r" "$inflight requests in flight at SIGTERM, $inflight_bad of them failed; $after_503 × 503 after shutdown began, $after_5xx other 5xx; stopped in $(( stopped_at - term_at )) ms, exit code $exit_code"

{
  echo "# Semillero fault drills"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $WORKERS concurrent clients."
  echo
  echo "| drill | result | counts |"
  echo "|---|---|---|"
  printf '%s\n' "${RESULTS[@]}"
} > "$OUT/faults.md"
cat "$OUT/faults.md"
[ "$FAILED" = 0 ]
