#!/usr/bin/env bash
# Frontdesk developer commands: run | test | bench | package | deps | build
# Each verb installs what is missing (Debian bookworm + bookworm-backports), configures with
# CMake + Ninja + ccache, builds, then does its work.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BUILD="${FRONTDESK_BUILD_DIR:-$ROOT/build}"
FUZZ_BUILD="${FRONTDESK_FUZZ_BUILD_DIR:-$ROOT/build-fuzz}"
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/frontdesk-ccache}"
export CCACHE_SLOPPINESS="pch_defines,time_macros,include_file_mtime,include_file_ctime"
export CCACHE_MAXSIZE="${CCACHE_MAXSIZE:-5G}"
export CCACHE_BASEDIR="${CCACHE_BASEDIR:-$ROOT}"  # cache hits across checkouts

APT_PACKAGES=(
  build-essential cmake ninja-build ccache pkg-config git file
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-charts-dev libqt6opengl6-dev qt6-svg-dev qt6-httpserver-dev qt6-qpa-plugins
  qt6-translations-l10n libgl-dev libxkbcommon-dev
  libbotan-2-dev libqrencode-dev libbenchmark-dev libmimalloc-dev
  libcurl4-openssl-dev libical-dev libssh-dev openssh-server openssh-client python3-aiosmtpd openssl
  xvfb xauth fonts-dejavu-core poppler-utils
)
BACKPORT_PACKAGES=(libsqlcipher-dev sqlcipher catch2)

log() { printf '[dev.sh] %s\n' "$*" >&2; }

as_root() {
  if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi
}

# The backports suite is added from the mirror this machine already uses for bookworm,
# so the script never names a host of its own.
ensure_backports() {
  if grep -rqs 'bookworm-backports' /etc/apt/sources.list /etc/apt/sources.list.d/ 2>/dev/null; then
    return 0
  fi
  local uri=""
  if [ -f /etc/apt/sources.list.d/debian.sources ]; then
    uri=$(awk '/^URIs:/{u=$2} /^Suites:/{ for(i=2;i<=NF;i++) if($i=="bookworm"){print u; exit} }' \
      /etc/apt/sources.list.d/debian.sources)
  fi
  if [ -z "$uri" ] && [ -f /etc/apt/sources.list ]; then
    uri=$(awk '$1=="deb" && $3=="bookworm" {print $2; exit}' /etc/apt/sources.list)
  fi
  if [ -z "$uri" ]; then
    log "cannot find the Debian bookworm mirror in the apt sources; add bookworm-backports by hand"
    exit 1
  fi
  log "adding bookworm-backports from $uri"
  as_root tee /etc/apt/sources.list.d/frontdesk-backports.sources >/dev/null <<SRC
Types: deb
URIs: $uri
Suites: bookworm-backports
Components: main
Signed-By: /usr/share/keyrings/debian-archive-keyring.gpg
SRC
  as_root apt-get update -qq
}

missing_packages() {
  local p
  for p in "$@"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || echo "$p"
  done
}

sqlcipher_is_v4() {
  dpkg-query -W -f='${Version}' libsqlcipher-dev 2>/dev/null | grep -qE '^4\.'
}

ensure_deps() {
  local need
  need=$(missing_packages "${APT_PACKAGES[@]}" "${BACKPORT_PACKAGES[@]}" ${EXTRA_PACKAGES:-})
  if [ -z "$need" ] && sqlcipher_is_v4; then
    ensure_npm
    return 0
  fi
  ensure_backports
  export DEBIAN_FRONTEND=noninteractive
  local apt_need
  apt_need=$(missing_packages "${APT_PACKAGES[@]}" ${EXTRA_PACKAGES:-})
  if [ -n "$apt_need" ]; then
    log "installing: $(echo $apt_need)"
    as_root apt-get install -y -qq --no-install-recommends $apt_need || {
      as_root apt-get update -qq
      as_root apt-get install -y -qq --no-install-recommends $apt_need
    }
  fi
  if [ -n "$(missing_packages "${BACKPORT_PACKAGES[@]}")" ] || ! sqlcipher_is_v4; then
    log "installing from bookworm-backports: ${BACKPORT_PACKAGES[*]}"
    as_root apt-get install -y -qq --no-install-recommends -t bookworm-backports "${BACKPORT_PACKAGES[@]}" || {
      as_root apt-get update -qq
      as_root apt-get install -y -qq --no-install-recommends -t bookworm-backports "${BACKPORT_PACKAGES[@]}"
    }
  fi
  ensure_npm
}

# FHIR and other validators used by tests are pinned by tests/validators/package-lock.json.
ensure_npm() {
  local dir="$ROOT/tests/validators"
  [ -f "$dir/package-lock.json" ] || return 0
  if [ ! -d "$dir/node_modules" ] || [ "$dir/package-lock.json" -nt "$dir/node_modules/.package-lock.json" ]; then
    command -v npm >/dev/null || as_root apt-get install -y -qq --no-install-recommends nodejs npm
    log "installing pinned validators (npm ci)"
    (cd "$dir" && npm ci --no-audit --no-fund --loglevel=error)
  fi
}

