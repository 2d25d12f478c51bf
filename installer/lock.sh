#!/usr/bin/env bash
# Pin the build requirements for Linux, Windows and macOS, with hashes, in one go:
#
#   installer/lock.sh            rewrite installer/requirements-build{,-windows,-macos}.txt
#   installer/lock.sh --upgrade  the same, taking the newest versions the .in allows
#   installer/lock.sh --check    fail if the committed locks are not what it would write
#
# One input (requirements-build.in), one resolver (uv, from PyPI: pip install uv), one
# Python (3.11). Linux is resolved first, for manylinux 2.35 (glibc of Ubuntu 22.04, the
# stated floor); Windows and macOS are then held to Linux's versions (-c), so the three
# builds are made of the same releases and differ only in what one platform alone
# needs (pywin32-ctypes, pefile and tzdata on Windows; macholib on macOS). macOS is
# resolved for 13.0 on Apple silicon: PySide6 6.11 ships no wheel for older macOS.
# Every wheel of each pinned release is hashed, so an Intel Mac resolves the same file.
set -euo pipefail
cd "$(dirname "$0")/.."

UV=${UV:-uv}
mode=write
upgrade=()
case "${1:-}" in
  --upgrade) upgrade=(--upgrade) ;;
  --check) mode=check ;;
  "") ;;
  *) echo "lock.sh: unknown option $1 (try --upgrade or --check)" >&2; exit 2 ;;
esac
command -v "$UV" >/dev/null || { echo "lock.sh: uv is not installed (pip install uv)" >&2; exit 1; }

root=$(pwd)
if [ "$mode" = check ]; then
  # In a copy, so the files' own comments (which name their inputs) come out the same.
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' EXIT
  mkdir "$scratch/installer"
  cp installer/requirements-build.in installer/requirements-build*.txt "$scratch/installer/"
  cd "$scratch"
fi
out=installer

compile() {
  local platform=$1 output=$2
  shift 2
  "$UV" pip compile --quiet installer/requirements-build.in --output-file "$output" \
    --python-version 3.11 --python-platform "$platform" --only-binary :all: \
    --generate-hashes --no-emit-index-url \
    --custom-compile-command "installer/lock.sh" "${upgrade[@]}" "$@"
}

compile x86_64-manylinux_2_35 "$out/requirements-build.txt"
compile x86_64-pc-windows-msvc "$out/requirements-build-windows.txt" \
  --constraint "$out/requirements-build.txt"
MACOSX_DEPLOYMENT_TARGET=13.0 compile aarch64-apple-darwin "$out/requirements-build-macos.txt" \
  --constraint "$out/requirements-build.txt"

if [ "$mode" = check ]; then
  stale=0
  for lock in requirements-build.txt requirements-build-windows.txt requirements-build-macos.txt; do
    if ! diff -u "$root/installer/$lock" "installer/$lock"; then
      echo "lock.sh: installer/$lock is stale: run installer/lock.sh and commit" >&2
      stale=1
    fi
  done
  exit "$stale"
fi
echo "wrote installer/requirements-build.txt, -windows.txt and -macos.txt"
