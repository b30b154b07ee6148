#!/usr/bin/env bash
# Two Stedenband nodes against one MariaDB database behind nginx with sticky sessions, all on
# loopback: starts both nodes at the same moment on an empty database (Flyway's lock), signs in
# through the proxy, stops the node that served the session while a sign-in is in flight on it
# (graceful shutdown finishes it), and signs in again on the other node with nothing lost. On the
# way it shows the sign-in throttle behind the proxy: the nodes believe X-Forwarded-For only from
# the proxy (127.0.0.1), so a client calling a node directly from another loopback address cannot
# pretend to be someone else, and 20 failures of client A through the proxy (spread over both
# nodes, counted once in the database) block A but do not slow client B.
# Prints a transcript; docs/reliability.md records one. Needs: a JDK 21+, a MariaDB server
# (default root@127.0.0.1:3306, no password: DB_HOST/DB_PORT/DB_USER/DB_PASSWORD), curl; installs
# Debian's nginx if it is missing. Uses only the database $DATABASE, which it drops first.
set -euo pipefail
cd "$(dirname "$0")/.."

DB_HOST=${DB_HOST:-127.0.0.1} DB_PORT=${DB_PORT:-3306} DB_USER=${DB_USER:-root} DB_PASSWORD=${DB_PASSWORD:-}
DATABASE=${DATABASE:-stedenband_two_nodes}
PROXY_PORT=18090 PORT_A=18091 PORT_B=18092
ADMIN_PASSWORD=two-nodes-admin-pass
WORK=$PWD/target/two-nodes
mkdir -p "$WORK"

