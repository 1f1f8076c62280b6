#!/usr/bin/env bash
# Enlève le Lecteur santé installé par install.sh : exactement les fichiers de sa liste
# (<dossier d'installation>/installed-files.txt), les dossiers qu'il a créés s'ils sont vides,
# et le dossier d'installation. Les réglages et le cache de l'utilisateur restent, sauf --purge.
#
#   ./uninstall.sh                 l'installation pour vous seul
#   sudo ./uninstall.sh --system   l'installation pour tous les utilisateurs
#   ./uninstall.sh --purge         enlève aussi vos réglages et votre cache du lecteur
set -euo pipefail

SYSTEM=0
PURGE=0
while [ $# -gt 0 ]; do
  case "$1" in
    --system) SYSTEM=1 ;;
    --purge) PURGE=1 ;;
    -h|--help) sed -n '2,8p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//'; exit 0 ;;
    *) echo "uninstall.sh : option inconnue : $1" >&2; exit 2 ;;
  esac
  shift
done

fail() { printf 'uninstall.sh : %s\n' "$*" >&2; exit 1; }

if [ "$SYSTEM" = 1 ]; then
  PREFIX=/opt/lecteur-sante
  [ "$(id -u)" = 0 ] || fail "--system : relancez avec sudo."
else
  [ -n "${HOME:-}" ] || fail "HOME n'est pas défini."
  PREFIX=${XDG_DATA_HOME:-$HOME/.local/share}/lecteur-sante
fi
MANIFEST="$PREFIX/installed-files.txt"

if [ -f "$MANIFEST" ]; then
  declare -a FOLDERS=()
  while read -r kind path; do
    case "$kind" in
      f) rm -f -- "$path" ;;
      d) FOLDERS+=("$path") ;;
    esac
  done <"$MANIFEST"
  # Deepest first; a folder that now holds something else is left alone.
  rm -rf -- "$PREFIX"
  while read -r folder; do
    if [ -n "$folder" ]; then rmdir -- "$folder" 2>/dev/null || true; fi
  done < <(printf '%s\n' "${FOLDERS[@]}" | awk '{ print length, $0 }' | sort -rn | cut -d' ' -f2-)
  echo "Le Lecteur santé est enlevé ($PREFIX)."
else
  echo "Aucune installation du Lecteur santé dans $PREFIX."
fi

# Settings belong to each user: these are the ones of whoever runs this (root's with sudo).
[ "$SYSTEM" = 1 ] && echo "Les réglages de chaque utilisateur restent dans son ~/.config/lecteur-sante."
[ -n "${HOME:-}" ] || exit 0
SETTINGS=${XDG_CONFIG_HOME:-$HOME/.config}/lecteur-sante
CACHE=${XDG_CACHE_HOME:-$HOME/.cache}/lecteur-sante
if [ "$PURGE" = 1 ]; then
  rm -rf -- "$SETTINGS" "$CACHE"
  echo "Réglages et cache enlevés ($SETTINGS, $CACHE)."
elif [ -e "$SETTINGS" ]; then
  echo "Vos réglages restent dans $SETTINGS (--purge pour les enlever)."
fi
