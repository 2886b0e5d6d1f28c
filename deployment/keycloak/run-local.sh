#!/usr/bin/env bash
# Runs Keycloak on http://localhost:8180 with the "semillero" realm imported (demo users:
# ana, bruno, olga, ines, admin; password "demo-<name>"; for staging only).
#
#   deployment/keycloak/run-local.sh            in the foreground (Ctrl+C stops it)
#   deployment/keycloak/run-local.sh --detach   in the background; waits until the realm answers
#   deployment/keycloak/run-local.sh --stop     stops a detached Keycloak
#
# Keycloak comes from the Maven artifact org.keycloak:keycloak-quarkus-dist, fetched through
# the installed mvn (so your own mirrors apply) and unpacked once under ~/.m2/semillero.
# Keycloak 26 needs Java 21 or newer: JAVA_HOME is used when it is new enough, otherwise the
# newest JDK under /usr/lib/jvm (or /Library/Java/JavaVirtualMachines).
set -euo pipefail

KEYCLOAK_VERSION=${KEYCLOAK_VERSION:-26.5.6}
PORT=${KEYCLOAK_PORT:-8180}
HERE=$(cd "$(dirname "$0")" && pwd)
HOME_DIR=${SEMILLERO_KEYCLOAK_HOME:-$HOME/.m2/semillero/keycloak-$KEYCLOAK_VERSION}
PID_FILE="$HOME_DIR/keycloak.pid"
LOG_FILE="$HOME_DIR/keycloak.log"
say() { printf 'keycloak: %s\n' "$*" >&2; }

if [ "${1:-}" = "--stop" ]; then
  if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    kill "$(cat "$PID_FILE")"; rm -f "$PID_FILE"; say "stopped"
  else
    say "not running"
  fi
  exit 0
fi

java_major() { "$1" -version 2>&1 | awk -F'"' '/version/ { split($2, v, "."); print (v[1] == "1" ? v[2] : v[1]); exit }'; }
find_java() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    echo "$JAVA_HOME"; return
  fi
  local best="" best_major=0 candidate major
  for candidate in /usr/lib/jvm/* /Library/Java/JavaVirtualMachines/*/Contents/Home; do
    [ -x "$candidate/bin/java" ] || continue
    major=$(java_major "$candidate/bin/java" || echo 0)
    if [ "${major:-0}" -ge 21 ] && [ "$major" -gt "$best_major" ]; then best=$candidate; best_major=$major; fi
  done
  echo "$best"
}
KC_JAVA_HOME=$(find_java)
if [ -z "$KC_JAVA_HOME" ]; then
  say "Keycloak $KEYCLOAK_VERSION needs Java 21 or newer, and none was found (JAVA_HOME, /usr/lib/jvm)."
  say "Install one (e.g. Debian: apt-get install openjdk-21-jdk-headless) or set JAVA_HOME to it."
  exit 1
fi

if [ ! -x "$HOME_DIR/bin/kc.sh" ]; then
  say "fetching org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION through mvn"
  mkdir -p "$HOME_DIR"
  download=$(mktemp -d)
  mvn -q -B org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy \
    -Dartifact="org.keycloak:keycloak-quarkus-dist:$KEYCLOAK_VERSION:tar.gz" -DoutputDirectory="$download"
  tar -xzf "$download"/keycloak-quarkus-dist-*.tar.gz -C "$HOME_DIR" --strip-components=1
  rm -rf "$download"
fi

# The realm is imported at every start; an existing realm of the same name is kept.
mkdir -p "$HOME_DIR/data/import"
cp "$HERE/semillero-realm.json" "$HOME_DIR/data/import/semillero-realm.json"
export JAVA_HOME=$KC_JAVA_HOME
export KC_BOOTSTRAP_ADMIN_USERNAME=${KC_BOOTSTRAP_ADMIN_USERNAME:-admin}
export KC_BOOTSTRAP_ADMIN_PASSWORD=${KC_BOOTSTRAP_ADMIN_PASSWORD:-admin}
ARGS=(start-dev --http-port="$PORT" --import-realm --http-management-port=$(( PORT + 1000 )))

if [ "${1:-}" = "--detach" ]; then
  if [ -f "$PID_FILE" ] && kill -0 "$(cat "$PID_FILE")" 2>/dev/null; then
    say "already running (pid $(cat "$PID_FILE"))"
  else
    say "starting with Java $(java_major "$JAVA_HOME/bin/java") on http://localhost:$PORT (log: $LOG_FILE)"
    nohup "$HOME_DIR/bin/kc.sh" "${ARGS[@]}" >"$LOG_FILE" 2>&1 &
    echo $! > "$PID_FILE"
  fi
  for _ in $(seq 1 180); do
    if curl -sf -o /dev/null "http://localhost:$PORT/realms/semillero/.well-known/openid-configuration"; then
      say "ready: http://localhost:$PORT/realms/semillero"
      exit 0
    fi
    kill -0 "$(cat "$PID_FILE")" 2>/dev/null || { say "Keycloak stopped; see $LOG_FILE"; exit 1; }
    sleep 1
  done
  say "Keycloak did not answer within 3 minutes; see $LOG_FILE"
  exit 1
fi
say "starting with Java $(java_major "$JAVA_HOME/bin/java") on http://localhost:$PORT"
exec "$HOME_DIR/bin/kc.sh" "${ARGS[@]}"