say() { printf '\n== %s\n' "$*"; }
sql() { MYSQL_PWD="$DB_PASSWORD" "$MARIADB" --protocol=TCP -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" -N -e "$1"; }
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

say "Tools"
if [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64; fi
export PATH="${JAVA_HOME:+$JAVA_HOME/bin:}$PATH" VAADIN_USAGE_STATS_ENABLED=false
MARIADB=$(command -v mariadb || command -v mysql)
if ! command -v nginx >/dev/null && [ ! -x /usr/sbin/nginx ]; then
  echo "installing nginx from Debian's packages (not started as a service)"
  policy_added=
  if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' >/usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; policy_added=1; fi
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx-light >/dev/null || DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nginx >/dev/null
  if [ -n "$policy_added" ]; then rm -f /usr/sbin/policy-rc.d; fi
fi
NGINX=$(command -v nginx || echo /usr/sbin/nginx)
java -version 2>&1 | head -1; "$NGINX" -v 2>&1; "$MARIADB" --version

jar=$(ls target/stedenband-*.jar 2>/dev/null | head -1 || true)
if [ -z "$jar" ] || [ -n "${REBUILD:-}" ]; then
  say "Production jar"
  ./mvnw -B -q -Pproduction -DskipTests package
  jar=$(ls target/stedenband-*.jar | head -1)
fi
echo "jar: $jar"

say "An empty database $DATABASE on $DB_HOST:$DB_PORT"
sql "DROP DATABASE IF EXISTS $DATABASE"
echo "dropped; the nodes create it"

say "Two nodes started at the same moment ($PORT_A and $PORT_B)"
start_node() { # name port
  STEDENBAND_NODE=$1 SERVER_PORT=$2 SERVER_ADDRESS=127.0.0.1 \
  SPRING_DATASOURCE_URL="jdbc:mariadb://$DB_HOST:$DB_PORT/$DATABASE?createDatabaseIfNotExist=true" \
  SPRING_DATASOURCE_USERNAME="$DB_USER" SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD" \
  STEDENBAND_ADMIN_PASSWORD="$ADMIN_PASSWORD" SERVER_TOMCAT_REMOTEIP_INTERNAL_PROXIES=127.0.0.1/32 \
    java -jar "$jar" >"$WORK/node-$1.log" 2>&1 &
  pids+=($!)
  eval "pid_$1=$!"
}
start_node a $PORT_A
start_node b $PORT_B
for name in a b; do
  port=$([ $name = a ] && echo $PORT_A || echo $PORT_B)
  for _ in $(seq 1 150); do
    [ "$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$port/login" || true)" = 200 ] && break
    kill -0 "$(eval echo \$pid_$name)" 2>/dev/null || { echo "node $name exited:"; tail -30 "$WORK/node-$name.log"; exit 1; }
    sleep 2
  done
  echo "node $name answers on $port"
done
for name in a b; do
  echo "node $name: $(grep -hoE 'Successfully applied [0-9]+ migrations?.*|Schema .* is up to date.*' "$WORK/node-$name.log" | head -1 | cut -c1-120)"
  grep -hoE 'First administrator.*created.*|first administrator was created by another node.*' "$WORK/node-$name.log" | head -1 | sed "s/^/node $name: /" || true
done
echo "flyway_schema_history: $(sql "SELECT COUNT(*), COUNT(DISTINCT version), SUM(success) FROM $DATABASE.flyway_schema_history WHERE version IS NOT NULL" | awk '{print $1" migrations, "$2" distinct versions, "$3" successful"}')"
echo "users: $(sql "SELECT GROUP_CONCAT(username) FROM $DATABASE.app_user")"

say "nginx on 127.0.0.1:$PROXY_PORT, sticky by its own cookie (deploy/nginx-two-nodes.conf)"
mkdir -p "$WORK/nginx-temp"
{
  echo "worker_processes 1; pid $WORK/nginx.pid; error_log $WORK/nginx-error.log;"
  echo "events { worker_connections 256; }"
  echo "http { access_log $WORK/nginx-access.log;"
  for t in client_body proxy fastcgi uwsgi scgi; do echo "${t}_temp_path $WORK/nginx-temp/$t;"; done
  sed -e "s/app-a:8081/127.0.0.1:$PORT_A/g; s/app-b:8082/127.0.0.1:$PORT_B/g" \
      -e "s/~:8081\\$/~:$PORT_A\$/; s/~:8082\\$/~:$PORT_B\$/; s/listen 80;/listen 127.0.0.1:$PROXY_PORT;/" \
      deploy/nginx-two-nodes.conf
  echo "}"
} >"$WORK/nginx.conf"
"$NGINX" -t -q -p "$WORK" -c "$WORK/nginx.conf"
"$NGINX" -p "$WORK" -c "$WORK/nginx.conf"
PROXY=http://127.0.0.1:$PROXY_PORT

login() { # cookie-jar -> prints the node that answered, fails unless signed in
  local jar=$1 page token param node code
  page=$(curl -s -c "$jar" -b "$jar" "$PROXY/login")
  token=$(grep -oE 'name="_csrf" content="[^"]+"' <<<"$page" | sed 's/.*content="//; s/"$//')
  param=$(grep -oE 'name="_csrf_parameter" content="[^"]+"' <<<"$page" | sed 's/.*content="//; s/"$//')
  curl -s -o /dev/null -D "$jar.headers" -c "$jar" -b "$jar" --data-urlencode "username=admin" \
       --data-urlencode "password=$ADMIN_PASSWORD" --data-urlencode "${param:-_csrf}=$token" "$PROXY/login"
  code=$(awk 'NR==1{print $2}' "$jar.headers")
  node=$(grep -i '^X-Stedenband-Node:' "$jar.headers" | tr -d '\r' | awk '{print $2}')
  grep -qi '^Location: .*/login?error' "$jar.headers" && { echo "sign-in refused"; return 1; }
  [ "$code" = 302 ] || { echo "sign-in answered $code"; return 1; }
  echo "$node"
}
home() { # cookie-jar -> "<status> <node> <location>"
  curl -s -o /dev/null -D "$1.home" -b "$1" -c "$1" "$PROXY/"
  printf '%s node=%s %s\n' "$(awk 'NR==1{print $2}' "$1.home")" \
    "$(grep -i '^X-Stedenband-Node:' "$1.home" | tr -d '\r' | awk '{print $2}')" \
    "$(grep -i '^Location:' "$1.home" | tr -d '\r')"
}

say "Sign in through the proxy"
jar=$WORK/cookies.txt; rm -f "$jar"*
first=$(login "$jar")
echo "signed in as admin on node $first"
echo "home page: $(home "$jar")"
echo "again (sticky): $(home "$jar")"
seen=$(sql "SELECT CONCAT('version ', version, ', last login ', last_login_at) FROM $DATABASE.app_user WHERE username='admin'")
echo "written by node $first: admin $seen"

attempt() { # from-address base-url username password [curl options] -> "signed in|not signed in node=<n>"
  local from=$1 base=$2 user=$3 pass=$4 page token node; shift 4
  rm -f "$WORK/attempt.jar"
  page=$(curl -s --interface "$from" -c "$WORK/attempt.jar" -b "$WORK/attempt.jar" "$@" "$base/login")
  token=$(grep -oE 'name="_csrf" content="[^"]+"' <<<"$page" | sed 's/.*content="//; s/"$//')
  curl -s -o /dev/null -D "$WORK/attempt.headers" --interface "$from" -c "$WORK/attempt.jar" -b "$WORK/attempt.jar" "$@" \
       --data-urlencode "username=$user" --data-urlencode "password=$pass" --data-urlencode "_csrf=$token" "$base/login"
  node=$(grep -i '^X-Stedenband-Node:' "$WORK/attempt.headers" | tr -d '\r' | awk '{print $2}' || true)
  if grep -qi '^Location: .*/login' "$WORK/attempt.headers"; then echo "not signed in node=$node"; else echo "signed in node=$node"; fi
}
failures_by_address() {
  sql "SELECT CONCAT(address, ': ', COUNT(*)) FROM $DATABASE.sign_in_failure GROUP BY address ORDER BY address" | paste -sd ' ' -
}

say "A spoofed X-Forwarded-For from an address that is no trusted proxy is ignored"
echo "127.0.0.3 calls node a directly, claiming to be 198.51.100.1, .2, … in turn: 10 wrong passwords"
for i in $(seq 1 10); do
  attempt 127.0.0.3 "http://127.0.0.1:$PORT_A" "nobody-$i" "wrong-$i" -H "X-Forwarded-For: 198.51.100.$i" >/dev/null
done
echo "failures by address: $(failures_by_address)"
spoofed=$(attempt 127.0.0.3 "http://127.0.0.1:$PORT_A" admin "$ADMIN_PASSWORD" -H "X-Forwarded-For: 198.51.100.99")
echo "127.0.0.3 at once with admin's right password, claiming 198.51.100.99: $spoofed (its own address is slowed down)"
[ "$spoofed" = "not signed in node=" ] || { echo "expected the spoofing client to be slowed down"; exit 1; }

say "20 failures from client A (127.0.0.4) through the proxy do not slow client B (127.0.0.5)"
nodes_a=0 nodes_b=0
for i in $(seq 1 20); do
  result=$(attempt 127.0.0.4 "$PROXY" "guess-$i" "wrong-$i")
  case "$result" in *node=a) nodes_a=$((nodes_a + 1));; *node=b) nodes_b=$((nodes_b + 1));; esac
  # after 10 failures an address waits 1 s, 2 s, … before its next attempt is looked at
  if [ "$i" -ge 10 ] && [ "$i" -lt 20 ]; then sleep "$((i - 9)).3"; fi
