#!/usr/bin/env bash
# Semillero benchmark: builds the packaged service, seeds an institution at scale into
# semillero_bench, starts the service in the "bench" profile (bearer tokens signed by a key
# generated here), loads it with wrk and measures the same SQL with pgbench in the same run.
#
#   deployment/bench/run.sh            full dataset, 20 s per path
#   deployment/bench/run.sh --quick    small dataset, 5 s per path (smoke check)
#   --no-build                         reuse target/quarkus-app and the floor application
#   --profile                          also record JFR profiles of the HTML pages (target/bench/*.jfr)
#   SEMILLERO_BENCH_ONLY=dashboard     only the paths whose name contains that text (start-up still measured)
#
# Needs: psql, pgbench and wrk (Debian: postgresql-client, postgresql-contrib, wrk), a JDK 17.
# Writes target/bench/report.md and prints it.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
QUICK=false
BUILD=true
PROFILE=false
for arg in "$@"; do
  case "$arg" in
    --quick) QUICK=true ;;
    --no-build) BUILD=false ;;
    --profile) PROFILE=true ;;
    *) echo "usage: $0 [--quick] [--no-build] [--profile]" >&2; exit 2 ;;
  esac
done
for tool in psql pgbench wrk java curl; do
  command -v "$tool" >/dev/null || { echo "run.sh: '$tool' is missing (Debian: apt-get install postgresql-client postgresql-contrib wrk curl)" >&2; exit 1; }
done

OUT=target/bench
DB=semillero_bench
PORT=${SEMILLERO_BENCH_PORT:-8080}
BASE="http://localhost:$PORT"
CONNS=32
THREADS=2
# The heap the operations guide recommends for one replica (docs/operations.md).
JAVA_OPTS=${SEMILLERO_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC}
export PGPASSWORD=semillero
PSQL=(psql -h 127.0.0.1 -U semillero -v ON_ERROR_STOP=1 -q -X)

# Fixed-rate runs: this many requests per second in all, over RATE_CONNS connections.
RATE=100
RATE_CONNS=10
FLOOR_PORT=${SEMILLERO_BENCH_FLOOR_PORT:-8081}
STARTS=3
if $QUICK; then
  DURATION=5; WARMUP=2; RATE_DURATION=5
  SIZES=(officers=3000 departments=10 challenges=20 ideas=1000 supports=10000 comments=3000 teams=50 judges=5
         ballots=1500 closed_events=3 projects=30)
else
  DURATION=20; WARMUP=10; RATE_DURATION=15
  SIZES=(officers=20000 departments=40 challenges=200 ideas=10000 supports=100000 comments=30000 teams=500
         judges=10 ballots=15000 closed_events=20 projects=300)
