#!/usr/bin/env bash
# Build BigJournal for Linux: a one-folder frozen app in dist/bigjournal/, smoke-tested
# headless, packed as dist/BigJournal-<version>-linux-x86_64.tar.gz, with dist/SHA256SUMS.
#
#   installer/build.sh                 check forms, run the tests, build, smoke-test, pack
#   installer/build.sh --skip-tests    the same without the test suite (it takes minutes)
#   installer/build.sh --smoke-only    smoke-test an existing dist/bigjournal/ again
#
# Environment:
#   PYTHON             the Python (3.11+) that makes build/venv (default: python3)
#   TEST_PYTHON        the Python with the test dependencies (default: .venv/bin/python,
#                      as made by .ci/setup --test)
#   SOURCE_DATE_EPOCH  the time stamped on everything built (default: the last commit's)
#
# The build never uses a developer's environment: it makes build/venv afresh from the
# pinned, hashed installer/requirements-build.txt and installs BigJournal into it from
# this checkout (not editable), so two builds of one commit use the same parts.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)

run_tests=1
smoke_only=0
for argument in "$@"; do
  case "$argument" in
    --skip-tests) run_tests=0 ;;
    --smoke-only) smoke_only=1 ;;
    -h|--help) sed -n '2,18p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "build.sh: unknown option $argument (try --help)" >&2; exit 2 ;;
  esac
done

PYTHON=${PYTHON:-python3}
TEST_PYTHON=${TEST_PYTHON:-$ROOT/.venv/bin/python}
BUILD=$ROOT/build
DIST=$ROOT/dist
VENV=$BUILD/venv
APP_DIR=$DIST/bigjournal

if [ -z "${SOURCE_DATE_EPOCH:-}" ]; then
  SOURCE_DATE_EPOCH=$(git -C "$ROOT" log -1 --format=%ct 2>/dev/null || echo 315532800)
fi
export SOURCE_DATE_EPOCH
# Hash seeds and locale change the order of things in generated files.
export PYTHONHASHSEED=0 LC_ALL=C.UTF-8 TZ=UTC

step() { printf '\n== %s\n' "$*"; }
fail() { echo "build.sh: $*" >&2; exit 1; }

# --- the smoke test: the frozen app, headless, in a throwaway home ------------------
smoke_test() {
  local app=$1/bigjournal
  [ -x "$app" ] || fail "no frozen app at $app"
  local scratch
  scratch=$(mktemp -d)
  # Keep the test away from the real user's settings, journal and keyring.
  export HOME=$scratch/home XDG_CONFIG_HOME=$scratch/config XDG_DATA_HOME=$scratch/data
  export XDG_CACHE_HOME=$scratch/cache QT_QPA_PLATFORM=offscreen
  export PYTHON_KEYRING_BACKEND=keyring.backends.null.Keyring
  mkdir -p "$HOME"
  local journal=$scratch/journal.db organisation="Smoke Test Housing Association"

  "$app" --version
  "$app" --journal "$journal" demo
  "$app" --journal "$journal" org add "$organisation" --kind "Housing association"
  "$app" --journal "$journal" summary "$organisation" -o "$scratch/summary.pdf"
  [ "$(head -c 4 "$scratch/summary.pdf")" = "%PDF" ] || fail "the summary is not a PDF"
  echo "summary: $(wc -c <"$scratch/summary.pdf") bytes, starts with %PDF"

  # The sealed successor archive (cryptography) and reading it back into a new journal.
  BIGJOURNAL_PASSPHRASE="smoke test passphrase" \
    "$app" --journal "$journal" export -o "$scratch/handover.bigjournal"
  BIGJOURNAL_PASSPHRASE="smoke test passphrase" \
    "$app" --journal "$scratch/successor.db" import --preview "$scratch/handover.bigjournal" \
    | grep -Eq '^organisations +13 ' || fail "the archive did not read back (13 organisations)"
  echo "archive: sealed, read back"

  # Team journals: the address, and the PostgreSQL driver answering (nothing listens on 9).
  "$app" team address --host db.example.org --database journal --user sam \
    | grep -q '^postgresql+psycopg://sam@db.example.org/journal$' || fail "team address"
  local answer
  answer=$("$app" team check "postgresql+psycopg://smoke@127.0.0.1:9/none" 2>&1 || true)
  echo "$answer" | grep -q "could not be reached" \
    || fail "team check did not reach the PostgreSQL driver: $answer"
  echo "team: address made; driver loaded (server unreachable, as expected)"

  # The desktop app: open the journal, paint the main window into a PNG, quit.
  BIGJOURNAL_SMOKE_TEST="$scratch/window.png" timeout 120 "$app" --journal "$journal" \
    || fail "the app did not start and quit cleanly"
  [ -s "$scratch/window.png" ] || fail "the app painted no window"
  cp "$scratch/window.png" "$BUILD/smoke-window.png"
  echo "app: main window painted ($BUILD/smoke-window.png)"
  rm -rf "$scratch"
  echo "SMOKE TEST PASSED"
}

if [ "$smoke_only" = 1 ]; then
  step "Smoke test of $APP_DIR"
  (smoke_test "$APP_DIR")
  exit 0
fi

