#!/usr/bin/env bash
# Makes a Docker engine available on a Debian machine that has none running.
# Idempotent: does nothing when an engine already answers.
# Published ports bind to loopback only ("ip": "127.0.0.1"), so nothing the platform or its
# tests start is reachable from outside this machine.
set -euo pipefail

log() { printf '[ensure-docker] %s\n' "$*" >&2; }

if docker info >/dev/null 2>&1; then
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi

if ! command -v dockerd >/dev/null 2>&1; then
  log "installing Debian's docker.io (no Docker engine on this machine)"
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get update -qq
  $SUDO env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io >/dev/null
fi

$SUDO mkdir -p /etc/docker
want='{ "ip": "127.0.0.1", "storage-driver": "overlay2", "log-driver": "json-file", "log-opts": { "max-size": "20m" } }'
if [ ! -f /etc/docker/daemon.json ] || ! grep -q '"127.0.0.1"' /etc/docker/daemon.json; then
  echo "$want" | $SUDO tee /etc/docker/daemon.json >/dev/null
fi

if ! pgrep -x dockerd >/dev/null 2>&1; then
  log "starting dockerd in the background (log: /var/log/spinepath-dockerd.log)"
  $SUDO sh -c 'nohup dockerd >/var/log/spinepath-dockerd.log 2>&1 &'
fi

for _ in $(seq 1 60); do
  if docker info >/dev/null 2>&1; then
    log "Docker engine ready: $(docker version --format '{{.Server.Version}}' 2>/dev/null)"
    exit 0
  fi
  sleep 1
done
log "dockerd did not become ready within 60 s; see /var/log/spinepath-dockerd.log"
exit 1
