#!/usr/bin/env bash
# Builds the root filesystem of spinepath/base:bookworm into DIR from Debian's own mirror.
#
#   rootfs.sh DIR
#
# Every byte comes from the Debian archive (signed, checked by debootstrap and apt against
# debian-archive-keyring). Environment: DEBIAN_MIRROR, DEBIAN_SECURITY_MIRROR (a hospital's
# internal mirror works the same way), DEBIAN_SUITE (default bookworm).
set -euo pipefail

dir=${1:?usage: rootfs.sh DIR}
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
suite=${DEBIAN_SUITE:-bookworm}
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
security_mirror=${DEBIAN_SECURITY_MIRROR:-http://deb.debian.org/debian-security}

# minbase is Debian's "Essential: yes" set plus apt. ca-certificates lets derived images speak
# TLS to internal services; tzdata is left out because the JVM carries its own time-zone rules
# (the PostgreSQL image pulls tzdata in as a dependency).
debootstrap --variant=minbase --include=ca-certificates --exclude=tzdata \
  "$suite" "$dir" "$mirror"

install -m 0644 "$here/dpkg-minimal.cfg" "$dir/etc/dpkg/dpkg.cfg.d/spinepath-minimal"
install -m 0644 "$here/apt-minimal.conf" "$dir/etc/apt/apt.conf.d/90spinepath-minimal"
# Package scripts must never start daemons while an image is being built.
install -m 0755 "$here/policy-rc.d" "$dir/usr/sbin/policy-rc.d"

cat >"$dir/etc/apt/sources.list" <<EOF
deb $mirror $suite main
deb $mirror $suite-updates main
deb $security_mirror $suite-security main
EOF

# debootstrap installs the point release; take the security and stable updates on top.
cp /etc/resolv.conf "$dir/etc/resolv.conf"
chroot "$dir" env DEBIAN_FRONTEND=noninteractive apt-get -qq update
chroot "$dir" env DEBIAN_FRONTEND=noninteractive apt-get -qq -y upgrade

# What a running container never needs. Licence texts (usr/share/doc/*/copyright) stay.
chroot "$dir" apt-get clean
rm -rf "$dir"/var/lib/apt/lists/* "$dir"/var/cache/apt/*.bin \
  "$dir"/var/cache/debconf/*-old "$dir"/var/lib/dpkg/*-old \
  "$dir"/var/log/* "$dir"/tmp/* "$dir"/var/tmp/* \
  "$dir"/usr/share/man/* "$dir"/usr/share/info/* "$dir"/usr/share/locale/* \
  "$dir"/usr/share/lintian "$dir"/usr/share/linda
find "$dir/usr/share/doc" -mindepth 1 -not -name copyright -not -type d -delete
find "$dir/usr/share/doc" -mindepth 1 -type d -empty -delete
# Docker writes these per container.
: >"$dir/etc/resolv.conf"
: >"$dir/etc/hostname"
rm -f "$dir/etc/machine-id" "$dir/var/lib/dbus/machine-id"