fi
declare -A SIZE
for kv in "${SIZES[@]}"; do SIZE[${kv%%=*}]=${kv#*=}; done
# People: teams (4 each) first, then judges; officers at the end already voted.
VOTER_FIRST=$(( 4 * SIZE[teams] + SIZE[judges] + 1 ))
VOTER_LAST=$(( SIZE[officers] - SIZE[ballots] ))
READER_FIRST=$(( SIZE[officers] - SIZE[ballots] + 1 ))
READER_LAST=$(( READER_FIRST + 2999 < SIZE[officers] ? READER_FIRST + 2999 : SIZE[officers] ))

say() { printf 'bench: %s\n' "$*" >&2; }
rm -rf "$OUT" && mkdir -p "$OUT/tokens"

say "preparing PostgreSQL and an empty $DB"
deployment/local/postgres.sh >/dev/null
"${PSQL[@]}" -d postgres -c "drop database if exists $DB" 2>/dev/null
SEMILLERO_DATABASES=$DB deployment/local/postgres.sh >/dev/null

if $BUILD; then
  say "packaging the service"
  ./mvnw -q -B package -DskipTests
  say "packaging the floor application (deployment/bench/floor)"
  ./mvnw -q -B -f deployment/bench/floor/pom.xml package -DskipTests
fi

say "signing tokens for officers $VOTER_FIRST..$READER_LAST"
java deployment/bench/TokenGen.java "$OUT/tokens" "$VOTER_FIRST" "$READER_LAST"
sed -n "$(( READER_FIRST - VOTER_FIRST + 1 )),\$p" "$OUT/tokens/voters.txt" > "$OUT/tokens/readers.txt"
sed -i "$(( VOTER_LAST - VOTER_FIRST + 2 )),\$d" "$OUT/tokens/voters.txt"

. deployment/bench/service.sh
stop_app() {
  if [ -n "$APP_PID" ] && kill -0 "$APP_PID" 2>/dev/null; then kill -TERM "$APP_PID"; wait "$APP_PID" || true; fi
  APP_PID=
}
trap stop_app EXIT

say "creating the schema (first start runs the migrations)"
start_app; wait_ready; stop_app

say "seeding ${SIZES[*]}"
SEED_VARS=()
for kv in "${SIZES[@]}"; do SEED_VARS+=(-v "$kv"); done
seed_start=$(date +%s)
"${PSQL[@]}" -d "$DB" "${SEED_VARS[@]}" -P footer=off -A -F ' | ' -f deployment/bench/seed.sql > "$OUT/sizes.txt"
seed_seconds=$(( $(date +%s) - seed_start ))

# Start-up against the floor: a minimal Quarkus REST + Panache + PostgreSQL application on the
# same database, JVM options and machine, started alternately with the service; medians of $STARTS.
FLOOR_PID=
stop_floor() {
  if [ -n "$FLOOR_PID" ] && kill -0 "$FLOOR_PID" 2>/dev/null; then kill -TERM "$FLOOR_PID"; wait "$FLOOR_PID" || true; fi
  FLOOR_PID=
}
trap 'stop_app; stop_floor' EXIT
floor_start_ms() { # sets LAST_MS (not in a subshell: the process ids must stay known)
  local t0 _
  t0=$(date +%s%N)
  java $JAVA_OPTS -Dquarkus.http.port="$FLOOR_PORT" -Dquarkus.datasource.username=semillero \
    -Dquarkus.datasource.password=semillero -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    -jar deployment/bench/floor/target/quarkus-app/quarkus-run.jar >>"$OUT/floor.log" 2>&1 &
  FLOOR_PID=$!
  for _ in $(seq 1 3000); do
    if curl -sf -o /dev/null "http://localhost:$FLOOR_PORT/people/1"; then
      LAST_MS=$(( ($(date +%s%N) - t0) / 1000000 )); stop_floor; return 0
    fi
    kill -0 "$FLOOR_PID" 2>/dev/null || { say "the floor application stopped; see $OUT/floor.log"; exit 1; }
    sleep 0.01
  done
  say "the floor application did not answer"; exit 1
}
service_start_ms() { # sets LAST_MS; the service keeps running
  local t0
  t0=$(date +%s%N)
  start_app; wait_ready
  LAST_MS=$(( ($(date +%s%N) - t0) / 1000000 ))
}
median() { printf '%s\n' "$@" | sort -n | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }'; }
say "start-up: the service and the floor application, $STARTS times each"
SERVICE_STARTS=(); FLOOR_STARTS=()
for _ in $(seq 1 "$STARTS"); do
  floor_start_ms; FLOOR_STARTS+=("$LAST_MS")
  service_start_ms; SERVICE_STARTS+=("$LAST_MS"); stop_app
done
FLOOR_MS=$(median "${FLOOR_STARTS[@]}")

say "starting the service"
service_start_ms
SERVICE_STARTS+=("$LAST_MS")
START_MS=$(median "${SERVICE_STARTS[@]}")
START_RATIO=$(awk -v a="$START_MS" -v b="$FLOOR_MS" 'BEGIN { printf "%.2f", a / b }')
QUARKUS_STARTED=$(grep -o 'started in [0-9.]*s' "$OUT/service.log" | tail -1 | grep -o '[0-9.]\+s$' || echo '?')
FLOOR_STARTED=$(grep -o 'started in [0-9.]*s' "$OUT/floor.log" | tail -1 | grep -o '[0-9.]\+s$' || echo '?')

ORGANIZER=$(cat "$OUT/tokens/organizer.txt")
code=$(curl -s -o "$OUT/publish.json" -w '%{http_code}' -X POST -H "Authorization: Bearer $ORGANIZER" \
  -H 'Content-Type: application/json' -d '{"from":"VOTING","to":"RESULTS"}' "$BASE/api/v1/events/bench-results/phase-changes")
[ "$code" = 201 ] || { say "publishing the results event failed ($code)"; cat "$OUT/publish.json" >&2; exit 1; }
SID_FIRST=$("${PSQL[@]}" -At -d "$DB" -c "select min(id) from submission where event_id = 1")
SID_COUNT=$("${PSQL[@]}" -At -d "$DB" -c "select count(*) from submission where event_id = 1")
# What faults.sh needs to use these tokens with this database.
cat > "$OUT/params.env" <<PARAMS
OFFICERS=${SIZE[officers]}
VOTER_FIRST=$VOTER_FIRST
VOTER_LAST=$VOTER_LAST
READER_FIRST=$READER_FIRST
READER_LAST=$READER_LAST
PARAMS

# name | kind | tokens | paths | rotating number (first step count) | pgbench script
SCENARIOS=(
  "vote casting (API PUT)|vote|voters.txt|-|-|vote.sql"
  "ballot page (HTML)|get|readers.txt|/events/bench-voting/ballot|-|ballot.sql"
  "ballot (API JSON)|get|readers.txt|/api/v1/events/bench-voting/ballot/entries|-|ballot.sql"
  "idea search (HTML)|get|readers.txt|/ideas?q=cita|/ideas?q=ventanilla|/ideas?q=firma|/ideas?q=datos|/ideas?q=pago|-|search.sql"
  "idea search (API JSON)|get|readers.txt|/api/v1/ideas?q=cita|/api/v1/ideas?q=ventanilla|/api/v1/ideas?q=firma|/api/v1/ideas?q=datos|/api/v1/ideas?q=pago|-|search.sql"
  "idea page (HTML)|get|readers.txt|/ideas/{n}|1 8 $(( SIZE[ideas] / 8 ))|idea.sql"
  "idea (API JSON)|get|readers.txt|/api/v1/ideas/{n}|1 8 $(( SIZE[ideas] / 8 ))|idea.sql"
  "results page (HTML)|get|readers.txt|/events/bench-results/results|-|results.sql"
  "results (API JSON)|get|readers.txt|/api/v1/events/bench-results/results|-|results.sql"
  "dashboard page (HTML)|get|innovation.txt|/dashboard|-|dashboard.sql"
  # The view's cost without sharing: each request starts the period on another day of 2025 (128 of
  # them, before any of the dataset's records, so each counts what the default view counts; the two
  # threads half-way apart), so requests in flight do not ask for the same view; and a department
  # per request.
  "dashboard page, a period start per request (HTML)|get|innovation.txt|/dashboard?from={day}|-365 1 128|dashboard.sql"
  "dashboard page, a department per request (HTML)|get|innovation.txt|/dashboard?department=Department%20{n}|0 1 40|-"
  "dashboard funnel+stages+participation+stale (API JSON)|get|innovation.txt|/api/v1/dashboard/funnel|/api/v1/dashboard/stages|/api/v1/dashboard/participation|/api/v1/dashboard/stale|-|-"
)
if [ -n "${SEMILLERO_BENCH_ONLY:-}" ]; then
  ONLY=()
  for s in "${SCENARIOS[@]}"; do [[ "${s%%|*}" == *"$SEMILLERO_BENCH_ONLY"* ]] && ONLY+=("$s"); done
  SCENARIOS=("${ONLY[@]}")
fi

run_wrk() { # seconds scenario-fields...
  local seconds=$1 kind=$2 tokens=$3 paths=$4 rot=$5
  local n_first=1 n_step=1 n_count=1
  if [ "$rot" != "-" ]; then read -r n_first n_step n_count <<<"$rot"; fi
  local vote=""
  [ "$kind" = vote ] && vote=bench-voting
  local conns=$CONNS delay=0
  # Fixed rate: each connection waits its share of the interval between its requests.
  if [ -n "${FIXED_RATE:-}" ]; then conns=$RATE_CONNS; delay=$(( 1000 * RATE_CONNS / FIXED_RATE )); fi
  TOKENS="$OUT/tokens/$tokens" PATHS="$paths" N_FIRST=$n_first N_STEP=$n_step N_COUNT=$n_count VOTE=$vote \
    SID_FIRST=$SID_FIRST SID_COUNT=$SID_COUNT VOTER_FIRST=$VOTER_FIRST DELAY_MS=$delay \
    wrk -t"$THREADS" -c"$conns" -d"${seconds}s" --timeout 10s --latency -s deployment/bench/load.lua "$BASE"
}
to_ms() { # "12.34ms" | "850.00us" | "1.20s" -> milliseconds
  awk -v v="$1" 'BEGIN { n = v + 0; if (v ~ /us$/) n /= 1000; else if (v ~ /ms$/) n += 0; else if (v ~ /s$/) n *= 1000; printf "%.1f", n }'
}

split_scenario() { # sets NAME KIND TOKENS PATHS ROT SCRIPT
  local line=$1
  NAME=${line%%|*}; line=${line#*|}
  KIND=${line%%|*}; line=${line#*|}
  TOKENS=${line%%|*}; line=${line#*|}
  SCRIPT=${line##*|}; line=${line%|*}
  ROT=${line##*|}; PATHS=${line%|*}
}

say "warming up (${WARMUP}s per path)"
for s in "${SCENARIOS[@]}"; do
  split_scenario "$s"
  run_wrk "$WARMUP" "$KIND" "$TOKENS" "$PATHS" "$ROT" > /dev/null
done
RSS_MB=$(awk '/VmRSS/ { printf "%.0f", $2 / 1024 }' "/proc/$APP_PID/status")

declare -A PG_TPS
pgbench_tps() { # script -> tps
  local script=$1
  if [ -z "${PG_TPS[$script]:-}" ]; then
    PG_TPS[$script]=$(pgbench -n -h 127.0.0.1 -U semillero -c "$CONNS" -j "$THREADS" -T "$DURATION" \
        -D voter_first="$VOTER_FIRST" -D voter_last="$VOTER_LAST" -D reader_first="$READER_FIRST" \
        -D reader_last="$READER_LAST" -D sid_first="$SID_FIRST" -D sid_count="$SID_COUNT" -D ideas="${SIZE[ideas]}" \
        -f "deployment/bench/pgbench/$script" "$DB" 2>"$OUT/pgbench-${script%.sql}.err" \
      | tee "$OUT/pgbench-${script%.sql}.txt" | awk '/^tps/ { printf "%.0f", $3 }')
  fi
  echo "${PG_TPS[$script]}"
}

ROWS=()
FAILS=0
for s in "${SCENARIOS[@]}"; do
  split_scenario "$s"
  say "measuring: $NAME"
  file="$OUT/wrk-$(echo "$NAME" | tr -c 'a-zA-Z0-9' '-' | tr -s '-').txt"
  run_wrk "$DURATION" "$KIND" "$TOKENS" "$PATHS" "$ROT" > "$file"
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$file")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
  non2xx=$(awk '/Non-2xx/ { print $NF }' "$file"); non2xx=${non2xx:-0}
  sockerr=$(awk '/Socket errors/ { gsub(",", ""); print $4 + $6 + $8 + $10 }' "$file"); sockerr=${sockerr:-0}
  errors=$(( non2xx + sockerr ))
  if [ "$SCRIPT" != "-" ]; then
    tps=$(pgbench_tps "$SCRIPT")
    ratio=$(awk -v a="$rps" -v b="$tps" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
  else
    tps="-"; ratio="-"
  fi
  if [ "$KIND" = vote ]; then
    target="≥ 0.50 of pgbench"
    met=$(awk -v r="$ratio" 'BEGIN { print (r + 0 >= 0.5) ? "yes" : "no" }')
  elif [[ "$NAME" == dashboard* ]]; then
    target="p99 < 300 ms"
    met=$(awk -v p="$p99" 'BEGIN { print (p + 0 < 300) ? "yes" : "no" }')
  else
    target="p99 < 100 ms"
    met=$(awk -v p="$p99" 'BEGIN { print (p + 0 < 100) ? "yes" : "no" }')
  fi
  [ "$errors" = 0 ] || met="no ($errors errors)"
  [ "$met" = yes ] || FAILS=$(( FAILS + 1 ))
  ROWS+=("| $NAME | $rps | $p50 | $p99 | $errors | $tps | $ratio | $target | $met |")
done

# Each read page at a fixed offered load: latency when the service is not saturated.
RATE_ROWS=()
RATE_FAILS=0
for s in "${SCENARIOS[@]}"; do
  split_scenario "$s"
  [ "$KIND" = get ] || continue
  say "at $RATE req/s: $NAME"
  file="$OUT/rate-$(echo "$NAME" | tr -c 'a-zA-Z0-9' '-' | tr -s '-').txt"
  FIXED_RATE=$RATE run_wrk "$RATE_DURATION" "$KIND" "$TOKENS" "$PATHS" "$ROT" > "$file"
  rps=$(awk '/^Requests\/sec/ { printf "%.0f", $2 }' "$file")
  p50=$(to_ms "$(awk '$1 == "50%" { print $2 }' "$file")")
  p99=$(to_ms "$(awk '$1 == "99%" { print $2 }' "$file")")
  limit=100; [[ "$NAME" == dashboard* ]] && limit=300
  met=$(awk -v p="$p99" -v l="$limit" 'BEGIN { print (p + 0 < l) ? "yes" : "no" }')
  [ "$met" = yes ] || RATE_FAILS=$(( RATE_FAILS + 1 ))
  RATE_ROWS+=("| $NAME | $rps | $p50 | $p99 | < $limit ms | $met |")
done

# HTML pages against the same data as JSON, measured minutes apart in this run.
declare -A RPS_OF
for row in "${ROWS[@]}"; do
  name=$(echo "$row" | awk -F ' \\| ' '{ sub(/^\| /, "", $1); print $1 }')
  RPS_OF[$name]=$(echo "$row" | awk -F ' \\| ' '{ print $2 }')
done
TWIN_ROWS=()
for pair in "ballot page (HTML)|ballot (API JSON)" "idea search (HTML)|idea search (API JSON)" \
            "idea page (HTML)|idea (API JSON)" "results page (HTML)|results (API JSON)"; do
  html=${pair%%|*}; json=${pair#*|}
  ratio=$(awk -v a="${RPS_OF[$html]:-0}" -v b="${RPS_OF[$json]:-0}" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "-" }')
  met=$(awk -v r="$ratio" 'BEGIN { print (r + 0 >= 0.8) ? "yes" : "no" }')
  TWIN_ROWS+=("| ${html% (HTML)} | ${RPS_OF[$html]:-?} | ${RPS_OF[$json]:-?} | $ratio | ≥ 0.80 | $met |")
done

if $PROFILE; then
  for s in "${SCENARIOS[@]}"; do
    split_scenario "$s"
    [[ "$NAME" == *"(HTML)"* ]] || continue
    slug=$(echo "$NAME" | tr -c 'a-zA-Z0-9' '-' | tr -s '-')
    say "profiling (JFR): $NAME"
    jcmd "$APP_PID" JFR.start name=bench settings=profile filename="$ROOT/$OUT/profile-$slug.jfr" >/dev/null
    run_wrk "$DURATION" "$KIND" "$TOKENS" "$PATHS" "$ROT" > /dev/null
    jcmd "$APP_PID" JFR.stop name=bench >/dev/null
    java deployment/bench/JfrTop.java "$OUT/profile-$slug.jfr" 12 > "$OUT/profile-$slug.md"
  done
fi

VOTES_AFTER=$("${PSQL[@]}" -At -d "$DB" -c "select count(*) from vote where event_id = 1")
OVER_BUDGET=$("${PSQL[@]}" -At -d "$DB" -c "select count(*) from (select voter_id from vote where event_id = 1 group by voter_id having sum(points) > 10) o")
start_met=$(awk -v r="$START_RATIO" 'BEGIN { print (r + 0 <= 1.5) ? "yes" : "no" }')
rss_met=$([ "$RSS_MB" -lt 350 ] && echo yes || echo no)

{
  echo "# Semillero benchmark $($QUICK && echo '(quick)')"
  echo
  echo "$(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(java -version 2>&1 | head -1) ($JAVA_OPTS), $(psql --version)."
  echo "Load: wrk, $THREADS threads, $CONNS connections, ${DURATION}s per path after ${WARMUP}s warm-up; baseline: pgbench with the"
  echo "same SQL (deployment/bench/pgbench), $CONNS clients, ${DURATION}s. Service and database share the machine."
  echo
  echo "## Dataset (seeded in ${seed_seconds}s)"
  echo
  echo "| what | rows |"
  echo "|---|---|"
  awk -F ' \\| ' '$1 != "what" && NF == 2 { print "| " $1 " | " $2 " |" }' "$OUT/sizes.txt"
  echo
  echo "## Start and memory"
  echo
  echo "| measure | value | target | met |"
  echo "|---|---|---|---|"
  echo "| process start to first ready response, median of $(( STARTS + 1 )) | ${START_MS} ms (Quarkus: started in $QUARKUS_STARTED) | | |"
  echo "| floor application: start to first answer read from the database, median of $STARTS | ${FLOOR_MS} ms (started in $FLOOR_STARTED) | | |"
  echo "| service ÷ floor | $START_RATIO | ≤ 1.5 | $start_met |"
  echo "| resident memory after warm-up | ${RSS_MB} MB | < 350 MB | $rss_met |"
  echo
  echo "## Paths"
  echo
  echo "| path | service req/s | p50 ms | p99 ms | errors | pgbench tps | service/pgbench | target | met |"
  echo "|---|---|---|---|---|---|---|---|---|"
  printf '%s\n' "${ROWS[@]}"
  echo
  echo "## Pages against their JSON twins (same run)"
  echo
  echo "| page | HTML req/s | JSON req/s | HTML / JSON | target | met |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${TWIN_ROWS[@]}"
  echo
  echo "## At a fixed offered load of $RATE req/s ($RATE_CONNS connections, ${RATE_DURATION}s each)"
  echo
  echo "| path | achieved req/s | p50 ms | p99 ms | target | met |"
  echo "|---|---|---|---|---|---|"
  printf '%s\n' "${RATE_ROWS[@]}"
  echo
  echo "After the run: $VOTES_AFTER votes in the event in voting; ballots over the budget: $OVER_BUDGET."
  if $PROFILE; then
    echo
    echo "## Profiles (JFR, the saturation load of each HTML page)"
    for f in "$OUT"/profile-*.md; do
      echo
      echo "### $(basename "$f" .md | sed 's/^profile-//')"
      echo
      cat "$f"
    done
  fi
} > "$OUT/report.md"
cat "$OUT/report.md"
[ "$OVER_BUDGET" = 0 ] || exit 1
