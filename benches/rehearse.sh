#!/usr/bin/env bash
# Times `dbassay rehearse` against `pg_dump --schema-only | psql` into the same scratch server,
# side by side with hyperfine (issue 16's bar: no more than 3 times as long).
#
# The schema: 5,000 tables in 10 schemas (10 columns each, a primary key, a secondary index and,
# for every table but the first of a schema, a foreign key to the one before), 500 PL/pgSQL
# functions and 500 views. It is built in a private, throwaway PostgreSQL cluster (initdb in a
# temporary directory, its own port) that serves as both the source and the scratch server, so the
# machine's shared server is not touched. Both sides create a fresh database, restore the schema
# into it and drop it:
#
#   dbassay rehearse: introspect and assess the source, pg_dump it, create a database and a
#     Lakebase-shaped role, replay the dump statement by statement as that role, drop both;
#   baseline: createdb, pg_dump --schema-only --no-owner --no-acl | psql, dropdb.
#
#   benches/rehearse.sh                        # full size
#   TABLES=1000 RUNS=3 benches/rehearse.sh
#   KEEP=1 RUNS=1 benches/rehearse.sh          # leave the cluster running to look into it
#
# Needs the PostgreSQL server binaries (initdb, pg_ctl, pg_dump, psql, createdb, dropdb) and
# hyperfine (installed with apt-get when missing and running as root). Writes
# benches/results/rehearse.{md,json}.
set -euo pipefail
cd "$(dirname "$0")/.."

TABLES=${TABLES:-5000}
FUNCTIONS=${FUNCTIONS:-500}
VIEWS=${VIEWS:-500}
RUNS=${RUNS:-5}
PORT=${BENCH_PORT:-54331}
DB=bench

. benches/lib.sh
need_hyperfine
build_release
private_cluster

echo "== building $TABLES tables, $((TABLES * 10)) columns, $((TABLES * 2)) indexes, $FUNCTIONS functions, $VIEWS views"
started=$(date +%s)
{
  tables_sql "$TABLES" "
  EXECUTE format('CREATE TABLE s%s.t%s (id bigint PRIMARY KEY, parent bigint, c2 int,
                  c3 numeric(12,2), c4 timestamptz DEFAULT now(), c5 boolean, c6 jsonb,
                  c7 varchar(50), c8 date, c9 int NOT NULL DEFAULT 0)', i % 10, i);
  EXECUTE format('CREATE INDEX ON s%s.t%s (c2)', i % 10, i);
  IF i > 10 THEN
    EXECUTE format('ALTER TABLE s%s.t%s ADD FOREIGN KEY (parent) REFERENCES s%s.t%s', i % 10, i, i % 10, i - 10);
  END IF;"
  functions_sql "$FUNCTIONS" s0.t10
  cat <<SQL
DO \$\$ BEGIN FOR i IN 1..$VIEWS LOOP
  EXECUTE format('CREATE VIEW s%s.v%s AS SELECT id, c2, c7 FROM s%s.t%s WHERE c5', i % 10, i, i % 10, i);
END LOOP; END \$\$;
SQL
} | "${PSQL[@]}" -d "$DB"
echo "   built in $(( $(date +%s) - started )) s"

SOURCE="postgresql://postgres@127.0.0.1:$PORT/$DB?sslmode=disable"
SCRATCH="postgresql://postgres@127.0.0.1:$PORT/postgres?sslmode=disable"
REHEARSE="$BIN rehearse --source $SOURCE --scratch $SCRATCH --pg-dump $PGBIN/pg_dump --format json -o $WORK/rehearsal.json"
BASELINE="$PGBIN/createdb baseline && $PGBIN/pg_dump --schema-only --no-owner --no-acl $DB | $PGBIN/psql -X -q -d baseline >/dev/null && $PGBIN/dropdb baseline"

echo "== one run each, for the record"
$REHEARSE 2>"$WORK/rehearse.err" || { cat "$WORK/rehearse.err"; exit 1; }
python3 - "$WORK/rehearsal.json" <<'PY'
import json, sys
r = json.load(open(sys.argv[1]))
print(f"   rehearsal: {r['statements']} statements, {len(r['failures'])} failed; {r['summary']}")
PY
bash -c "$BASELINE"

compare rehearse "dbassay rehearse" "$REHEARSE" "pg_dump --schema-only | psql" "$BASELINE" 3
