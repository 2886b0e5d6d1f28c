# Sourced by run.sh and faults.sh: starts the packaged service in the "bench" profile and
# waits for readiness (health answers on the management port). Expects OUT, PORT, BASE,
# JAVA_OPTS and a say() function; sets APP_PID.
MANAGEMENT=${MANAGEMENT:-http://localhost:${SEMILLERO_BENCH_MANAGEMENT_PORT:-9000}}
# SERVICE_LOG names the log file (default $OUT/service.log).
APP_PID=
start_app() {
  local log=${SERVICE_LOG:-$OUT/service.log}
  SEMILLERO_BENCH_PUBLIC_KEY=$(cat "$OUT/tokens/public-key.txt") \
    java $JAVA_OPTS -Dquarkus.profile=bench -Dquarkus.http.port="$PORT" -jar target/quarkus-app/quarkus-run.jar \
    >>"$log" 2>&1 &
  APP_PID=$!
}
wait_ready() {
  for _ in $(seq 1 1500); do
    if curl -sf -o /dev/null "$MANAGEMENT/q/health/ready"; then return 0; fi
    kill -0 "$APP_PID" 2>/dev/null || { say "the service stopped; see ${SERVICE_LOG:-$OUT/service.log}"; exit 1; }
    sleep 0.02
  done
  say "the service did not become ready"; exit 1
}
