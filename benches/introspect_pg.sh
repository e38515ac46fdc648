#!/usr/bin/env bash
# Times `dbassay introspect` against `pg_dump --schema-only` on one large schema, side by side
# with hyperfine.
#
# The schema: 10,000 tables in 10 schemas (100,000 columns), 20,000 indexes (a primary key and
# one secondary index per table) and 2,000 PL/pgSQL functions. It is built in a private, throwaway
# PostgreSQL cluster (initdb in a temporary directory, its own port), so the machine's shared
# server is not touched, and with max_locks_per_transaction raised because pg_dump locks every
# table it dumps (10,000 locks do not fit the default lock table).
#
#   benches/introspect_pg.sh                  # full size
#   TABLES=2000 FUNCTIONS=400 RUNS=3 benches/introspect_pg.sh
#   KEEP=1 RUNS=1 benches/introspect_pg.sh    # leave the cluster running to look into it
#
# Needs the PostgreSQL server binaries (initdb, pg_ctl, pg_dump, psql) and hyperfine (installed
# with apt-get when missing and running as root). Writes benches/results/introspect_pg.{md,json}.
set -euo pipefail
cd "$(dirname "$0")/.."

TABLES=${TABLES:-10000}
FUNCTIONS=${FUNCTIONS:-2000}
RUNS=${RUNS:-5}
PORT=${BENCH_PORT:-54329}
DB=bench

. benches/lib.sh
need_hyperfine
build_release
private_cluster

echo "== building $TABLES tables, $((TABLES * 10)) columns, $((TABLES * 2)) indexes, $FUNCTIONS functions"
started=$(date +%s)
{
  tables_sql "$TABLES" "
  EXECUTE format('CREATE TABLE s%s.t%s (id bigint PRIMARY KEY, c1 text, c2 int, c3 numeric(12,2),
                  c4 timestamptz DEFAULT now(), c5 boolean, c6 jsonb, c7 varchar(50), c8 date,
                  c9 int NOT NULL DEFAULT 0)', i % 10, i);
  EXECUTE format('CREATE INDEX ON s%s.t%s (c2)', i % 10, i);"
  functions_sql "$FUNCTIONS" s0.t1
} | "${PSQL[@]}" -d "$DB"
echo "   built in $(( $(date +%s) - started )) s"
"${PSQL[@]}" -d "$DB" -Atc "SELECT 'tables: ' || (SELECT count(*) FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE relkind = 'r' AND nspname ~ '^s[0-9]')
  || ', columns: ' || (SELECT count(*) FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE relkind = 'r' AND nspname ~ '^s[0-9]' AND attnum > 0)
  || ', indexes: ' || (SELECT count(*) FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE nspname ~ '^s[0-9]')
  || ', functions: ' || (SELECT count(*) FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE nspname ~ '^s[0-9]')"

URL="postgresql://postgres@127.0.0.1:$PORT/$DB"
PG_DUMP="$PGBIN/pg_dump --schema-only -h 127.0.0.1 -p $PORT -U postgres -f $WORK/schema.sql $DB"
INTROSPECT="$BIN introspect $URL -o $WORK/profile.json"

echo "== one run each, for the record"
$INTROSPECT
$PG_DUMP
ls -l "$WORK/profile.json" "$WORK/schema.sql" | awk '{print "   " $5 " bytes  " $NF}'

compare introspect_pg "dbassay introspect" "$INTROSPECT" "pg_dump --schema-only" "$PG_DUMP" 0.5
