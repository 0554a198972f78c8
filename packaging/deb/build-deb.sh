#!/usr/bin/env bash
# Assembles the .deb from the PyInstaller bundle (dist/poe-kiosk, made by `make bundle`):
#   build/deb/poe-kiosk_<version>_amd64.deb
# The bundle goes in as one tar (/usr/lib/poe-kiosk/poe-kiosk-<version>.tar) that postinst unpacks into
# /opt/poe-kiosk/releases/<version>: those files are not dpkg's, so an upgrade cannot delete the
# release that is still running before the new one has migrated the database (activate-release).
set -euo pipefail
cd "$(dirname "$0")/../.."

VERSION="${VERSION:-$(sed -n 's/^version = "\(.*\)"/\1/p' pyproject.toml | head -1)}"
BUNDLE=dist/poe-kiosk
OUT=build/deb
STAGE="$OUT/root"
[ -x "$BUNDLE/poe-kiosk" ] || { echo "build-deb: no bundle in $BUNDLE; run make bundle first" >&2; exit 1; }

DEPENDS=(
  adduser "libc6 (>= 2.36)" cage cups-client
  libzbar0 libpulse0 libcups2 libdbus-1-3 libfontconfig1 libegl1 libgl1
  libxkbcommon0 libxkbcommon-x11-0 libwayland-client0 libwayland-cursor0 libwayland-egl1
  libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-render-util0 libxcb-randr0
  libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 fonts-dejavu-core
)

rm -rf "$STAGE"
install -d "$STAGE/DEBIAN" "$STAGE/usr/lib/poe-kiosk" "$STAGE/usr/bin" "$STAGE/lib/systemd/system" \
  "$STAGE/usr/share/poe-kiosk/systemd" "$STAGE/usr/share/doc/poe-kiosk"
tar -C "$BUNDLE" --owner=0 --group=0 --numeric-owner -cf "$STAGE/usr/lib/poe-kiosk/poe-kiosk-$VERSION.tar" .
install -m 0755 packaging/deb/activate-release "$STAGE/usr/lib/poe-kiosk/activate-release"
install -m 0755 packaging/deb/poe-kiosk-wrapper "$STAGE/usr/bin/poe-kiosk"
for unit in poe-kiosk-cage@.service poe-kiosk-hub-ingest.service poe-kiosk-retention.service poe-kiosk-retention.timer poe-kiosk-aggregates.service poe-kiosk-aggregates.timer poe-kiosk-hub-follow-up-purge.service poe-kiosk-hub-follow-up-purge.timer; do
  install -m 0644 "packaging/systemd/$unit" "$STAGE/lib/systemd/system/$unit"
done
cp -r packaging/systemd/mosquitto.service.d "$STAGE/usr/share/poe-kiosk/systemd/"
cp -r packaging/mosquitto "$STAGE/usr/share/poe-kiosk/mosquitto"
install -m 0644 packaging/deb/hub-ingest.env.example "$STAGE/usr/share/poe-kiosk/hub-ingest.env.example"
install -m 0644 packaging/site.example.yaml "$STAGE/usr/share/poe-kiosk/site.example.yaml"
install -m 0644 README.md docs/deployment.md "$STAGE/usr/share/doc/poe-kiosk/"
install -m 0644 packaging/README.md "$STAGE/usr/share/doc/poe-kiosk/packaging.md"
install -m 0644 packaging/NOTICE "$STAGE/usr/share/doc/poe-kiosk/copyright"
for script in postinst prerm postrm; do
  sed "s/@VERSION@/$VERSION/" "packaging/deb/$script" > "$STAGE/DEBIAN/$script"
  chmod 0755 "$STAGE/DEBIAN/$script"
done
depends="$(printf '%s, ' "${DEPENDS[@]}")"
cat > "$STAGE/DEBIAN/control" <<CONTROL
Package: poe-kiosk
Version: $VERSION
Architecture: amd64
Section: misc
Priority: optional
Maintainer: poe-kiosk maintainers <poe-kiosk@invalid>
Depends: ${depends%, }
Recommends: mosquitto-clients
Suggests: mosquitto, poppler-utils
Installed-Size: $(du -sk --exclude=DEBIAN "$STAGE" | cut -f1)
Description: point-of-entry health screening kiosk
 Border health officers screen travellers on touchscreen kiosks; alerts go over MQTT to the national
 surveillance hub. Runs full screen under cage (poe-kiosk-cage@tty1.service), purges personal data
 after the retention period (poe-kiosk-retention.timer). Bundled Python and Qt (PyInstaller).
CONTROL
dpkg-deb --root-owner-group -Zzstd -z6 --build "$STAGE" "$OUT/poe-kiosk_${VERSION}_amd64.deb" >/dev/null
echo "$OUT/poe-kiosk_${VERSION}_amd64.deb"
