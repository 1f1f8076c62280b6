#!/usr/bin/env bash
# Installe le Lecteur santé depuis ce paquet, sans réseau.
#
#   ./install.sh            pour vous seul : ~/.local/share/lecteur-sante, commande ~/.local/bin
#   sudo ./install.sh --system
#                           pour tous les utilisateurs : /opt/lecteur-sante, /usr/local/bin
#   ./install.sh --check    vérifie seulement Python et les bibliothèques du système
#
# Relancer install.sh met à jour l'installation. uninstall.sh enlève ce qu'il a installé
# (la liste est dans <dossier d'installation>/installed-files.txt).
set -euo pipefail
umask 022  # every user may read and run what --system installs

HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
WHEELS="$HERE/wheels"
PYTHON=python3
SYSTEM=0
CHECK_ONLY=0

usage() {
  sed -n '2,10p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'
}

while [ $# -gt 0 ]; do
  case "$1" in
    --system) SYSTEM=1 ;;
    --check) CHECK_ONLY=1 ;;
    --python) shift; PYTHON=${1:?--python demande un chemin} ;;
    -h|--help) usage; exit 0 ;;
    *) echo "install.sh : option inconnue : $1" >&2; usage >&2; exit 2 ;;
  esac
  shift
done

say() { printf '%s\n' "$*"; }
fail() { printf 'install.sh : %s\n' "$*" >&2; exit 1; }

# --- Where it goes -------------------------------------------------------------------------------
if [ "$SYSTEM" = 1 ]; then
  PREFIX=/opt/lecteur-sante
  BIN=/usr/local/bin
  DATA=/usr/local/share
else
  [ -n "${HOME:-}" ] || fail "HOME n'est pas défini."
  DATA=${XDG_DATA_HOME:-$HOME/.local/share}
  PREFIX=$DATA/lecteur-sante
  BIN=$HOME/.local/bin
fi

# --- Checks --------------------------------------------------------------------------------------
# What Qt needs from the system, with the Debian package that provides it. The libxcb ones are
# for an X11 screen (and for XWayland); without them Qt says it cannot load the "xcb" plugin.
LIBRARIES="
libglib-2.0.so.0 libglib2.0-0
libGL.so.1 libgl1
libEGL.so.1 libegl1
libfontconfig.so.1 libfontconfig1
libxkbcommon.so.0 libxkbcommon0
libdbus-1.so.3 libdbus-1-3
libxcb-cursor.so.0 libxcb-cursor0
libxcb-icccm.so.4 libxcb-icccm4
libxcb-image.so.0 libxcb-image0
libxcb-keysyms.so.1 libxcb-keysyms1
libxcb-render-util.so.0 libxcb-render-util0
libxcb-shape.so.0 libxcb-shape0
libxkbcommon-x11.so.0 libxkbcommon-x11-0
"

find_ldconfig() {
  command -v ldconfig 2>/dev/null && return 0
  for candidate in /sbin/ldconfig /usr/sbin/ldconfig; do
    [ -x "$candidate" ] && { echo "$candidate"; return 0; }
  done
  return 1
}

has_library() {
  local soname=$1 dir
  if [ "$HAVE_LDCACHE" = 1 ]; then
    # Lines look like: "<tab>libGL.so.1 (libc6,x86-64) => /lib/x86_64-linux-gnu/libGL.so.1".
    awk -v name="$soname" '$1 == name && $2 ~ /x86-64/ { found = 1 } END { exit !found }' \
      <<<"$LDCACHE"
    return
  fi
  for dir in /lib/x86_64-linux-gnu /usr/lib/x86_64-linux-gnu /lib64 /usr/lib64 /usr/lib; do
    [ -e "$dir/$soname" ] && return 0
  done
  return 1
}

has_fonts() {
  local dir
  for dir in /usr/share/fonts /usr/local/share/fonts "${HOME:-/nonexistent}/.local/share/fonts" \
             "${HOME:-/nonexistent}/.fonts"; do
    [ -d "$dir" ] || continue
    if find "$dir" \( -name '*.ttf' -o -name '*.otf' -o -name '*.ttc' \) -print -quit 2>/dev/null \
         | grep -q .; then
      return 0
    fi
  done
  return 1
}