started=$(date +%s)
step "Build environment: $VENV from installer/requirements-build.txt (hashes required)"
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || fail "BigJournal needs Python 3.11 or newer ($PYTHON is older)."
rm -rf "$VENV"
"$PYTHON" -m venv "$VENV"
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  --require-hashes --only-binary :all: -r installer/requirements-build.txt
# The licences of exactly what is bundled, from this environment's packages: the
# committed file (shipped in the wheel) must agree, and the bundle's adds Python and
# PyInstaller's boot loader (bigjournal.spec ships it and LICENSE beside the libraries).
"$VENV/bin/python" installer/third_party_notices.py --check \
  || fail "THIRD-PARTY-NOTICES is stale: run $VENV/bin/python installer/third_party_notices.py and commit it"
"$VENV/bin/python" installer/third_party_notices.py --bundle -o "$BUILD/THIRD-PARTY-NOTICES"
# The app itself from this checkout: no dependencies (all pinned above), no isolation
# (so nothing unpinned is fetched to build it), not editable (the bundle gets a copy).
"$VENV/bin/python" -m pip install --quiet --disable-pip-version-check \
  --no-deps --no-build-isolation --no-index "$ROOT"
rm -rf "$ROOT/build/lib" "$ROOT/build/bdist."* "$ROOT"/*.egg-info
VERSION=$("$VENV/bin/python" -c 'import bigjournal; print(bigjournal.__version__)')
echo "BigJournal $VERSION, SOURCE_DATE_EPOCH=$SOURCE_DATE_EPOCH"

step "Designer forms and resources are fresh"
# Run against the source tree (cwd), with Qt's tools from the build environment.
"$VENV/bin/python" -m bigjournal.gui.build_forms --check \
  || fail "the committed forms are stale: run python -m bigjournal.gui.build_forms and commit"

if [ "$run_tests" = 1 ]; then
  step "Tests ($TEST_PYTHON)"
  [ -x "$TEST_PYTHON" ] || fail "no test Python at $TEST_PYTHON: run .ci/setup --test, \
set TEST_PYTHON, or pass --skip-tests"
  QT_QPA_PLATFORM=offscreen "$TEST_PYTHON" -m pytest -q -p no:cacheprovider
fi

step "PyInstaller (one folder)"
rm -rf "$APP_DIR" "$BUILD/pyinstaller"
# From inside build/ with PYTHONSAFEPATH, so the analysis imports the installed
# package in build/venv and never the source tree in the current directory.
(cd "$BUILD" && PYTHONSAFEPATH=1 "$VENV/bin/python" -m PyInstaller --noconfirm --clean \
  --log-level WARN --distpath "$DIST" --workpath "$BUILD/pyinstaller" \
  "$ROOT/installer/bigjournal.spec")
built=$(date +%s)

step "glibc floor: no bundled ELF file needs more than Ubuntu 22.04 has"
"$VENV/bin/python" installer/glibc_check.py --list "$APP_DIR" \
  || fail "the bundle needs a newer glibc or C++ runtime than the stated floor (see above)"

step "Smoke test"
(smoke_test "$APP_DIR")

step "Linux tarball"
PACKAGE=BigJournal-$VERSION-linux-$(uname -m)
STAGE=$BUILD/$PACKAGE
rm -rf "$STAGE"
mkdir -p "$STAGE/share/applications" "$STAGE/share/metainfo" "$STAGE/share/mime/packages" \
  "$STAGE/share/icons/hicolor/scalable/apps"
cp -a "$APP_DIR" "$STAGE/bigjournal"
cp installer/linux/org.bigjournal.BigJournal.desktop "$STAGE/share/applications/"
cp installer/linux/org.bigjournal.BigJournal.metainfo.xml "$STAGE/share/metainfo/"
cp installer/linux/org.bigjournal.BigJournal-mime.xml \
  "$STAGE/share/mime/packages/org.bigjournal.BigJournal.xml"
for png in resources/icons/bigjournal-*.png; do
  size=${png##*-}
  size=${size%.png}
  mkdir -p "$STAGE/share/icons/hicolor/${size}x${size}/apps"
  cp "$png" "$STAGE/share/icons/hicolor/${size}x${size}/apps/org.bigjournal.BigJournal.png"
done
cp resources/icons/bigjournal.svg "$STAGE/share/icons/hicolor/scalable/apps/org.bigjournal.BigJournal.svg"
cp LICENSE "$BUILD/THIRD-PARTY-NOTICES" "$STAGE/"
# The man page and bash completion, from the installed command's argument parser.
"$VENV/bin/python" installer/cli_docs.py "$STAGE/share"
cp installer/linux/install.sh "$STAGE/install.sh"
cp installer/linux/README.txt "$STAGE/README.txt"
chmod 755 "$STAGE/install.sh"
TARBALL=$DIST/$PACKAGE.tar.gz
# Reproducible: sorted names, one time stamp, no owners, gzip without name or time.
tar --sort=name --mtime="@$SOURCE_DATE_EPOCH" --owner=0 --group=0 --numeric-owner \
  --pax-option=exthdr.name=%d/PaxHeaders/%f,delete=atime,delete=ctime \
  -C "$BUILD" -cf - "$PACKAGE" | gzip -9n >"$TARBALL"
(cd "$DIST" && sha256sum "$(basename "$TARBALL")" >SHA256SUMS)

step "Done"
finished=$(date +%s)
echo "build (PyInstaller): $((built - started)) s including the build environment and tests"
echo "whole run: $((finished - started)) s"
echo "app folder: $(du -sh "$APP_DIR" | cut -f1) ($(find "$APP_DIR" -type f | wc -l) files)"
echo "tarball: $(du -h "$TARBALL" | cut -f1)  $TARBALL"
cat "$DIST/SHA256SUMS"
