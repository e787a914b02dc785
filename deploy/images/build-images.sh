#!/usr/bin/env bash
# Builds SpinePath's infrastructure images without any container registry: every byte comes
# from the Debian archive, from Maven Central, or from the JDK installed on this machine.
#
#   deploy/images/build-images.sh [--force] [IMAGE...]
#
#   IMAGE     base jre postgres kafka keycloak greenmail (default: all; a child image is rebuilt
#             whenever its parent is)
#   --force   rebuild even when the inputs have not changed
#
# Each image carries the label org.spinepath.image.inputs, a SHA-256 over the files it is built
# from (this directory's recipe, the realm file, the JDK's release file, the mirror) and over its
# parent's label. An image whose label matches is left alone, so a second run takes seconds.
#
# Environment:
#   SPINEPATH_JDK            JDK that jlink links the runtime from (default: Temurin 25)
#   DEBIAN_MIRROR            default http://deb.debian.org/debian
#   DEBIAN_SECURITY_MIRROR   default http://deb.debian.org/debian-security
#   SPINEPATH_IMAGES_WORK    scratch directory (default /var/tmp/spinepath-images)
#   SPINEPATH_IMAGE_NAMESPACE  repository prefix of the tags (default spinepath), e.g.
#                            registry.hospital.example/spinepath to tag for an internal registry
#
# Needs root (debootstrap, chroot) and a Docker engine (deploy/scripts/ensure-docker.sh).
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
repo=$(cd "$here/../.." && pwd)
jdk=${SPINEPATH_JDK:-/usr/lib/jvm/temurin-25-jdk-amd64}
work=${SPINEPATH_IMAGES_WORK:-/var/tmp/spinepath-images}
export DEBIAN_MIRROR=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
export DEBIAN_SECURITY_MIRROR=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}
export DOCKER_BUILDKIT=0 # the legacy builder: Debian's docker.io ships no buildx

LABEL_INPUTS=org.spinepath.image.inputs
ALL=(base jre postgres kafka keycloak greenmail)

ns=${SPINEPATH_IMAGE_NAMESPACE:-spinepath}
declare -A tag=(
  [base]=$ns/base:bookworm
  [jre]=$ns/jre:25
  [postgres]=$ns/postgres:15
  [kafka]=$ns/kafka:4.3.1
  [keycloak]=$ns/keycloak:26.7.3
  [greenmail]=$ns/greenmail:2.1.13
)
declare -A parent=([jre]=base [postgres]=base [kafka]=jre [keycloak]=jre [greenmail]=jre)
declare -A title=(
  [base]="SpinePath base: Debian bookworm minbase"
  [jre]="SpinePath Java 25 runtime (jlink, Temurin 25)"
  [postgres]="SpinePath PostgreSQL 15 (Debian)"
  [kafka]="SpinePath Apache Kafka 4.3.1 (KRaft, single node)"
  [keycloak]="SpinePath Keycloak 26.7.3 (pre-augmented, dev-file)"
  [greenmail]="SpinePath GreenMail 2.1.13 test mail server"
)

log() { printf '[build-images %s] %s\n' "$(date +%T)" "$*" >&2; }
die() { log "error: $*"; exit 1; }

usage() { awk 'NR > 1 && /^#/ { sub(/^# ?/, ""); print; next } NR > 1 { exit }' "${BASH_SOURCE[0]}"; }

force=false
selected=()
while [ $# -gt 0 ]; do
  case "$1" in
    --force) force=true ;;
    -h | --help) usage; exit 0 ;;
    base | jre | postgres | kafka | keycloak | greenmail) selected+=("$1") ;;
    *) usage >&2; die "unknown argument: $1" ;;
  esac
  shift