check_system() {
  local missing="" soname package ok=0 glibc needed
  if ! "$PYTHON" -c 'import sys; raise SystemExit(sys.version_info < (3, 11))' 2>/dev/null; then
    say "Python 3.11 ou plus récent est nécessaire (« $PYTHON » ne convient pas)."
    say "  Paquet Debian : python3 (Debian 12, Ubuntu 24.04), ou --python CHEMIN."
    ok=1
  elif ! "$PYTHON" -c 'import venv' 2>/dev/null; then
    say "Le module venv de Python manque. Paquet Debian : python3-venv"
    ok=1
  fi
  needed=$(find "$WHEELS" -name '*.whl' -printf '%f\n' 2>/dev/null \
             | grep -o 'manylinux_2_[0-9]*' | sed 's/manylinux_2_//' | sort -n | tail -n 1 || true)
  glibc=$(getconf GNU_LIBC_VERSION 2>/dev/null | sed 's/^glibc 2\.//' || true)
  if [ -n "$needed" ] && [ -n "$glibc" ] && [ "$glibc" -lt "$needed" ]; then
    say "Ce système a la glibc 2.$glibc ; le lecteur demande la 2.$needed ou plus récente"
    say "  (Debian 12, Ubuntu 22.04 ou plus récents)."
    ok=1
  fi
  if [ "$(uname -m)" != x86_64 ]; then
    say "Ce paquet est pour les PC x86_64 ; cet ordinateur est $(uname -m)."
    ok=1
  fi

  LDCACHE="" HAVE_LDCACHE=0
  local ldconfig
  if ldconfig=$(find_ldconfig) && LDCACHE=$("$ldconfig" -p 2>/dev/null); then
    HAVE_LDCACHE=1
  fi
  while read -r soname package; do
    [ -n "$soname" ] || continue
    has_library "$soname" || missing="$missing $package"
  done <<<"$LIBRARIES"
  has_fonts || missing="$missing fonts-dejavu-core"
  if [ -n "$missing" ]; then
    say "Bibliothèques du système manquantes pour Qt :$missing"
    say "  Installez-les (paquets .deb apportés sur clé USB, ou plus tard avec internet) :"
    say "  sudo apt-get install$missing"
    say "  (Ubuntu 24.04 : libglib2.0-0t64 au lieu de libglib2.0-0.)"
    ok=1
  fi
  return $ok
}

if [ "$CHECK_ONLY" = 1 ]; then
  if check_system; then say "Tout ce qu'il faut est là."; exit 0; fi
  exit 1
fi

[ -f "$WHEELS/requirements.txt" ] || fail "$WHEELS/requirements.txt manque : paquet incomplet ?"
if [ "$SYSTEM" = 1 ] && [ "$(id -u)" != 0 ]; then
  fail "--system installe pour tous : relancez avec sudo."
fi
LIBRARIES_OK=1
check_system || LIBRARIES_OK=0
"$PYTHON" -c 'import sys; raise SystemExit(sys.version_info < (3, 11))' 2>/dev/null \
  || fail "Python 3.11 ou plus récent est nécessaire."

# --- The reader, in its own virtual environment --------------------------------------------------
# pip reads only this bundle: no index, no configuration file, no PIP_* variable of the machine.
while read -r variable; do unset "$variable"; done < <(compgen -e | grep '^PIP_' || true)
export PIP_CONFIG_FILE=/dev/null PIP_DISABLE_PIP_VERSION_CHECK=1 PIP_NO_INPUT=1
unset PYTHONPATH PYTHONHOME PYTHONUSERBASE
PIP_WHEEL=$(find "$WHEELS" -maxdepth 1 -name 'pip-*.whl' | sort | tail -n 1)
[ -n "$PIP_WHEEL" ] || fail "le wheel de pip manque dans $WHEELS"

MANIFEST="$PREFIX/installed-files.txt"
declare -a MANIFEST_LINES=() PREVIOUS_FILES=()
if [ -f "$MANIFEST" ]; then
  while read -r kind path; do
    case "$kind" in
      f) PREVIOUS_FILES+=("$path") ;;
      d) MANIFEST_LINES+=("d $path") ;;
    esac
  done <"$MANIFEST"
fi

make_dir() {
  local dir=$1
  [ -d "$dir" ] && return 0
  make_dir "$(dirname "$dir")"
  mkdir "$dir"
  MANIFEST_LINES+=("d $dir")
}

make_dir "$PREFIX"
VENV="$PREFIX/venv"
OLD="$PREFIX/venv.old"
rm -rf "$OLD"
[ -d "$VENV" ] && mv "$VENV" "$OLD"
restore() {
  rm -rf "$VENV"
  [ -d "$OLD" ] && mv "$OLD" "$VENV"
  fail "l'installation a échoué ; l'installation précédente (s'il y en avait une) est remise."
}
say "Installation du lecteur dans $VENV …"
# --without-pip: pip comes from the bundle, so Debian's python3-venv (ensurepip) is not needed.
"$PYTHON" -m venv --without-pip "$VENV" || restore
"$VENV/bin/python" "$PIP_WHEEL/pip" install --quiet --no-index --find-links "$WHEELS" \
  --no-cache-dir -r "$WHEELS/requirements.txt" || restore
