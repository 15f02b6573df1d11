#!/bin/sh
# Runs once when the primary's data directory is created (docker-entrypoint-initdb.d): a role the
# replica connects as, and the pg_hba.conf line that lets it stream. compose.yaml mounts this.
set -eu
psql -v ON_ERROR_STOP=1 --username "$POSTGRES_USER" --dbname "$POSTGRES_DB" \
  -c "create role replicator with replication login password '${REPLICATION_PASSWORD}'"
echo "host replication replicator all scram-sha-256" >> "$PGDATA/pg_hba.conf"