done
echo "client A failed 20 times: $nodes_a answered by node a, $nodes_b by node b"
echo "failures by address: $(failures_by_address)"
blocked=$(attempt 127.0.0.4 "$PROXY" admin "$ADMIN_PASSWORD")
echo "client A with admin's right password: $blocked (blocked for 15 minutes)"
client_b=$(attempt 127.0.0.5 "$PROXY" admin "$ADMIN_PASSWORD")
echo "client B with admin's right password: $client_b"
[ "$(sql "SELECT COUNT(*) FROM $DATABASE.sign_in_failure WHERE address = '127.0.0.4'")" = 20 ] || { echo "expected 20 failures of client A"; exit 1; }
[ "${blocked% node=*}" = "not signed in" ] || { echo "expected client A to be blocked"; exit 1; }
[ "${client_b% node=*}" = "signed in" ] || { echo "expected client B to sign in"; exit 1; }

other=$([ "$first" = a ] && echo b || echo a)
say "Stop node $first while a sign-in is in flight on it (graceful shutdown)"
# hold the user table for 3 s so that the sign-in waits in the database while the node is told to stop
MYSQL_PWD="$DB_PASSWORD" "$MARIADB" --protocol=TCP -h"$DB_HOST" -P"$DB_PORT" -u"$DB_USER" \
  -e "LOCK TABLES $DATABASE.app_user WRITE; SELECT SLEEP(3); UNLOCK TABLES;" >/dev/null &
locker=$!
sleep 0.5
inflight=$WORK/inflight.txt; cp "$jar" "$inflight"
( login "$inflight" >"$WORK/inflight.result" 2>&1; echo "exit $?" >>"$WORK/inflight.result" ) &
sleeper=$!
sleep 0.7
victim=$(eval echo \$pid_$first)
echo "$(date +%T.%N | cut -c1-12) SIGTERM to node $first (pid $victim)"
kill -TERM "$victim"
wait "$sleeper"; wait "$locker"
echo "$(date +%T.%N | cut -c1-12) the in-flight sign-in answered: node $(head -1 "$WORK/inflight.result"), $(tail -1 "$WORK/inflight.result")"
for _ in $(seq 1 30); do kill -0 "$victim" 2>/dev/null || break; sleep 1; done
kill -0 "$victim" 2>/dev/null && { echo "node $first did not stop"; exit 1; }
echo "node $first stopped; its log:"
grep -hE 'Commencing graceful shutdown|Graceful shutdown complete|HikariPool-1 - Shutdown completed' "$WORK/node-$first.log" | sed -E 's/^([^ ]+) .* : /   \1 /'

say "The users of node $first go on on node $other"
echo "home page with the old session: $(home "$jar")"
second=$(login "$jar")
echo "signed in again, on node $second"
echo "home page: $(home "$jar")"
echo "admin now: $(sql "SELECT CONCAT('version ', version, ', last login ', last_login_at) FROM $DATABASE.app_user WHERE username='admin'") (was: $seen)"
[ "$second" = "$other" ] || { echo "expected node $other"; exit 1; }

say "Done: both nodes served, node $first stopped gracefully, its user signed in again on node $other"
