#!/usr/bin/env bash
# Takes a backup of Waypoint's PostgreSQL database: a custom-format pg_dump (compressed, restorable table by table)
# named by the time it was taken, in BACKUP_DIR. Connection from the usual libpq variables (PGHOST, PGPORT, PGUSER,
# PGPASSWORD or ~/.pgpass) and PGDATABASE. Keeps the newest KEEP (default 14) backups.
#
#   PGHOST=db PGUSER=waypoint PGDATABASE=waypoint BACKUP_DIR=/var/backups/waypoint ops/backup.sh
set -euo pipefail
: "${PGDATABASE:?Set PGDATABASE to the database to back up}"
BACKUP_DIR="${BACKUP_DIR:-./backups}"
KEEP="${KEEP:-14}"
mkdir -p "$BACKUP_DIR"
file="$BACKUP_DIR/waypoint-$(date -u +%Y%m%dT%H%M%SZ).dump"
pg_dump --format=custom --no-owner --file="$file.partial" "$PGDATABASE"
mv "$file.partial" "$file"
echo "Backed up $PGDATABASE to $file ($(du -h "$file" | cut -f1))"
ls -1t "$BACKUP_DIR"/waypoint-*.dump | tail -n +"$((KEEP + 1))" | xargs -r rm --
