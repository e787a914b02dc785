#!/usr/bin/env bash
# The whole SpinePath platform on this machine's Docker engine: infrastructure and the four
# services on one network, published on loopback only.
#   stack.sh up | down [--volumes] | status
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"

NET=spinepath
PREFIX=spinepath-local
TAG="${SPINEPATH_IMAGE_TAG:-latest}"
IMG_POSTGRES="${SPINEPATH_IMAGE_POSTGRES:-spinepath/postgres:15}"
IMG_KAFKA="${SPINEPATH_IMAGE_KAFKA:-spinepath/kafka:4.3.1}"
IMG_KEYCLOAK="${SPINEPATH_IMAGE_KEYCLOAK:-spinepath/keycloak:26.7.3}"
IMG_SMTP="${SPINEPATH_IMAGE_SMTP:-spinepath/greenmail:2.1.13}"

# Host ports (127.0.0.1 only). Override any of them through the environment.
P_POSTGRES="${SPINEPATH_PORT_POSTGRES:-15432}"
P_KAFKA="${SPINEPATH_PORT_KAFKA:-19092}"
P_KEYCLOAK="${SPINEPATH_PORT_KEYCLOAK:-8180}"
P_SMTP="${SPINEPATH_PORT_SMTP:-3025}"
P_MAIL_UI="${SPINEPATH_PORT_MAIL_API:-8025}"
P_INTAKE="${SPINEPATH_PORT_INTAKE:-8081}"
P_TRIAGE="${SPINEPATH_PORT_TRIAGE:-8082}"
P_CONTENT="${SPINEPATH_PORT_CONTENT:-8083}"
P_NOTIFICATION="${SPINEPATH_PORT_NOTIFICATION:-8084}"
P_PORTAL="${SPINEPATH_PORT_PORTAL:-8080}"

log() { printf '[stack] %s\n' "$*" >&2; }

running() { docker inspect -f '{{.State.Running}}' "$1" 2>/dev/null | grep -q true; }

run() { # name, docker run args...
  local name="$PREFIX-$1"; shift
  if running "$name"; then log "$name already running"; return; fi
  docker rm -f "$name" >/dev/null 2>&1 || true
  docker run -d --name "$name" --network "$NET" --restart unless-stopped "$@" >/dev/null
  log "started $name"
}

wait_http() { # label, url, seconds
  local label="$1" url="$2" limit="${3:-180}" waited=0
  until curl -fsS -o /dev/null "$url" 2>/dev/null; do
    sleep 2; waited=$((waited + 2))
    if [ "$waited" -ge "$limit" ]; then
      log "$label not ready after ${limit}s ($url); its log:"; docker logs --tail 40 "$PREFIX-$label" >&2 || true
      exit 1
    fi
  done
  log "$label ready"
}

wait_log() { # label, pattern, seconds
  local label="$1" pattern="$2" limit="${3:-60}" waited=0
  until docker logs "$PREFIX-$label" 2>&1 | grep -q "$pattern"; do
    sleep 1; waited=$((waited + 1))
    if [ "$waited" -ge "$limit" ]; then log "$label not ready after ${limit}s"; docker logs --tail 40 "$PREFIX-$label" >&2; exit 1; fi
  done
  log "$label ready"
}

# The acknowledge-link signing key of this machine's local stack, made once and kept outside git.
ack_secret() {
  local file="$ROOT/.local/ack-link-secret"
  if [ ! -s "$file" ]; then
    mkdir -p "$ROOT/.local"
    head -c 48 /dev/urandom | base64 | tr -d '\n/+=' >"$file"
    chmod 600 "$file"
  fi
  cat "$file"
}

service_env() { # db name, client id
  echo "--memory=768m -e QUARKUS_HTTP_PORT=8080
        -e SPINEPATH_DB_URL=jdbc:postgresql://postgres:5432/$1
        -e SPINEPATH_DB_USER=spinepath -e SPINEPATH_DB_PASSWORD=spinepath
        -e SPINEPATH_KAFKA=kafka:9092
        -e SPINEPATH_KEYCLOAK_URL=http://keycloak:8080
        -e SPINEPATH_PORTAL_URL=http://localhost:$P_PORTAL
        -e SPINEPATH_PLATFORM_LIMITS_WRITES_PER_MINUTE=${SPINEPATH_WRITES_PER_MINUTE:-120}
        -e QUARKUS_OIDC_CREDENTIALS_SECRET=$2-dev-secret"
}

# The portal's session and CSRF keys on this machine, made once and kept outside git.
portal_secret() { # name
  local file="$ROOT/.local/portal-$1"
  if [ ! -s "$file" ]; then
    mkdir -p "$ROOT/.local"
    head -c 48 /dev/urandom | base64 | tr -d '\n/+=' >"$file"
    chmod 600 "$file"
  fi
  cat "$file"
}

