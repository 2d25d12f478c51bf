#!/usr/bin/env bash
# Build BigJournal for macOS, on a Mac (13 Ventura or newer, Apple silicon or Intel):
#
#   installer/macos/build.sh
#
# Python 3.11 (PYTHON=… to choose it). Makes build/venv afresh from
# installer/requirements-build-macos.txt (hashes required; made with the Linux and
# Windows locks by installer/lock.sh), the third-party notices of what is bundled,
# dist/BigJournal.app with PyInstaller, smoke-tests it headless and checks that its
# Info.plist states the minimum macOS the wheels need. Signing and notarising follow
# in installer/README.md.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$(pwd)
PYTHON=${PYTHON:-python3.11}
VENV=$ROOT/build/venv
APP=$ROOT/dist/BigJournal.app
fail() { echo "macos/build.sh: $*" >&2; exit 1; }

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git log -1 --format=%ct 2>/dev/null || echo 315532800)
fi
export SOURCE_DATE_EPOCH PYTHONHASHSEED=0 LC_ALL=C.UTF-8 TZ=UTC

echo "== Build environment from installer/requirements-build-macos.txt (hashes required)"
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  --require-hashes --only-binary :all: -r installer/requirements-build-macos.txt
"$VENV/bin/python" installer/third_party_notices.py --bundle -o build/THIRD-PARTY-NOTICES
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  --no-deps --no-build-isolation --no-index "$ROOT"
"$VENV/bin/python" -m bigjournal.gui.build_forms --check

echo "== PyInstaller (.app bundle)"
rm -rf "$APP" "$ROOT/dist/bigjournal"
(cd build && PYTHONSAFEPATH=1 "$VENV/bin/python" -m PyInstaller --noconfirm --clean \
  --log-level WARN --distpath "$ROOT/dist" --workpath "$ROOT/build/pyinstaller" \
  "$ROOT/installer/bigjournal.spec")

echo "== The bundle's minimum macOS and document type"
minimum=$(/usr/libexec/PlistBuddy -c "Print :LSMinimumSystemVersion" "$APP/Contents/Info.plist")
[ "$minimum" = "13.0" ] || fail "LSMinimumSystemVersion is $minimum, not 13.0"
/usr/libexec/PlistBuddy -c "Print :CFBundleDocumentTypes:0:LSItemContentTypes:0" \
  "$APP/Contents/Info.plist" | grep -qx org.bigjournal.archive || fail "no archive document type"
# Every Mach-O file must load on that minimum (a wheel built for a newer macOS would not).
newest=$(find "$APP" -type f \( -name '*.so' -o -name '*.dylib' -o -perm -u+x \) \
  -exec otool -l {} + 2>/dev/null \
  | awk '/LC_BUILD_VERSION|LC_VERSION_MIN_MACOSX/ {b = 1}
         b && ($1 == "minos" || $1 == "version") {print $2; b = 0}' | sort -V | tail -1 || true)
[ -n "$newest" ] || fail "otool found no Mach-O files in $APP"
[ "$(printf '%s\n%s\n' "$newest" "$minimum" | sort -V | tail -1)" = "$minimum" ] \
  || fail "a bundled library needs macOS $newest, newer than the stated $minimum"
echo "bundle: LSMinimumSystemVersion $minimum; the newest library needs $newest"

echo "== Smoke test"
scratch=$(mktemp -d)
export HOME=$scratch/home QT_QPA_PLATFORM=offscreen
export PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
mkdir -p "$HOME"
cli=$APP/Contents/MacOS/BigJournal
"$cli" --version
"$cli" --journal "$scratch/journal.db" demo
"$cli" --journal "$scratch/journal.db" summary "Millbrook College" -o "$scratch/summary.pdf"
[ "$(head -c 4 "$scratch/summary.pdf")" = "%PDF" ] || fail "the summary is not a PDF"
BIGJOURNAL_PASSPHRASE="smoke test passphrase" \
  "$cli" --journal "$scratch/journal.db" export -o "$scratch/handover.bigjournal"
BIGJOURNAL_PASSPHRASE="smoke test passphrase" \
  "$cli" --journal "$scratch/successor.db" import --preview "$scratch/handover.bigjournal"
BIGJOURNAL_SMOKE_TEST="$scratch/window.png" "$cli" --journal "$scratch/journal.db" \
  || fail "the app did not start and quit cleanly"
[ -s "$scratch/window.png" ] || fail "the app painted no window"
cp "$scratch/window.png" build/smoke-window.png
rm -rf "$scratch"
echo "SMOKE TEST PASSED"
