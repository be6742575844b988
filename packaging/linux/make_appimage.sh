#!/usr/bin/env bash
# Wrap the frozen app (PyInstaller one-folder, from packaging/build.py) into an AppImage.
#
#   packaging/linux/make_appimage.sh FROZEN_DIR [VERSION] [OUT_DIR]
#
# VERSION defaults to __version__ in desktop/hearth/__init__.py, OUT_DIR to dist/.
# Writes OUT_DIR/Hearth-<VERSION>-<arch>.AppImage and prints its path.
#
# appimagetool: $APPIMAGETOOL if set, else `appimagetool` on the PATH, else it is
# downloaded from AppImage/appimagetool's GitHub releases ($APPIMAGETOOL_URL
# overrides), and appimagetool itself fetches the AppImage runtime from GitHub.
# So this runs in CI, not on machines that reach package registries only.
set -euo pipefail

usage="usage: make_appimage.sh FROZEN_DIR [VERSION] [OUT_DIR]"
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/../.." && pwd)
frozen=${1:?$usage}
version=${2:-$(sed -n 's/^__version__ = "\(.*\)"$/\1/p' "$root/desktop/hearth/__init__.py")}
out_dir=${3:-$root/dist}
arch=${ARCH:-$(uname -m)}

if [ ! -x "$frozen/hearth" ]; then
    echo "error: $frozen/hearth does not exist: FROZEN_DIR must be the frozen app's folder" >&2
    exit 1
fi
if [ -z "$version" ]; then
    echo "error: no version given and none found in desktop/hearth/__init__.py" >&2
    exit 1
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
appdir=$work/Hearth.AppDir
share=$appdir/usr/share

mkdir -p "$appdir/usr/lib" "$share/applications" "$share/icons/hicolor/scalable/apps" \
    "$share/mime/packages"
cp -a "$frozen" "$appdir/usr/lib/hearth"

cat >"$appdir/AppRun" <<'EOF'
#!/bin/sh
# The frozen app lives in usr/lib/hearth; its engine child is the same executable.
here=$(dirname "$(readlink -f "$0")")
exec "$here/usr/lib/hearth/hearth" "$@"
EOF
chmod 755 "$appdir/AppRun"

# The .deb's desktop entry and MIME type. TryExec goes: `hearth` is not on the PATH
# of an AppImage's user, and a desktop integration tool would hide the entry.
sed '/^TryExec=/d' "$here/hearth.desktop" >"$appdir/hearth.desktop"
cp "$appdir/hearth.desktop" "$share/applications/hearth.desktop"
cp "$here/hearth-mime.xml" "$share/mime/packages/hearth.xml"
# Icon=hearth: appimagetool wants hearth.<png|svg> at the top of the AppDir.
cp "$root/resources/icons/hearth.svg" "$appdir/hearth.svg"
cp "$root/resources/icons/hearth.svg" "$share/icons/hicolor/scalable/apps/hearth.svg"
# The file managers' thumbnail: a 256 px PNG if build.py rendered one.
png=${HEARTH_ICON_PNG:-$root/build/icons/hearth-256.png}
if [ -f "$png" ]; then
    cp "$png" "$appdir/.DirIcon"
fi

tool=${APPIMAGETOOL:-$(command -v appimagetool || true)}
if [ -z "$tool" ]; then
    url=${APPIMAGETOOL_URL:-https://github.com/AppImage/appimagetool/releases/download/continuous/appimagetool-$arch.AppImage}
    echo "Downloading $url" >&2
    curl --fail --silent --show-error --location --retry 3 --output "$work/appimagetool" "$url"
    chmod 755 "$work/appimagetool"
    tool=$work/appimagetool
fi

mkdir -p "$out_dir"
out=$(cd "$out_dir" && pwd)/Hearth-$version-$arch.AppImage
rm -f "$out"
# APPIMAGE_EXTRACT_AND_RUN: appimagetool is an AppImage too, and CI runners have no FUSE.
APPIMAGE_EXTRACT_AND_RUN=1 ARCH=$arch VERSION=$version "$tool" --no-appstream "$appdir" "$out" >&2
if [ ! -f "$out" ]; then
    echo "error: appimagetool wrote no $out" >&2
    exit 1
fi
echo "$out"
