#!/usr/bin/env bash
# Runs every Waypoint test on a fresh machine: installs what is missing, starts a throwaway PostgreSQL,
# runs each test project, stops PostgreSQL, and ends with the line "N passed, M failed".
set -uo pipefail
cd "$(dirname "$0")"
ROOT=$(pwd)
RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"

fail() { echo "test.sh: $*" >&2; echo "0 passed, 1 failed"; exit 1; }

# Front-end packages (govuk-frontend, MoJ frontend, axe-core) from the lockfile.
if [ ! -f node_modules/govuk-frontend/dist/govuk/govuk-frontend.min.css ] || [ ! -f node_modules/axe-core/axe.min.js ]; then
  npm ci --no-audit --no-fund || fail "npm ci failed"
fi

# Debian's Chromium for the browser tests (never a browser download), and a TrueType font for printed letters (PDF).
if ! command -v chromium >/dev/null 2>&1 || [ ! -f /usr/share/fonts/truetype/dejavu/DejaVuSans.ttf ]; then
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium fonts-dejavu-core >/dev/null) || fail "could not install chromium and fonts-dejavu-core"
  fi
fi
command -v chromium >/dev/null 2>&1 || fail "chromium is not installed (apt-get install chromium); browser tests cannot run"
export WAYPOINT_CHROMIUM=$(command -v chromium)

# A throwaway PostgreSQL 15 on a free loopback port.
PGBIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PGBIN" ] && [ -x "$PGBIN/initdb" ] || fail "PostgreSQL server binaries not found under /usr/lib/postgresql"
PGPORT=55432
while (exec 3<>/dev/tcp/127.0.0.1/$PGPORT) 2>/dev/null; do PGPORT=$((PGPORT + 1)); done
PGDATA=$(mktemp -d /tmp/waypoint-pg.XXXXXX)
as_pg() { if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi; }
[ "$(id -u)" = 0 ] && chown postgres:postgres "$PGDATA"
as_pg "$PGBIN/initdb" -D "$PGDATA" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null || fail "initdb failed"
as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -l "$PGDATA/server.log" -w -t 30 \
  -o "-p $PGPORT -c listen_addresses=127.0.0.1 -k $PGDATA -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null \
  || { cat "$PGDATA/server.log" >&2; fail "PostgreSQL did not start"; }
stop_pg() { as_pg "$PGBIN/pg_ctl" -D "$PGDATA" -m fast -w stop >/dev/null 2>&1; rm -rf "$PGDATA"; }
trap stop_pg EXIT
export WAYPOINT_TEST_POSTGRES="Host=127.0.0.1;Port=$PGPORT;Username=postgres"

dotnet build Waypoint.slnx -nologo -v quiet -clp:ErrorsOnly || fail "build failed"

status=0
for project in tests/*/*.csproj; do
  name=$(basename "$project" .csproj)
  grep -q '<IsTestProject>true' "$project" || continue
  echo "== $name"
  dotnet test "$project" --no-build -nologo --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" || status=1
done

passed=0; failed=0
for trx in "$RESULTS"/*.trx; do
  [ -f "$trx" ] || continue
  counters=$(grep -o '<Counters [^>]*>' "$trx" | head -1)
  p=$(echo "$counters" | sed -n 's/.* passed="\([0-9]*\)".*/\1/p'); f=$(echo "$counters" | sed -n 's/.* failed="\([0-9]*\)".*/\1/p')
  passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
done
[ "$status" -ne 0 ] && [ "$failed" -eq 0 ] && failed=1
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$status" -eq 0 ]
