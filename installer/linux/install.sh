#!/bin/sh
# Install BigJournal for this user (no administrator needed), or remove it again.
#   ./install.sh              install into ~/.local, where the desktop's menu looks
#   ./install.sh --uninstall  remove the program
#   sudo PREFIX=/usr/local ./install.sh   for every user of this computer (the menu
#                             also looks in /usr/local/share; --uninstall the same way)
# Another PREFIX works too, but the menu only finds the entry if $PREFIX/share is in
# the desktop's XDG_DATA_DIRS.
# Your journals are NEVER touched: they live in ~/.local/share/bigjournal (or
# $XDG_DATA_HOME/bigjournal), which this script neither writes nor deletes.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
app_dir=$PREFIX/lib/bigjournal
id=org.bigjournal.BigJournal
sizes="16 24 32 48 64 128 256"

refresh() {
  # Tell the desktop about the menu entry, the icon and the archive file type.
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$PREFIX/share/mime" >/dev/null 2>&1 || true
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database "$PREFIX/share/applications" >/dev/null 2>&1 || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$PREFIX/share/icons/hicolor" >/dev/null 2>&1 || true
  fi
}

uninstall() {
  rm -rf "$app_dir"
  rm -f "$PREFIX/bin/bigjournal" \
    "$PREFIX/share/applications/$id.desktop" \
    "$PREFIX/share/metainfo/$id.metainfo.xml" \
    "$PREFIX/share/mime/packages/$id.xml" \
    "$PREFIX/share/icons/hicolor/scalable/apps/$id.svg" \
    "$PREFIX/share/man/man1/bigjournal.1" \
    "$PREFIX/share/bash-completion/completions/bigjournal"
  for size in $sizes; do
    rm -f "$PREFIX/share/icons/hicolor/${size}x${size}/apps/$id.png"
  done
  refresh
  echo "BigJournal was removed. Your journals are still in ${XDG_DATA_HOME:-$HOME/.local/share}/bigjournal."
}

if [ "${1:-}" = "--uninstall" ]; then
  uninstall
  exit 0
fi

# The program: replace any older copy whole, so no stale files linger.
mkdir -p "$PREFIX/lib" "$PREFIX/bin"
rm -rf "$app_dir.new"
cp -R "$here/bigjournal" "$app_dir.new"
rm -rf "$app_dir"
mv "$app_dir.new" "$app_dir"
ln -sf "$app_dir/bigjournal" "$PREFIX/bin/bigjournal"

# The menu entry starts the program by its full path: ~/.local/bin is not always on
# the desktop's PATH. Quoted as the Desktop Entry spec says, so a home folder with a
# space (or a quote, a dollar) still works: \ " ` $ get a backslash inside the quotes,
# every backslash is then doubled (the file's own escaping), and % becomes %%.
exec_path=$(printf '%s' "$app_dir/bigjournal" | sed -e 's/[\\"`$]/\\&/g' -e 's/\\/\\\\/g' -e 's/%/%%/g')
mkdir -p "$PREFIX/share/applications" "$PREFIX/share/metainfo" "$PREFIX/share/mime/packages"
EXEC="Exec=\"$exec_path\"" awk 'index($0, "Exec=bigjournal") == 1 {
  print ENVIRON["EXEC"] substr($0, length("Exec=bigjournal") + 1); next } { print }' \
  "$here/share/applications/$id.desktop" >"$PREFIX/share/applications/$id.desktop"
cp "$here/share/metainfo/$id.metainfo.xml" "$PREFIX/share/metainfo/"
cp "$here/share/mime/packages/$id.xml" "$PREFIX/share/mime/packages/"
mkdir -p "$PREFIX/share/icons/hicolor/scalable/apps"
cp "$here/share/icons/hicolor/scalable/apps/$id.svg" "$PREFIX/share/icons/hicolor/scalable/apps/"
for size in $sizes; do
  mkdir -p "$PREFIX/share/icons/hicolor/${size}x${size}/apps"
  cp "$here/share/icons/hicolor/${size}x${size}/apps/$id.png" \
    "$PREFIX/share/icons/hicolor/${size}x${size}/apps/"
done
# "man bigjournal" and Tab-completion in bash (both look under ~/.local/share too).
mkdir -p "$PREFIX/share/man/man1" "$PREFIX/share/bash-completion/completions"
cp "$here/share/man/man1/bigjournal.1" "$PREFIX/share/man/man1/"
cp "$here/share/bash-completion/completions/bigjournal" "$PREFIX/share/bash-completion/completions/"
refresh
echo "BigJournal is installed: find it in your applications menu, or run $PREFIX/bin/bigjournal"
