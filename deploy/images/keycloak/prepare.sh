#!/bin/bash
# Runs at image build time, inside the image (no network but loopback), after `kc.sh build`.
#
# Training run: Keycloak starts with -XX:AOTCacheOutput, imports the realm, answers the requests
# tests make (discovery, keys, password and client-credentials grants) and stops. The JVM writes
# an ahead-of-time cache of the classes it loaded and linked (JDK 25, JEP 514): later starts skip
# most class loading and take about half as long. The run's database is thrown away: a container
# must create its own master realm, or Keycloak would not create the bootstrap administrator
# named by KC_BOOTSTRAP_ADMIN_USERNAME.
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

# Run-time options: plain HTTP on loopback, one node, any host name; a bootstrap administrator
# as containers usually have one (it disappears with the database).
export KC_HTTP_ENABLED=true KC_HTTP_HOST=127.0.0.1 KC_CACHE=local KC_HOSTNAME_STRICT=false
export KC_BOOTSTRAP_ADMIN_USERNAME=training KC_BOOTSTRAP_ADMIN_PASSWORD="$(head -c 18 /dev/urandom | base64)"

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

rm -rf /tmp/training-db "$home/data/h2" "$home/data/transaction-logs" "$home/data/tmp" "$log"
