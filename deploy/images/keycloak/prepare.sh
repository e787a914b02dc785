#!/bin/bash
# Runs at image build time, inside the image (no network but loopback), after `kc.sh build`.
#
# 1. Training run: Keycloak starts with -XX:AOTCacheOutput, imports the realm, answers the
#    requests tests make (discovery, keys, password and client-credentials grants) and stops.
#    The JVM writes an ahead-of-time cache of the classes it loaded and linked (JDK 25, JEP 514):
#    later starts skip most class loading. Its database is thrown away.
# 2. Initialising run: Keycloak starts once more, with the cache, on the image's own database
#    and without importing anything: the schema and the master realm exist when a container
#    starts, which then only imports the realms in data/import.
# Together they take a Keycloak container from about 16 s to about 6 s to ready on two cores.
set -euo pipefail

home=/opt/keycloak
aot=$home/lib/keycloak.aot
log=/tmp/keycloak-prepare.log
realm_file=$home/data/import/spinepath-realm.json

# HTTP/1.0 over bash's /dev/tcp: the image has no curl.
http() {
  local method=$1 port=$2 path=$3 body=${4:-}
  exec 3<>"/dev/tcp/127.0.0.1/$port"
  if [ -n "$body" ]; then
    printf '%s %s HTTP/1.0\r\nHost: localhost\r\nContent-Type: application/x-www-form-urlencoded\r\nContent-Length: %s\r\n\r\n%s' \
      "$method" "$path" "${#body}" "$body" >&3
  else
    printf '%s %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$method" "$path" >&3
  fi
  cat <&3
  exec 3<&-
}

wait_ready() {
  local pid=$1
  for _ in $(seq 1 600); do
    if http GET 9000 /health/ready 2>/dev/null | head -1 | grep -q ' 200 '; then
      return 0
    fi
    kill -0 "$pid" 2>/dev/null || { cat "$log"; echo "keycloak exited before it was ready" >&2; return 1; }
    sleep 0.5
  done
  cat "$log"
  echo "keycloak not ready after 300 s" >&2
  return 1
}

stop() {
  local pid=$1
  kill -TERM "$pid"
  wait "$pid" || true
}

expect() {
  local what=$1 response=$2
  if ! grep -q "$what" <<<"$response"; then
    cat "$log"
    printf 'unexpected response (wanted %s):\n%s\n' "$what" "$response" >&2
    exit 1
  fi
}

# Run-time options for both runs: plain HTTP on loopback, one node, any host name.
export KC_HTTP_ENABLED=true KC_HTTP_HOST=127.0.0.1 KC_CACHE=local KC_HOSTNAME_STRICT=false

realm=$(sed -n 's/^ *"realm": *"\([^"]*\)".*/\1/p' "$realm_file" | head -1)

echo "training run (realm $realm)"
JAVA_OPTS_APPEND="-XX:AOTCacheOutput=$aot" \
  kc.sh start --optimized --import-realm --db-url="jdbc:h2:file:/tmp/training-db/keycloakdb;NON_KEYWORDS=VALUE" \
  >"$log" 2>&1 &
pid=$!
wait_ready "$pid"
expect '"token_endpoint"' "$(http GET 8080 "/realms/$realm/.well-known/openid-configuration")"
expect '"keys"' "$(http GET 8080 "/realms/$realm/protocol/openid-connect/certs")"
expect '"access_token"' "$(http POST 8080 "/realms/$realm/protocol/openid-connect/token" \
  'grant_type=password&client_id=spinepath-cli&username=clinician1&password=spinepath-dev')"
expect '"access_token"' "$(http POST 8080 "/realms/$realm/protocol/openid-connect/token" \
  'grant_type=client_credentials&client_id=intake-service&client_secret=intake-service-dev-secret')"
stop "$pid"
grep -E 'AOTCache creation is complete|started in' "$log" || true
[ -s "$aot" ] || { cat "$log"; echo "no AOT cache written" >&2; exit 1; }

echo "initialising run"
JAVA_OPTS_APPEND="-XX:AOTCache=$aot" kc.sh start --optimized >"$log" 2>&1 &
pid=$!
wait_ready "$pid"
stop "$pid"
grep -E 'started in' "$log" || true

rm -rf /tmp/training-db "$home/data/transaction-logs" "$home/data/tmp" "$log"
