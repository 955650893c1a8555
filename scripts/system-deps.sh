#!/usr/bin/env bash
# What the project needs from the system beyond Node and npm, checked before anything long starts:
#   always      Debian's chromium (the browser journeys) and fonts-wqy-microhei (without a CJK font
#               every Chinese character in a screenshot is a box)
#   --build     also g++, make and python3 (better-sqlite3 builds from source during npm install)
# Installs what is missing where it can (root, or sudo without a password, with apt-get) — as CI does;
# otherwise prints the exact command to run and fails, instead of failing deep inside a journey.
set -euo pipefail

need=()
chromium="${CHROMIUM_PATH:-/usr/bin/chromium}"
[ -x "$chromium" ] || need+=(chromium)
fc-list 2>/dev/null | grep -qi "WenQuanYi Micro Hei" || need+=(fonts-wqy-microhei fontconfig)
if [ "${1:-}" = "--build" ]; then
  for c in g++ make python3; do command -v "$c" >/dev/null 2>&1 || need+=("$c"); done
fi
[ ${#need[@]} -eq 0 ] && exit 0

echo "missing system packages: ${need[*]}"
if [ -z "${LX_DEPS_TRIED:-}" ] && command -v apt-get >/dev/null 2>&1; then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then
    if sudo -n true 2>/dev/null; then sudo="sudo"; else sudo="-"; fi
  fi
  if [ "$sudo" != "-" ]; then
    export DEBIAN_FRONTEND=noninteractive
    $sudo apt-get update -qq
    $sudo apt-get install -y -qq "${need[@]}"
    LX_DEPS_TRIED=1 exec bash "$0" "$@" # check again: an install that did not help must still fail
  fi
fi
{
  echo "npm test drives Debian's Chromium with a Chinese font and cannot install them itself here. Run:"
  echo "  sudo apt-get update && sudo apt-get install -y ${need[*]}"
  [ -x "$chromium" ] || echo "(or point CHROMIUM_PATH at another Chromium binary)"
} >&2
exit 1