rm -rf "$OLD"

# --- Files outside the prefix, listed in the manifest ---------------------------------------------
# Lines: "f PATH" a file installed, "d PATH" a folder install.sh created (removed when empty).
# An upgrade: the previous version's files go; the folders it created stay listed.
for path in "${PREVIOUS_FILES[@]}"; do rm -f -- "$path"; done

put() {  # put SOURCE TARGET [MODE]
  make_dir "$(dirname "$2")"
  install -m "${3:-644}" "$1" "$2"
  MANIFEST_LINES+=("f $2")
}

quote() { printf "'%s'" "$(printf '%s' "$1" | sed "s/'/'\\\\''/g")"; }

COMMAND="$BIN/lecteur-sante"
WRAPPER=$(mktemp)
trap 'rm -f "$WRAPPER"' EXIT
cat >"$WRAPPER" <<EOF
#!/bin/sh
# Lance le Lecteur santé installé dans $PREFIX (par install.sh ; uninstall.sh l'enlève).
exec $(quote "$VENV/bin/python") -I -m reader "\$@"
EOF
put "$WRAPPER" "$COMMAND" 755

# The menu entry names the command by its full path, so that it works at once even when
# ~/.local/bin is not yet on the PATH of the desktop session.
DESKTOP=$(mktemp)
trap 'rm -f "$WRAPPER" "$DESKTOP"' EXIT
EXEC=$COMMAND
case "$COMMAND" in *" "*) EXEC="\"$COMMAND\"" ;; esac
sed -e "s|^Exec=lecteur-sante\$|Exec=$EXEC|" -e "s|^TryExec=lecteur-sante\$|TryExec=$COMMAND|" \
  "$HERE/share/applications/lecteur-sante.desktop" >"$DESKTOP"
put "$DESKTOP" "$DATA/applications/lecteur-sante.desktop"
for metainfo in "$HERE"/share/metainfo/*.xml; do
  put "$metainfo" "$DATA/metainfo/$(basename "$metainfo")"
done
while read -r icon; do
  put "$HERE/share/icons/hicolor/$icon" "$DATA/icons/hicolor/$icon"
done < <(cd "$HERE/share/icons/hicolor" && find . -type f -printf '%P\n' | sort)
put "$HERE/uninstall.sh" "$PREFIX/uninstall.sh" 755

printf '%s\n' "${MANIFEST_LINES[@]}" | LC_ALL=C sort -u >"$MANIFEST"

# Menus notice a new icon when its theme folder changes; a cache, if there is one, is refreshed.
touch "$DATA/icons/hicolor"
if [ -f "$DATA/icons/hicolor/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null; then
  gtk-update-icon-cache -q -t "$DATA/icons/hicolor" || true
fi

# A first start off screen, in a scratch folder: Python, Qt and the article work together.
TRIAL=$(mktemp -d)
trap 'rm -rf "$WRAPPER" "$DESKTOP" "$TRIAL"' EXIT
STARTED=0
if QT_QPA_PLATFORM=offscreen LECTEUR_SANTE_FIRST_PAINT_EXIT=1 XDG_CACHE_HOME="$TRIAL" \
     timeout 60 "$COMMAND" --settings "$TRIAL/essai.ini" >"$TRIAL/out" 2>"$TRIAL/err" \
   && grep -q '^texte : .' "$TRIAL/out"; then
  STARTED=1
fi

VERSION=$(sed -n 's/^[^=]*==//p' "$WHEELS/requirements.txt")
say ""
say "Lecteur santé $VERSION est installé."
say "  Menu : Éducation › Lecteur santé (ou cherchez « santé »)."
say "  Commande : lecteur-sante  ($COMMAND)"
say "  Pour l'enlever : $PREFIX/uninstall.sh$([ "$SYSTEM" = 1 ] && echo ' --system')"
case ":$PATH:" in
  *":$BIN:"*) ;;
  *) say "  $BIN n'est pas dans le PATH : la commande sera connue à la prochaine session." ;;
esac
if [ "$STARTED" = 1 ]; then
  say "  Essai : le lecteur s'ouvre et montre l'article."
else
  say ""
  say "Attention : à l'essai, le lecteur ne s'est pas ouvert. Ce qu'il a dit :"
  tail -n 5 "$TRIAL/err" | sed 's/^/  /'
fi
if [ "$LIBRARIES_OK" = 0 ]; then
  say ""
  say "Attention : il manque au système ce qui est nommé plus haut ; le lecteur ne s'ouvrira pas"
  say "à l'écran tant que ce n'est pas installé."
fi
