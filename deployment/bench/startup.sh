#!/usr/bin/env bash
# Where the service's start-up time goes, next to the floor application's: each is started with
# a JFR recording from its first instruction, until it answers; the script prints the time to
# the first answer, classes loaded, time spent loading them, and the share of CPU samples per
# area of the code (deployment/bench/JfrTop.java). Uses the database, tokens and builds of the
# last deployment/bench/run.sh. Writes target/bench/startup.md.
set -euo pipefail
ROOT=$(cd "$(dirname "$0")/../.." && pwd)
cd "$ROOT"
OUT=target/bench
DB=semillero_bench
PORT=${SEMILLERO_BENCH_PORT:-8080}
FLOOR_PORT=${SEMILLERO_BENCH_FLOOR_PORT:-8081}
JAVA_OPTS=${SEMILLERO_JAVA_OPTS:--Xms64m -Xmx256m -XX:+UseSerialGC}
[ -f "$OUT/tokens/public-key.txt" ] && [ -d deployment/bench/floor/target/quarkus-app ] \
  || { echo "startup.sh: run deployment/bench/run.sh first" >&2; exit 1; }

profile() { # name url command...
  local name=$1 url=$2; shift 2
  local t0 pid ms
  t0=$(date +%s%N)
  JAVA_TOOL_OPTIONS="-XX:StartFlightRecording=filename=$ROOT/$OUT/start-$name.jfr,settings=profile" "$@" \
    >"$OUT/start-$name.log" 2>&1 &
  pid=$!
  until curl -sf -o /dev/null "$url"; do
    kill -0 "$pid" 2>/dev/null || { echo "startup.sh: $name stopped; see $OUT/start-$name.log" >&2; exit 1; }
    sleep 0.01
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local counters
  counters=$(jcmd "$pid" PerfCounter.print)
  jcmd "$pid" JFR.dump filename="$ROOT/$OUT/start-$name.jfr" >/dev/null
  kill -TERM "$pid"; wait "$pid" || true
  local classes freq ticks
  classes=$(echo "$counters" | awk -F= '/^java.cls.loadedClasses=/ { print $2 }')
  freq=$(echo "$counters" | awk -F= '/^sun.os.hrt.frequency=/ { print $2 }')
  ticks=$(echo "$counters" | awk -F= '/^sun.cls.time=/ { print $2 }')
  echo "### $name"
  echo
  echo "First answer after ${ms} ms ($(grep -o 'started in [0-9.]*s' "$OUT/start-$name.log" | tail -1)); $classes classes loaded,"
  echo "$(awk -v t="$ticks" -v f="$freq" 'BEGIN { printf "%.0f", t * 1000 / f }') ms spent loading classes."
  echo
  java deployment/bench/JfrTop.java "$OUT/start-$name.jfr" 10
  echo
}

{
  echo "# Start-up profile, $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, $JAVA_OPTS"
  echo
  profile floor "http://localhost:$FLOOR_PORT/people/1" java $JAVA_OPTS -Dquarkus.http.port="$FLOOR_PORT" \
    -Dquarkus.datasource.username=semillero -Dquarkus.datasource.password=semillero \
    -Dquarkus.datasource.jdbc.url="jdbc:postgresql://127.0.0.1:5432/$DB" \
    -jar deployment/bench/floor/target/quarkus-app/quarkus-run.jar
  SEMILLERO_BENCH_PUBLIC_KEY=$(cat "$OUT/tokens/public-key.txt") profile service \
    "http://localhost:${SEMILLERO_BENCH_MANAGEMENT_PORT:-9000}/q/health/ready" java $JAVA_OPTS -Dquarkus.profile=bench \
    -Dquarkus.http.port="$PORT" -jar target/quarkus-app/quarkus-run.jar
} | tee "$OUT/startup.md"