configure() {
  local type="${1:-RelWithDebInfo}"
  # Always re-run: module folders are discovered at configure time.
  cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE="$type" \
    -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DFD_WARNINGS_AS_ERRORS=ON >/dev/null
}

build() {
  ensure_deps
  configure
  cmake --build "$BUILD" --parallel "$(nproc)"
}

demo_db() {
  local dir="${FRONTDESK_DEMO_DIR:-$HOME/.local/share/frontdesk-demo}"
  mkdir -p "$dir"; chmod 700 "$dir"
  echo "$dir/demo.db"
}

cmd_run() {
  build
  local db; db=$(demo_db)
  local pwfile="${db%.db}.password"
  if [ ! -f "$db" ]; then
    log "creating the demo practice at $db"
    if [ ! -f "$pwfile" ]; then
      (umask 077; head -c 12 /dev/urandom | base64 | tr -d '/+=' > "$pwfile")
    fi
    FRONTDESK_PASSWORD="$(cat "$pwfile")" "$BUILD/bin/frontdeskctl" demo --db "$db" --size small --seed 1
  fi
  printf '\nDemo login: user "admin", password "%s" (kept in %s)\n\n' "$(cat "$pwfile")" "$pwfile"
  if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
    exec "$BUILD/bin/frontdesk" --db "$db"
  else
    log "no display (DISPLAY/WAYLAND_DISPLAY unset): running the headless demo instead"
    export FRONTDESK_PASSWORD="$(cat "$pwfile")"
    "$BUILD/bin/frontdeskctl" practice show --db "$db"
    "$BUILD/bin/frontdeskctl" users list --db "$db"
    "$BUILD/bin/frontdeskctl" audit verify --db "$db"
    "$BUILD/bin/frontdeskctl" audit list --db "$db" --limit 10
  fi
}

# Runs ctest with the given arguments, keeping its summary for the closing line.
SUMMARY_LOG=""
run_ctest() {
  local dir="$1"; shift
  local log; log=$(mktemp)
  local rc=0
  (cd "$dir" && ctest --output-on-failure "$@") 2>&1 | tee "$log" || rc=$?
  grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' "$log" >> "$SUMMARY_LOG" || true
  rm -f "$log"
  return $rc
}

cmd_test() {
  build
  SUMMARY_LOG=$(mktemp)
  local jobs; jobs=$(nproc)
  local failed=0
  # Fast suites in parallel, then the slow ones (large data, crash tests) on their own.
  run_ctest "$BUILD" --timeout 900 -j "$jobs" -LE 'slow|fuzz' "$@" || failed=1
  if (cd "$BUILD" && ctest -N -L slow | grep -q 'Total Tests: [1-9]'); then
    run_ctest "$BUILD" --timeout 1800 -L slow "$@" || failed=1
  fi
  if [ "${FRONTDESK_SKIP_FUZZ:-0}" != 1 ]; then
    cmd_fuzz || failed=1
  fi
  local total=0 bad=0 n f
  while read -r line; do
    f=$(sed -E 's/.*tests passed, ([0-9]+) tests failed out of ([0-9]+).*/\1/' <<<"$line")
    n=$(sed -E 's/.*tests passed, ([0-9]+) tests failed out of ([0-9]+).*/\2/' <<<"$line")
    total=$((total + n)); bad=$((bad + f))
  done < "$SUMMARY_LOG"
  rm -f "$SUMMARY_LOG"
  echo "$((total - bad)) passed, $bad failed"
  [ "$failed" = 0 ] && [ "$bad" = 0 ]
}

cmd_fuzz() {
  EXTRA_PACKAGES="clang-14 libclang-rt-14-dev" ensure_deps
  if [ ! -f "$FUZZ_BUILD/build.ninja" ]; then
    CC=clang-14 CXX=clang++-14 cmake -S "$ROOT" -B "$FUZZ_BUILD" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
      -DCMAKE_CXX_COMPILER_LAUNCHER=ccache -DFD_FUZZ_ONLY=ON
  fi
  cmake --build "$FUZZ_BUILD" --parallel "$(nproc)"
  if [ -n "$SUMMARY_LOG" ]; then
    run_ctest "$FUZZ_BUILD" -L fuzz
  else
    (cd "$FUZZ_BUILD" && ctest --output-on-failure -L fuzz)
  fi
}

cmd_bench() {
  build
  mkdir -p "$ROOT/bench-results"
  local b
  for b in "$BUILD"/bin/bench_*; do
    [ -x "$b" ] || continue
    log "running $(basename "$b")"
    "$b" --benchmark_out="$ROOT/bench-results/$(basename "$b").json" --benchmark_out_format=json "$@"
  done
}

cmd_package() {
  build
  (cd "$BUILD" && cpack -G "DEB;TGZ")
  ls -1 "$BUILD"/*.deb "$BUILD"/*.tar.gz
}

verb="${1:-}"; shift || true
case "$verb" in
  run) cmd_run "$@" ;;
  test) cmd_test "$@" ;;
  bench) cmd_bench "$@" ;;
  package) cmd_package "$@" ;;
  fuzz) cmd_fuzz "$@" ;;
  deps) ensure_deps ;;
  build) build ;;
  *) echo "usage: installer/dev.sh run|test|bench|package|fuzz|deps|build" >&2; exit 2 ;;
esac
