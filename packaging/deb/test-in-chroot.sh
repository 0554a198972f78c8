#!/usr/bin/env bash
# Installs the built .deb into a clean Debian 12 root (debootstrap, minbase) with apt, as a technician
# would, then runs the installed kiosk's self-test there (offscreen) and a backup, a retention run and a
# re-run of the upgrade step. Needs root, debootstrap and Debian's package mirror; takes several minutes.
#   sudo bash packaging/deb/test-in-chroot.sh [ROOT]      (default ROOT: build/chroot)
set -euo pipefail
cd "$(dirname "$0")/../.."
DEB="${DEB:-$(ls -1 build/deb/poe-kiosk_*_amd64.deb | sort -V | tail -1)}"
ROOT="${1:-build/chroot}"
MIRROR="${MIRROR:-http://deb.debian.org/debian}"

if [ ! -x "$ROOT/usr/bin/apt-get" ]; then
  rm -rf "$ROOT"
  debootstrap --variant=minbase bookworm "$ROOT" "$MIRROR"
fi
mounted=()
cleanup() { for m in "${mounted[@]}"; do umount -l "$m" || true; done; }
trap cleanup EXIT
for fs in proc sys dev; do  # recursive: /dev/shm (multiprocessing's semaphores) and /dev/pts come along
  mount --rbind "/$fs" "$ROOT/$fs" && mount --make-rslave "$ROOT/$fs" && mounted+=("$ROOT/$fs")
done
cp "$DEB" "$ROOT/tmp/poe-kiosk.deb"
in_root() { chroot "$ROOT" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin HOME=/root LANG=C.UTF-8 "$@"; }
in_root apt-get update -qq
in_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends /tmp/poe-kiosk.deb
echo "== installed:"; in_root dpkg -s poe-kiosk | sed -n 's/^\(Status\|Version\): /  \1: /p'
in_root ls -ld /var/lib/poe-kiosk /etc/poe-kiosk /etc/poe-kiosk/kiosk.toml /opt/poe-kiosk/current
in_root /usr/bin/poe-kiosk migrate
in_root env QT_QPA_PLATFORM=offscreen /usr/bin/poe-kiosk selftest | tail -1 | tee "$ROOT/tmp/selftest.json"
grep -q '"ok": true' "$ROOT/tmp/selftest.json"
# Provisioning replaces the demo of the fresh install (moved aside), as root, and gives the files back.
in_root sh -c 'cd /root && poe-kiosk provision --site /usr/share/poe-kiosk/site.example.yaml \
  --kiosk-id XL-LND-01-K9 --broker mqtts://broker.example:8883' | tee "$ROOT/tmp/provision.json"
grep -q '"enrol": "poe-kiosk hub enrol XL-LND-01-K9 --country XL --poe XL-LND-01' "$ROOT/tmp/provision.json"
in_root stat -c '%a %U:%G %n' /etc/poe-kiosk/kiosk.toml /var/lib/poe-kiosk /var/lib/poe-kiosk/kiosk.sqlite \
  /var/lib/poe-kiosk/referral/kiosk-key.pem | tee "$ROOT/tmp/modes.txt"
grep -q '^640 root:poe-kiosk /etc/poe-kiosk/kiosk.toml' "$ROOT/tmp/modes.txt"
grep -q '^700 poe-kiosk:poe-kiosk /var/lib/poe-kiosk$' "$ROOT/tmp/modes.txt"
grep -q '^600 poe-kiosk:poe-kiosk /var/lib/poe-kiosk/referral/kiosk-key.pem' "$ROOT/tmp/modes.txt"
if in_root sh -c 'cd /tmp && poe-kiosk provision --site /usr/share/poe-kiosk/site.example.yaml \
     --kiosk-id XL-LND-01-K9 --broker mqtts://broker.example:8883'; then
  echo "a second provisioning was not refused" >&2; exit 1
fi
{ in_root /usr/bin/poe-kiosk doctor || true; } | tee "$ROOT/tmp/doctor.txt"   # the broker is not reachable here
[ "$(grep -cE '^OK +(config|database):' "$ROOT/tmp/doctor.txt")" = 2 ] && ! grep -q '^FAIL keys' "$ROOT/tmp/doctor.txt"
printf 'a passphrase for the chroot test\n' > "$ROOT/root/passphrase"
in_root /usr/bin/poe-kiosk backup --out /tmp/kiosk.poebak --passphrase-file /root/passphrase
in_root /usr/bin/poe-kiosk retention run
in_root /usr/lib/poe-kiosk/activate-release "$(in_root dpkg-query -W -f='${Version}' poe-kiosk)"
echo "== the .deb installed and ran in $ROOT"
