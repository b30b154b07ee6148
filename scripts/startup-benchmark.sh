#!/usr/bin/env bash
# Start-up of the production jar: seconds from `java -jar` to the first 200 on /login (on an
# empty database, so Flyway's migrations are included, and again on the migrated one), and the
# heap after start (used heap after a full GC, and committed heap), read with jcmd.
# Needs a JDK 21+ and a MariaDB server (default root@127.0.0.1:3306, no password:
# DB_HOST/DB_PORT/DB_USER/DB_PASSWORD). Uses only the database $DATABASE, which it drops first
# and drops again at the end. Builds the jar when target/ has none (or REBUILD=1).
# Writes the figures to target/benchmarks/startup.txt. JAVA_OPTS is passed to java (e.g. -Xmx512m).
set -euo pipefail
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

jar=$(ls target/stedenband-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ] || [ -n "${REBUILD:-}" ]; then
  echo "building the production jar: ./mvnw -Pproduction -DskipTests package"
  ./mvnw -B -q -Pproduction -DskipTests package
  jar=$(ls target/stedenband-*.jar | head -1)
fi
mkdir -p target/benchmarks
sql "DROP DATABASE IF EXISTS $DATABASE"

pid=
cleanup() { [ -n "$pid" ] && kill "$pid" 2>/dev/null || true; sql "DROP DATABASE IF EXISTS $DATABASE" || true; }
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
  echo "== Start-up of the production jar ($(basename "$jar")) =="
  echo "$(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $(java -version 2>&1 | head -1), MariaDB $(sql 'SELECT VERSION()')${JAVA_OPTS:+, JAVA_OPTS=$JAVA_OPTS}"
  printf '%-28s %10s %12s %12s %12s %12s\n' "" "to /login" "Spring says" "heap used" "after GC" "committed"
} >"$OUT.tmp"
cat "$OUT.tmp"
run empty "empty database (migrates)"
run migrated "migrated database"
echo "to /login: from java -jar to the first 200 on /login; heap read 5 s after that, with jcmd GC.heap_info" >>"$OUT.tmp"
mv "$OUT.tmp" "$OUT"
echo "written to $OUT"
