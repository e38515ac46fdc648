# Set-up shared by the bench scripts (sourced from the root of the checkout, not run):
# hyperfine, the release binary, and a private, throwaway PostgreSQL cluster.

# hyperfine on PATH: installed with apt-get when missing and running as root, else exit 2.
need_hyperfine() {
  command -v hyperfine >/dev/null && return
  if [ "$(id -u)" = 0 ]; then
    apt-get install -y -qq hyperfine >/dev/null 2>&1 || { apt-get update -qq && apt-get install -y -qq hyperfine; }
  else
    echo "hyperfine is missing: install it (apt-get install hyperfine)" >&2
    exit 2
  fi
}

# Builds the release binary; BIN is its absolute path.
build_release() {
  echo "== building dbassay (release)"
  cargo build --release --quiet
  BIN=$PWD/target/release/dbassay
}

# A PostgreSQL cluster of its own (initdb in a temporary directory WORK, listening on
# 127.0.0.1:PORT) with the database DB created, so the machine's shared server is not touched.
# max_locks_per_transaction is raised because pg_dump locks every table it dumps, and durability
# is off because the cluster is thrown away. Sets PGBIN (the newest server binaries unless set),
# WORK, DATA, PGHOST/PGPORT/PGUSER (exported, for the client tools) and PSQL (an array); stops
# and removes the cluster on exit unless KEEP=1.
private_cluster() {
  PGBIN=${PGBIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}
  [ -x "$PGBIN/initdb" ] || { echo "no PostgreSQL server binaries (set PGBIN)" >&2; exit 2; }
  WORK=$(mktemp -d /tmp/dbassay-bench.XXXXXX)
  DATA=$WORK/data
  SUDO=
  if [ "$(id -u)" = 0 ]; then SUDO=1; chown postgres "$WORK"; fi
  trap cleanup_cluster EXIT

  echo "== private cluster on port $PORT ($DATA)"
  as_pg "$PGBIN/initdb" -D "$DATA" -U postgres -A trust --no-sync -E UTF8 >/dev/null
  as_pg "$PGBIN/pg_ctl" -D "$DATA" -l "$WORK/server.log" -w start -o \
    "-p $PORT -k $WORK -c listen_addresses=127.0.0.1 -c max_locks_per_transaction=512 -c fsync=off -c synchronous_commit=off -c full_page_writes=off" >/dev/null

  export PGHOST=127.0.0.1 PGPORT=$PORT PGUSER=postgres
  PSQL=("$PGBIN/psql" -X -q -v ON_ERROR_STOP=1)
  "${PSQL[@]}" -d postgres -c "CREATE DATABASE $DB"
}

# initdb and pg_ctl refuse to run as root: as root, run them as the postgres user.
as_pg() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

cleanup_cluster() {
  if [ "${KEEP:-0}" = 1 ]; then
    echo "== cluster kept: postgresql://postgres@127.0.0.1:$PORT/$DB; stop it with:"
    echo "   ${SUDO:+runuser -u postgres -- }$PGBIN/pg_ctl -D $DATA stop && rm -rf $WORK"
    return
  fi
  as_pg "$PGBIN/pg_ctl" -D "$DATA" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$WORK"
}

# SQL for schemas s0…s9 and TABLES tables in them: TABLE_SQL is PL/pgSQL run for each table
# number i (table s<i % 10>.t<i>), 500 tables per transaction, which keeps the locks of one
# transaction within the lock table.
tables_sql() {
  local tables=$1 table_sql=${2#$'\n'} from to
  for s in $(seq 0 9); do echo "CREATE SCHEMA s$s;"; done
  for ((from = 1; from <= tables; from += 500)); do
    to=$((from + 499)); [ $to -gt "$tables" ] && to=$tables
    cat <<SQL
DO \$\$ BEGIN FOR i IN $from..$to LOOP
$table_sql
END LOOP; END \$\$;
SQL
  done
}

# SQL for FUNCTIONS PL/pgSQL functions s<i % 10>.f<i>, each counting rows of TABLE.
functions_sql() {
  cat <<SQL
DO \$\$ BEGIN FOR i IN 1..$1 LOOP
  EXECUTE format('CREATE FUNCTION s%s.f%s(a int) RETURNS int LANGUAGE plpgsql AS %L',
    i % 10, i, 'DECLARE r int; BEGIN SELECT count(*) INTO r FROM $2 WHERE c2 = a; RETURN r + ' || i || '; END');
END LOOP; END \$\$;
SQL
}

# Times command A against command B with hyperfine (a warm-up, then RUNS runs each), writes
# benches/results/RESULT.{md,json} and prints A's mean time as a ratio of B's with the GOAL.
#   compare RESULT NAME_A COMMAND_A NAME_B COMMAND_B GOAL
compare() {
  echo "== hyperfine ($RUNS runs each)"
  mkdir -p benches/results
  hyperfine --warmup 1 --runs "$RUNS" --style basic \
    --export-markdown "benches/results/$1.md" \
    --export-json "benches/results/$1.json" \
    -n "$2" "$3" \
    -n "$4" "$5"
  python3 - "benches/results/$1.json" "$2" "$4" "$6" <<'PY' || true
import json, sys
_, path, a_name, b_name, goal = sys.argv
r = {x["command"]: x["mean"] for x in json.load(open(path))["results"]}
a, b = r[a_name], r[b_name]
print(f"== {a_name} {a:.2f} s, {b_name} {b:.2f} s: ratio {a / b:.2f} (goal <= {goal})")
PY
}