# Topics exist before any service subscribes, so the first case is not delayed by a consumer
# discovering an auto-created topic on its next metadata refresh.
TOPICS="case.submitted triage.completed referral.requested referral.events content.published content.retracted
        case.submitted.dlq triage.completed.dlq referral.requested.dlq referral.delivery.dlq
        content.published.dlq content.retracted.dlq audit.events audit.events.dlq security.alerts"
create_topics() {
  local waited=0
  until docker exec "$PREFIX-kafka" kafka-topics --bootstrap-server localhost:9092 --list >/dev/null 2>&1; do
    sleep 1; waited=$((waited + 1))
    if [ "$waited" -ge 60 ]; then log "kafka not ready after 60s"; docker logs --tail 40 "$PREFIX-kafka" >&2; exit 1; fi
  done
  for topic in $TOPICS; do
    docker exec "$PREFIX-kafka" kafka-topics --bootstrap-server localhost:9092 --create --if-not-exists \
      --topic "$topic" --partitions 3 --replication-factor 1 >/dev/null
  done
  log "kafka ready, topics created"
}

up() {
  docker network inspect "$NET" >/dev/null 2>&1 || docker network create "$NET" >/dev/null
  run postgres --network-alias postgres -p "127.0.0.1:$P_POSTGRES:5432" \
    -e POSTGRES_USER=spinepath -e POSTGRES_PASSWORD=spinepath \
    -e POSTGRES_MULTIPLE_DATABASES=intake,triage,content,notification \
    -v spinepath-postgres:/var/lib/postgresql/data "$IMG_POSTGRES"
  run kafka --network-alias kafka -p "127.0.0.1:$P_KAFKA:19092" \
    -e KAFKA_LISTENERS="PLAINTEXT://0.0.0.0:9092,HOST://0.0.0.0:19092,CONTROLLER://0.0.0.0:9093" \
    -e KAFKA_ADVERTISED_LISTENERS="PLAINTEXT://kafka:9092,HOST://localhost:$P_KAFKA" \
    -e KAFKA_LISTENER_SECURITY_PROTOCOL_MAP="PLAINTEXT:PLAINTEXT,HOST:PLAINTEXT,CONTROLLER:PLAINTEXT" \
    "$IMG_KAFKA"
  run keycloak --network-alias keycloak -p "127.0.0.1:$P_KEYCLOAK:8080" \
    -e KC_HOSTNAME="http://localhost:$P_KEYCLOAK" -e KC_HOSTNAME_BACKCHANNEL_DYNAMIC=true \
    -e KC_BOOTSTRAP_ADMIN_USERNAME=admin -e KC_BOOTSTRAP_ADMIN_PASSWORD=spinepath-dev \
    -v "$ROOT/deploy/keycloak/spinepath-realm.json:/opt/keycloak/data/import/spinepath-realm.json:ro" \
    "$IMG_KEYCLOAK"
  run smtp --network-alias smtp -p "127.0.0.1:$P_SMTP:3025" -p "127.0.0.1:$P_MAIL_UI:8080" "$IMG_SMTP"

  wait_log postgres "database system is ready to accept connections" 60
  create_topics
  wait_http keycloak "http://127.0.0.1:$P_KEYCLOAK/realms/spinepath/.well-known/openid-configuration" 180
  wait_http smtp "http://127.0.0.1:$P_MAIL_UI/api/service/readiness" 60

  # shellcheck disable=SC2046
  run intake-service --network-alias intake-service -p "127.0.0.1:$P_INTAKE:8080" \
    $(service_env intake intake-service) "spinepath/intake-service:$TAG"
  # shellcheck disable=SC2046
  run triage-service --network-alias triage-service -p "127.0.0.1:$P_TRIAGE:8080" \
    $(service_env triage triage-service) -e SPINEPATH_CONTENT_URL=http://content-service:8080 \
    "spinepath/triage-service:$TAG"
  # shellcheck disable=SC2046
  run content-service --network-alias content-service -p "127.0.0.1:$P_CONTENT:8080" \
    $(service_env content content-service) "spinepath/content-service:$TAG"
  # shellcheck disable=SC2046
  run notification-service --network-alias notification-service -p "127.0.0.1:$P_NOTIFICATION:8080" \
    $(service_env notification notification-service) \
    -e QUARKUS_MAILER_HOST=smtp -e QUARKUS_MAILER_PORT=3025 \
    -e SPINEPATH_NOTIFICATION_PUBLIC_URL="http://localhost:$P_NOTIFICATION" \
    -e SPINEPATH_ACK_LINK_SECRET="$(ack_secret)" \
    "spinepath/notification-service:$TAG"

  for s in intake:$P_INTAKE triage:$P_TRIAGE content:$P_CONTENT notification:$P_NOTIFICATION; do
    wait_http "${s%%:*}-service" "http://127.0.0.1:${s##*:}/q/health/ready" 180
  done

  # The portal reaches Keycloak inside the network, while the browser (and so the tokens' issuer)
  # uses Keycloak's published address.
  run portal --network-alias portal -p "127.0.0.1:$P_PORTAL:8080" \
    -e QUARKUS_HTTP_PORT=8080 -e SPINEPATH_KAFKA=kafka:9092 \
    -e SPINEPATH_KEYCLOAK_URL=http://keycloak:8080 \
    -e SPINEPATH_KEYCLOAK_ISSUER="http://localhost:$P_KEYCLOAK/realms/spinepath" \
    -e SPINEPATH_INTAKE_URL=http://intake-service:8080 -e SPINEPATH_TRIAGE_URL=http://triage-service:8080 \
    -e SPINEPATH_CONTENT_URL=http://content-service:8080 -e SPINEPATH_NOTIFICATION_URL=http://notification-service:8080 \
    -e SPINEPATH_PORTAL_CLIENT_SECRET=spinepath-portal-dev-secret \
    -e SPINEPATH_PORTAL_SESSION_SECRET="$(portal_secret session)" \
    -e SPINEPATH_PORTAL_CSRF_KEY="$(portal_secret csrf)" \
    "spinepath/portal:$TAG"
  wait_http portal "http://127.0.0.1:$P_PORTAL/q/health/ready" 180
  status
}