done
[ ${#selected[@]} -gt 0 ] || selected=("${ALL[@]}")

[ "$(id -u)" = 0 ] || die "run as root: debootstrap and chroot need it (sudo $0)"
"$repo/deploy/scripts/ensure-docker.sh"
if ! command -v debootstrap >/dev/null 2>&1; then
  log "installing Debian's debootstrap (builds the base image's root file system)"
  DEBIAN_FRONTEND=noninteractive apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq debootstrap >/dev/null
fi
[ -x "$jdk/bin/jlink" ] || die "no JDK with jlink at $jdk (set SPINEPATH_JDK)"

# --- inputs and decisions -------------------------------------------------------------------

# SHA-256 over the names and contents of the files under the given paths (build output and
# editor litter excluded), plus any extra strings.
hash_paths() {
  local extra=$1
  shift
  {
    printf '%s\n' "$extra"
    find "$@" -type f ! -path '*/target/*' ! -name '*~' ! -name '.*.swp' -print0 |
      LC_ALL=C sort -z |
      while IFS= read -r -d '' f; do
        printf '%s\n' "${f#"$repo"/}"
        sha256sum <"$f"
      done
  } | sha256sum | cut -d' ' -f1
}

declare -A inputs=()
inputs[base]=$(hash_paths "mirror=$DEBIAN_MIRROR security=$DEBIAN_SECURITY_MIRROR" "$here/base")
inputs[jre]=$(hash_paths "parent=${inputs[base]} jdk=$(sha256sum <"$jdk/release")" "$here/jre")
inputs[postgres]=$(hash_paths "parent=${inputs[base]} mirror=$DEBIAN_MIRROR" "$here/postgres")
inputs[kafka]=$(hash_paths "parent=${inputs[jre]}" "$here/kafka")
inputs[keycloak]=$(hash_paths "parent=${inputs[jre]}" "$here/keycloak" "$repo/deploy/keycloak/spinepath-realm.json")
inputs[greenmail]=$(hash_paths "parent=${inputs[jre]}" "$here/greenmail")

label_of() {
  docker image inspect --format "{{ index .Config.Labels \"$LABEL_INPUTS\" }}" "$1" 2>/dev/null || true
}

declare -A build=()
for name in "${ALL[@]}"; do
  build[$name]=false
  wanted=false
  for s in "${selected[@]}"; do [ "$s" = "$name" ] && wanted=true; done
  p=${parent[$name]:-}
  if [ -n "$p" ] && [ "${build[$p]}" = true ]; then
    build[$name]=true # a new parent means new layers underneath
  elif [ "$wanted" = true ] && { [ "$force" = true ] || [ "$(label_of "${tag[$name]}")" != "${inputs[$name]}" ]; }; then
    build[$name]=true
  fi
  # A selected child needs its parent present, built or not.
  if [ "$wanted" = true ] && [ -n "$p" ] && [ "${build[$p]}" = false ] && [ -z "$(label_of "${tag[$p]}")" ]; then
    die "${tag[$p]} is missing: build it too (drop the image arguments)"
  fi
done

todo=()
for name in "${ALL[@]}"; do [ "${build[$name]}" = true ] && todo+=("$name"); done
if [ ${#todo[@]} -eq 0 ]; then
  log "all images up to date (--force rebuilds)"
  exit 0
fi
log "building: ${todo[*]}"

mkdir -p "$work/logs"
declare -A started=() finished=()
t0=$(date +%s)

# --- steps ----------------------------------------------------------------------------------

oci_labels() {
  local name=$1
  printf '%s\n' \
    "org.opencontainers.image.title=${title[$name]}" \
    "org.opencontainers.image.vendor=SpinePath" \
    "org.opencontainers.image.created=$(date -u +%FT%TZ)" \
    "$LABEL_INPUTS=${inputs[$name]}"
}

docker_build() {
  local name=$1 context=$2 network=$3
  local args=()
  while IFS= read -r l; do args+=(--label "$l"); done < <(oci_labels "$name")
  # --force also means fresh packages: no layer cache.
  [ "$force" = true ] && args+=(--no-cache)
  if [ "${parent[$name]}" = base ]; then
    args+=(--build-arg "BASE_IMAGE=${tag[base]}")
  else
    args+=(--build-arg "JRE_IMAGE=${tag[jre]}")
  fi
  docker build --network "$network" --rm --force-rm "${args[@]}" -t "${tag[$name]}" "$context"
}

step_base() {
  local rootfs=$work/base/rootfs
  rm -rf "$work/base"
  mkdir -p "$work/base"
  "$here/base/rootfs.sh" "$rootfs"
  local changes=(
    --change 'ENV PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin'
    --change 'ENV LANG=C.UTF-8'
    --change 'CMD ["bash"]'
  )
  while IFS= read -r l; do changes+=(--change "LABEL ${l%%=*}=\"${l#*=}\""); done < <(oci_labels base)
  tar --numeric-owner --xattrs -C "$rootfs" -c . | docker import "${changes[@]}" - "${tag[base]}"
  rm -rf "$work/base"
}

# The runtime is linked on this machine (jlink needs no network) and copied into the image.
step_jlink() {
  local ctx=$work/jre
  rm -rf "$ctx"
  mkdir -p "$ctx"
  cp "$here/jre/Dockerfile" "$here/jre/run-java" "$ctx/"
  # jre/jlink.options: no debug symbols, man pages or headers; a class-data-sharing archive of
  # the JDK's own classes, so every JVM in these images starts from a mapped archive.
  "$jdk/bin/jlink" \
    --add-modules "$(grep -v -e '^#' -e '^$' "$here/jre/modules" | paste -sd, -)" \
    @"$here/jre/jlink.options" \
    --output "$ctx/java"
  # The second CDS archive serves heaps above 32 GB only.
  rm -f "$ctx/java/lib/server/classes_nocoops.jsa"
}

step_jre() { docker_build jre "$work/jre" none; }

step_postgres() {
  local ctx=$work/postgres
  rm -rf "$ctx" && mkdir -p "$ctx"
  cp "$here/postgres/Dockerfile" "$here/postgres/docker-entrypoint.sh" "$ctx/"
  # Host network for apt only: the container reaches the same Debian mirror this machine does.
  docker_build postgres "$ctx" host
}

mvn_fetch() {
  local name=$1 out=$2
  # --strict-checksums: a download whose checksum does not match fails the build.
  (cd "$repo" && JAVA_HOME=$jdk ./mvnw -B -q --strict-checksums -f "deploy/images/$name/pom.xml" \
    dependency:copy-dependencies -DoutputDirectory="$out" -DincludeScope=runtime)
}

# Maven Central downloads, one after another (Maven's local repository is not safe for
# concurrent writers), while debootstrap and jlink run.
step_fetch() {
  if [ "${build[kafka]}" = true ]; then
    rm -rf "$work/kafka" && mkdir -p "$work/kafka"
    mvn_fetch kafka "$work/kafka/libs"
    cp -r "$here/kafka/Dockerfile" "$here/kafka/run" "$here/kafka/kafka-native" \
      "$here/kafka/config" "$here/kafka/bin" "$work/kafka/"
  fi
  if [ "${build[keycloak]}" = true ]; then
    rm -rf "$work/keycloak" && mkdir -p "$work/keycloak/dist"
    mvn_fetch keycloak "$work/keycloak/dist"
    local zip
    zip=$(ls "$work/keycloak/dist"/keycloak-quarkus-dist-*.zip)
    if command -v unzip >/dev/null; then
      unzip -q "$zip" -d "$work/keycloak/dist"
    else
      (cd "$work/keycloak/dist" && "$jdk/bin/jar" xf "$zip")
    fi
    mv "$work/keycloak/dist"/keycloak-*/ "$work/keycloak/keycloak"
    chmod +x "$work/keycloak/keycloak/bin/"*.sh
    # Group 0 gets the owner's rights, for platforms that run images under arbitrary uids.
    chmod -R g=u "$work/keycloak/keycloak"
    rm -rf "$work/keycloak/dist"
    cp "$here/keycloak/Dockerfile" "$here/keycloak/prepare.sh" "$work/keycloak/"
    cp "$repo/deploy/keycloak/spinepath-realm.json" "$work/keycloak/"
  fi
  if [ "${build[greenmail]}" = true ]; then
    rm -rf "$work/greenmail" && mkdir -p "$work/greenmail/jar"
    mvn_fetch greenmail "$work/greenmail/jar"
    mv "$work/greenmail/jar"/greenmail-standalone-*.jar "$work/greenmail/greenmail-standalone.jar"
    rm -rf "$work/greenmail/jar"
    cp "$here/greenmail/Dockerfile" "$here/greenmail/run-greenmail" "$work/greenmail/"
  fi
}

step_kafka() { docker_build kafka "$work/kafka" none; }
step_keycloak() { docker_build keycloak "$work/keycloak" none; }
step_greenmail() { docker_build greenmail "$work/greenmail" none; }

# --- orchestration --------------------------------------------------------------------------

declare -A pid=()

start() {
  local step=$1
  started[$step]=$(date +%s)
  log "start $step (log: $work/logs/$step.log)"
  (
    t=$(date +%s)
    # Not "step || rc=$?": bash ignores set -e inside anything on the left of ||.
    set +e
    (
      set -e
      "step_$step"
    ) >"$work/logs/$step.log" 2>&1
    rc=$?
    echo $(($(date +%s) - t)) >"$work/logs/$step.seconds"
    exit $rc
  ) &
  pid[$step]=$!
}

finish() {
  local step=$1
  if ! wait "${pid[$step]}"; then
    log "FAILED: $step; last lines of $work/logs/$step.log:"
    tail -n 40 "$work/logs/$step.log" >&2
    # Stop the other steps still running before giving up.
    for other in "${!pid[@]}"; do
      [ -z "${finished[$other]:-}" ] && [ "$other" != "$step" ] && kill "${pid[$other]}" 2>/dev/null || true
    done
    exit 1
  fi
  finished[$step]=$(date +%s)
  log "done  $step in $(cat "$work/logs/$step.seconds") s"
}

need_fetch=false
for n in kafka keycloak greenmail; do [ "${build[$n]}" = true ] && need_fetch=true; done

[ "${build[base]}" = true ] && start base
[ "${build[jre]}" = true ] && start jlink
[ "$need_fetch" = true ] && start fetch

[ "${build[base]}" = true ] && finish base
[ "${build[postgres]}" = true ] && start postgres
if [ "${build[jre]}" = true ]; then
  finish jlink
  start jre
  finish jre
fi
[ "$need_fetch" = true ] && finish fetch
for n in kafka keycloak greenmail; do [ "${build[$n]}" = true ] && start "$n"; done
for n in postgres kafka keycloak greenmail; do [ "${build[$n]}" = true ] && finish "$n"; done

rm -rf "$work/jre" "$work/postgres" "$work/kafka" "$work/keycloak" "$work/greenmail"
# Superseded layers of rebuilt images.
docker image prune -f --filter "label=$LABEL_INPUTS" >/dev/null || true

log "built ${todo[*]} in $(($(date +%s) - t0)) s"
for name in "${ALL[@]}"; do
  printf '  %-36s %-10s %s\n' "${tag[$name]}" \
    "$( [ "${build[$name]}" = true ] && echo built || echo unchanged)" \
    "$(docker image inspect --format '{{ .Size }}' "${tag[$name]}" 2>/dev/null | awk '{ printf "%d MB", $1 / 1000000 }')" >&2
done
