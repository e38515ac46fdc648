#!/usr/bin/env bash
# Times `dbassay introspect` against `mysqldump --no-data` on a MySQL / MariaDB database of
# 5,000 tables (hyperfine, side by side). The goal is at most half mysqldump's time.
#
#   benches/introspect_mysql.sh                 # builds the database once, keeps it for reruns
#   TABLES=1000 benches/introspect_mysql.sh     # a smaller database
#   DROP=1 benches/introspect_mysql.sh          # drop the database afterwards
#
# Needs the server on MYSQL_HOST:MYSQL_PORT (default 127.0.0.1:3306) as MYSQL_USER (root, no
# password, or MYSQL_PWD), the mysql / mysqldump clients and hyperfine (installed with apt-get
# when missing and running as root). Every table has 8 columns, a primary key and two
# secondary indexes; every tenth table also has a view, a stored procedure and a trigger, so
# both tools read the same kinds of objects (mysqldump with --routines --events --triggers).
set -euo pipefail
cd "$(dirname "$0")/.."

TABLES=${TABLES:-5000}
DB=${DB:-dbassay_bench_${TABLES}}
HOST=${MYSQL_HOST:-127.0.0.1}
PORT=${MYSQL_PORT:-3306}
USER_=${MYSQL_USER:-root}
RUNS=${RUNS:-5}
client=(mysql -h "$HOST" -P "$PORT" -u "$USER_")

. benches/lib.sh
need_hyperfine
dump=$(command -v mysqldump || command -v mariadb-dump)

exists=$("${client[@]}" -N -e "SELECT COUNT(*) FROM information_schema.TABLES WHERE TABLE_SCHEMA = '$DB' AND TABLE_TYPE = 'BASE TABLE'")
if [ "$exists" != "$TABLES" ]; then
  echo "== building $DB with $TABLES tables"
  "${client[@]}" -e "DROP DATABASE IF EXISTS \`$DB\`; CREATE DATABASE \`$DB\`"
  {
    echo "SET SESSION sql_log_bin = 0;"
    echo "USE \`$DB\`;"
    echo "DELIMITER ;;"
    for i in $(seq 1 "$TABLES"); do
      echo "CREATE TABLE t$i (id BIGINT UNSIGNED AUTO_INCREMENT PRIMARY KEY, customer_id INT NOT NULL,
              status ENUM('new','paid','shipped') NOT NULL DEFAULT 'new', total DECIMAL(12,2),
              note VARCHAR(200), created DATETIME DEFAULT CURRENT_TIMESTAMP,
              updated TIMESTAMP DEFAULT CURRENT_TIMESTAMP ON UPDATE CURRENT_TIMESTAMP, flags SET('a','b'),
              KEY by_customer (customer_id), KEY by_status_created (status, created)) ENGINE=InnoDB;;"
      if [ $((i % 10)) -eq 0 ]; then
        echo "CREATE VIEW v$i AS SELECT id, status, total FROM t$i WHERE status <> 'shipped';;"
        echo "CREATE PROCEDURE p$i(IN c INT) BEGIN DECLARE n INT; SELECT COUNT(*) INTO n FROM t$i WHERE customer_id = c; SELECT n; END;;"
        echo "CREATE TRIGGER tr$i BEFORE INSERT ON t$i FOR EACH ROW SET NEW.note = COALESCE(NEW.note, '');;"
      fi
    done
  } | "${client[@]}"
fi

build_release
bin=$BIN
url="mysql://$USER_@$HOST:$PORT/$DB?ssl-mode=DISABLED"
# The profile goes to standard output: `-o` writes a file atomically (a rename over the path),
# which as root would replace /dev/null itself with a regular file.
"$bin" introspect "$url" > /dev/null
dump_cmd="$dump -h $HOST -P $PORT -u $USER_ --no-data --routines --events --triggers --skip-lock-tables $DB > /dev/null"
$dump -h "$HOST" -P "$PORT" -u "$USER_" --no-data --routines --events --triggers --skip-lock-tables "$DB" | grep -c '^CREATE TABLE' | sed 's/^/mysqldump CREATE TABLE statements: /'

echo "== hyperfine ($RUNS runs each, 1 warm-up)"
out=$(mktemp -d)
hyperfine --warmup 1 --runs "$RUNS" --export-json "$out/result.json" \
  -n "dbassay introspect" "$bin introspect '$url' > /dev/null" \
  -n "mysqldump --no-data" "$dump_cmd"
python3 - "$out/result.json" <<'PY'
import json, sys
r = {x["command"]: x["mean"] for x in json.load(open(sys.argv[1]))["results"]}
a, b = r["dbassay introspect"], r["mysqldump --no-data"]
print(f"dbassay introspect {a:.3f} s, mysqldump --no-data {b:.3f} s: ratio {a / b:.2f} "
      f"({'meets' if a <= b / 2 else 'misses'} the goal of at most 0.5)")
PY
rm -rf "$out"
if [ "${DROP:-0}" = 1 ]; then "${client[@]}" -e "DROP DATABASE \`$DB\`"; fi
