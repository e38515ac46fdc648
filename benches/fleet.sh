#!/usr/bin/env bash
# Times `dbassay fleet` with hyperfine:
#   1. 200 profile files (the ten bundled samples, twenty times each) at --concurrency 8, with and
#      without the per-source reports (JSON, Markdown and HTML for each: 600 files);
#   2. 20 live scratch databases on the local PostgreSQL (127.0.0.1:5432), each with 50 tables,
#      at --concurrency 8 and 1.
#
#   benches/fleet.sh                    # both
#   PROFILES=0 benches/fleet.sh         # live only;   LIVE=0 for profiles only
#   RUNS=5 DBS=20 TABLES=50 benches/fleet.sh
#
# Needs hyperfine (installed with apt-get when missing and running as root) and psql. The scratch
# databases (dbassay_bench_fleet_*) are dropped at the end. Writes benches/results/fleet-*.{md,json}.
set -euo pipefail
cd "$(dirname "$0")/.."

RUNS=${RUNS:-10}
N=${N:-200}
DBS=${DBS:-20}
TABLES=${TABLES:-50}
PG=${PG:-postgresql://postgres@127.0.0.1:5432}

. benches/lib.sh
need_hyperfine
build_release
OUT=$PWD/benches/results
mkdir -p "$OUT"
WORK=$(mktemp -d /tmp/dbassay-fleet-bench.XXXXXX)
cleanup() {
  if [ "${LIVE:-1}" = 1 ]; then
    for i in $(seq 1 "$DBS"); do
      psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS dbassay_bench_fleet_$i WITH (FORCE)" >/dev/null 2>&1 || true
    done
  fi
  rm -rf "$WORK"
}
trap cleanup EXIT
export DBASSAY_CACHE_DIR=$WORK/cache

if [ "${PROFILES:-1}" = 1 ]; then
  echo "== $N profile files"
  mkdir -p "$WORK/profiles"
  {
    echo "sources:"
    i=0
    while [ "$i" -lt "$N" ]; do
      for f in examples/profiles/*.json; do
        [ "$i" -lt "$N" ] || break
        i=$((i + 1))
        cp "$f" "$WORK/profiles/p$i.json"
        echo "  - name: p$i"
        echo "    profile: profiles/p$i.json"
      done
    done
  } > "$WORK/profiles.yaml"
  hyperfine --warmup 1 --runs "$RUNS" \
    --export-markdown "$OUT/fleet-profiles.md" --export-json "$OUT/fleet-profiles.json" \
    -n "200 profiles, -c 8, summary only" "$BIN fleet $WORK/profiles.yaml -c 8 -q --pricing offline" \
    -n "200 profiles, -c 8, -o (600 reports + summary)" "rm -rf $WORK/out && $BIN fleet $WORK/profiles.yaml -c 8 -q --pricing offline -o $WORK/out" \
    -n "200 profiles, -c 1, -o" "rm -rf $WORK/out && $BIN fleet $WORK/profiles.yaml -c 1 -q --pricing offline -o $WORK/out"
fi

if [ "${LIVE:-1}" = 1 ]; then
  echo "== $DBS live databases of $TABLES tables"
  echo "sources:" > "$WORK/live.yaml"
  for i in $(seq 1 "$DBS"); do
    db=dbassay_bench_fleet_$i
    psql -q "$PG/postgres" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" -c "CREATE DATABASE $db" >/dev/null
    psql -q "$PG/$db" >/dev/null <<SQL
DO \$\$ BEGIN
  FOR t IN 1..$TABLES LOOP
    EXECUTE format('CREATE TABLE t%s (id bigint PRIMARY KEY, name text, amount numeric(12,2), at timestamptz DEFAULT now())', t);
    EXECUTE format('CREATE INDEX ON t%s (at)', t);
  END LOOP;
END \$\$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS \$f\$ BEGIN NEW.at := now(); RETURN NEW; END \$f\$;
CREATE TRIGGER t1_touch BEFORE UPDATE ON t1 FOR EACH ROW EXECUTE FUNCTION touch();
SQL
    printf '  - name: db%s\n    url: %s/%s?sslmode=disable\n    engine: rds-postgresql\n' "$i" "$PG" "$db" >> "$WORK/live.yaml"
  done
  hyperfine --warmup 1 --runs "$RUNS" \
    --export-markdown "$OUT/fleet-live.md" --export-json "$OUT/fleet-live.json" \
    -n "$DBS live databases, -c 8, -o" "rm -rf $WORK/out && $BIN fleet $WORK/live.yaml -c 8 -q --pricing offline -o $WORK/out" \
    -n "$DBS live databases, -c 1, -o" "rm -rf $WORK/out && $BIN fleet $WORK/live.yaml -c 1 -q --pricing offline -o $WORK/out"
fi
echo "== results in $OUT/fleet-*.md"