status() {
  cat <<MSG

SpinePath is up (decision support: it never replaces clinical judgment).

  Portal            http://localhost:$P_PORTAL   <- open this in a browser; sign in as clinician1 / spinepath-dev

  Intake API        http://localhost:$P_INTAKE/api/cases        Swagger UI http://localhost:$P_INTAKE/q/swagger-ui
  Triage API        http://localhost:$P_TRIAGE/api/triage       Swagger UI http://localhost:$P_TRIAGE/q/swagger-ui
  Content API       http://localhost:$P_CONTENT/api/articles    Swagger UI http://localhost:$P_CONTENT/q/swagger-ui
  Notification API  http://localhost:$P_NOTIFICATION/api/referrals  Swagger UI http://localhost:$P_NOTIFICATION/q/swagger-ui
  Keycloak          http://localhost:$P_KEYCLOAK  (realm spinepath; console admin / spinepath-dev)
  Mail received     http://localhost:$P_MAIL_UI/api/user/oncall-spine@spinepath.local/messages  (SMTP localhost:$P_SMTP)
  Kafka             localhost:$P_KAFKA      PostgreSQL localhost:$P_POSTGRES (spinepath / spinepath)

Test users (password spinepath-dev): clinician1 clinician3 (clinician, team spinal-orthopaedics),
clinician2 (clinician, team neurosurgery), editor1 editor2 (content-editor), reviewer1 reviewer2
(content-reviewer), senioreditor1 (content-editor and content-reviewer), oncall1 oncall2 (oncall,
every route), oncall3 (oncall, vascular route only), admin1 (admin), auditor1 (auditor).

Try it:
  TOKEN=\$(curl -s -d grant_type=password -d client_id=spinepath-cli -d username=clinician1 \\
      -d password=spinepath-dev http://localhost:$P_KEYCLOAK/realms/spinepath/protocol/openid-connect/token \\
      | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])')
  curl -s -H "Authorization: Bearer \$TOKEN" -H 'Content-Type: application/json' \\
      -d '{"patient":{"ageYears":45},"presentation":{"painIntensity":6},"neurology":{"saddleAnesthesia":true}}' \\
      http://localhost:$P_INTAKE/api/cases
  # a few seconds later: the referral email for the on-call spinal surgeon
  curl -s http://localhost:$P_MAIL_UI/api/user/oncall-spine@spinepath.local/messages/
MSG
}

down() {
  for s in portal notification-service content-service triage-service intake-service smtp keycloak kafka postgres; do
    docker rm -f "$PREFIX-$s" >/dev/null 2>&1 && log "removed $PREFIX-$s" || true
  done
  if [ "${1:-}" = "--volumes" ]; then docker volume rm spinepath-postgres >/dev/null 2>&1 || true; fi
  docker network rm "$NET" >/dev/null 2>&1 || true
}

case "${1:-}" in
  up) up ;;
  down) shift; down "${1:-}" ;;
  status) docker ps --filter "name=$PREFIX" --format 'table {{.Names}}\t{{.Status}}\t{{.Ports}}'; status ;;
  *) echo "usage: $0 up | down [--volumes] | status" >&2; exit 2 ;;
esac
