//! `dbassay discover aws` end to end, through the real SDK clients: RDS and DynamoDB against the
//! moto emulator (seeded with boto3: a Multi-AZ instance with a read replica, a MySQL instance,
//! an Aurora cluster with two members, a Serverless v2 cluster, an Oracle instance to skip, two
//! DynamoDB tables), and
//! CloudWatch against a local server speaking its Smithy RPC v2 CBOR wire format, seeded with
//! 14 days of hourly metrics of a known daily shape (busy at 20 % CPU from 08:00 to 20:00 UTC,
//! 4 % otherwise: average 12 %, p95 20 %). The API calls are counted; a missing permission, a
//! CloudWatch that refuses, and no credentials at all are covered.

#[path = "support/cloudwatch.rs"]
mod cloudwatch;
mod common;
#[path = "support/http.rs"]
mod http;
#[path = "support/moto.rs"]
mod moto;

use common::*;
use dbassay::engine::Catalog;
use dbassay::fleet::Inventory;
use dbassay::profile::{Profile, SchemaCoverage};
use rust_decimal::Decimal;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::{Command, Output};
use std::str::FromStr;
use std::time::Instant;

/// The master password given to RDS, and the secret key given to the SDK: neither may appear
/// in any output.
const DB_PASSWORD: &str = "Mast3r-Pa55word-xyz";
const SECRET_KEY: &str = "wJalrXUtnFEMI-discover-test-secret";

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap()
}

/// The seeded daily shape: busy from 08:00 to 19:59 UTC.
fn busy(t: i64) -> bool {
    (8..20).contains(&(t.rem_euclid(86_400) / 3600))
}

/// Hourly values of every metric the discovery reads, the same for every resource.
fn shape(metric: &str, stat: &str, _dimension: &str, t: i64) -> Option<f64> {
    let (b, q) = match (metric, stat) {
        ("CPUUtilization", "Average") => (20.0, 4.0),
        ("DatabaseConnections", "Average") => (30.0, 5.0),
        ("DatabaseConnections", "Maximum") => (50.0, 8.0),
        ("FreeableMemory", "Average") => (6.0 * 1_073_741_824.0, 6.0 * 1_073_741_824.0),
        ("ReadIOPS", "Average") => (100.0, 20.0),
        ("WriteIOPS", "Average") => (50.0, 10.0),
        ("VolumeReadIOPs", "Sum") => (1000.0, 1000.0),
        ("VolumeWriteIOPs", "Sum") => (500.0, 500.0),
        ("VolumeBytesUsed", "Average") => (50e9, 50e9),
        ("ServerlessDatabaseCapacity", "Average") => (2.0, 1.0),
        // Capacity units an hour: 10 a second busy, 2 quiet (each table).
        ("ConsumedReadCapacityUnits", "Sum") => (36_000.0, 7_200.0),
        ("ConsumedWriteCapacityUnits", "Sum") => (3_600.0, 0.0),
        _ => return None,
    };
    Some(if busy(t) { b } else { q })
}

fn discover(dir: &Path, args: &[&str], env: &[(&str, String)]) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_dbassay"));
    cmd.args(["discover", "aws", "--until", "2026-12-01"])
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env("SOURCE_DATE_EPOCH", "1796083200");
    // Nothing of the machine's own AWS set-up may leak in.
    for (k, _) in std::env::vars() {
        if k.starts_with("AWS_") {
            cmd.env_remove(k);
        }
    }
    cmd.env("AWS_CONFIG_FILE", dir.join("no-aws-config"))
        .env(
            "AWS_SHARED_CREDENTIALS_FILE",
            dir.join("no-aws-credentials"),
        )
        .env("AWS_EC2_METADATA_DISABLED", "true")
        .env("HOME", dir);
    for (k, v) in env {
        cmd.env(k, v);
    }
    cmd.output().expect("run dbassay discover aws")
}

/// The environment for moto (RDS) and the local CloudWatch.
fn env(moto: &moto::Moto, cw: &http::Server) -> Vec<(&'static str, String)> {
    let mut e = moto.env();
    e.retain(|(k, _)| *k != "AWS_SECRET_ACCESS_KEY");
    e.push(("AWS_SECRET_ACCESS_KEY", SECRET_KEY.into()));
    e.push(("AWS_ENDPOINT_URL_CLOUDWATCH", cw.url.clone()));
    e
}

const SEED: &str = r#"
import boto3, os, json
kw = dict(region_name="us-east-1", endpoint_url=os.environ["ENDPOINT"],
          aws_access_key_id="testing", aws_secret_access_key="testing")
rds = boto3.client("rds", **kw)
pw = "PASSWORD"
rds.create_db_instance(DBInstanceIdentifier="orders", DBInstanceClass="db.r6g.large",
    Engine="postgres", EngineVersion="16.3", AllocatedStorage=100, StorageType="gp3",
    MultiAZ=True, MasterUsername="admin", MasterUserPassword=pw, DBName="orders")
rds.create_db_instance_read_replica(DBInstanceIdentifier="orders-replica",
    SourceDBInstanceIdentifier="orders")
rds.create_db_instance(DBInstanceIdentifier="shop", DBInstanceClass="db.m6g.large",
    Engine="mysql", EngineVersion="8.0.35", AllocatedStorage=200, StorageType="io1", Iops=4000,
    MasterUsername="admin", MasterUserPassword=pw)
rds.create_db_cluster(DBClusterIdentifier="ledger", Engine="aurora-postgresql",
    EngineVersion="15.4", MasterUsername="admin", MasterUserPassword=pw, DatabaseName="ledger")
for n in ("ledger-1", "ledger-2"):
    rds.create_db_instance(DBInstanceIdentifier=n, DBInstanceClass="db.r6g.xlarge",
        Engine="aurora-postgresql", DBClusterIdentifier="ledger")
rds.create_db_cluster(DBClusterIdentifier="events", Engine="aurora-mysql",
    EngineVersion="8.0.mysql_aurora.3.05.2", MasterUsername="admin", MasterUserPassword=pw,
    ServerlessV2ScalingConfiguration={"MinCapacity": 0.5, "MaxCapacity": 8})
rds.create_db_instance(DBInstanceIdentifier="events-1", DBInstanceClass="db.serverless",
    Engine="aurora-mysql", DBClusterIdentifier="events")
rds.create_db_instance(DBInstanceIdentifier="erp", DBInstanceClass="db.m5.large",
    Engine="oracle-ee", AllocatedStorage=100, MasterUsername="admin", MasterUserPassword=pw,
    LicenseModel="bring-your-own-license")
ddb = boto3.client("dynamodb", **kw)
ddb.create_table(TableName="carts", BillingMode="PAY_PER_REQUEST",
    AttributeDefinitions=[{"AttributeName": "id", "AttributeType": "S"}],
    KeySchema=[{"AttributeName": "id", "KeyType": "HASH"}])
ddb.create_table(TableName="sessions",
    AttributeDefinitions=[{"AttributeName": "user", "AttributeType": "S"},
                          {"AttributeName": "at", "AttributeType": "N"}],
    KeySchema=[{"AttributeName": "user", "KeyType": "HASH"},
               {"AttributeName": "at", "KeyType": "RANGE"}],
    ProvisionedThroughput={"ReadCapacityUnits": 25, "WriteCapacityUnits": 5})
"#;

fn profile(dir: &Path, name: &str) -> Profile {
    Profile::load(&dir.join(format!("profiles/{name}.json"))).unwrap()
}

/// Every file under `dir`, as text.
fn all_text(dir: &Path) -> String {
    let mut out = String::new();
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let p = entry.path();
        if p.is_dir() {
            out.push_str(&all_text(&p));
        } else {
            out.push_str(&std::fs::read_to_string(&p).unwrap());
        }
    }
    out
}

/// `API calls in REGION: N (…)` from the closing summary.
fn calls(stderr: &str, region: &str) -> (usize, String) {
    let line = stderr
        .lines()
        .find(|l| l.starts_with(&format!("API calls in {region}: ")))
        .unwrap_or_else(|| panic!("no calls line for {region} in\n{stderr}"));
    let rest = line.split_once(": ").unwrap().1;
    let n = rest.split(' ').next().unwrap().parse().unwrap();
    (n, rest.to_string())
}

#[test]
fn a_seeded_account_gives_an_inventory_with_measured_utilisation() {
    let Some(moto) = moto::Moto::start() else {
        return;
    };
    moto.seed(&SEED.replace("PASSWORD", DB_PASSWORD));
    let cw = cloudwatch::start(
        shape,
        cloudwatch::Options {
            // No p95 for the MySQL instance: computed from the hourly averages instead.
            no_percentiles: BTreeSet::from(["shop".to_string()]),
            ..Default::default()
        },
    );
    let tmp = tempfile::tempdir().unwrap();
    let out = discover(tmp.path(), &["-o", "estate"], &env(&moto, &cw));
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let dir = tmp.path().join("estate");

    // The inventory loads with the fleet's loader: one source per instance and cluster, no
    // replica or cluster member of its own, the Oracle instance skipped with a note.
    let catalog = Catalog::bundled().unwrap();
    let inv = Inventory::load(&dir.join("inventory.yaml"), &catalog).unwrap();
    let names: Vec<&str> = inv.sources.iter().map(|s| s.name.as_str()).collect();
    assert_eq!(
        names,
        ["ledger", "events", "orders", "shop", "dynamodb-us-east-1"],
        "{err}"
    );
    assert!(err.contains("skipped erp (oracle-ee"), "{err}");
    let orders = &inv.sources[2];
    assert_eq!(orders.engine.as_deref(), Some("rds-postgresql"));
    assert_eq!(orders.region.as_deref(), Some("us-east-1"));
    assert_eq!(orders.password_env.as_deref(), Some("ORDERS_PASSWORD"));
    let url = orders.url.as_deref().unwrap();
    assert!(
        url.starts_with("postgresql://admin@orders.")
            && url.ends_with(":5432/orders?sslmode=require"),
        "{url}"
    );
    assert_eq!(inv.sources[0].engine.as_deref(), Some("aurora-postgresql"));
    assert!(inv.sources[0]
        .url
        .as_deref()
        .unwrap()
        .contains("@ledger.cluster-"));
    assert_eq!(inv.sources[1].engine.as_deref(), Some("aurora-mysql"));
    assert!(inv.sources[3]
        .url
        .as_deref()
        .unwrap()
        .starts_with("mysql://admin@shop."));
    let ddb = &inv.sources[4];
    assert_eq!(ddb.engine.as_deref(), Some("dynamodb"));
    assert_eq!(ddb.url.as_deref(), Some("dynamodb://us-east-1"));
    assert_eq!(
        ddb.password_env, None,
        "a DynamoDB source takes no password"
    );

    // The RDS PostgreSQL instance: Multi-AZ with one replica, and the known daily shape.
    let p = profile(&dir, "orders");
    assert_eq!(p.schema_coverage, SchemaCoverage::NotIntrospected);
    assert!(p.tables.is_empty());
    assert_eq!(p.version, "16.3");
    assert_eq!(p.sizing.instance_class.as_deref(), Some("db.r6g.large"));
    assert_eq!(p.sizing.vcpu, Some(2));
    assert!(p.sizing.high_availability);
    assert_eq!(p.sizing.read_replicas, 1);
    assert_eq!(p.sizing.storage_gb, Some(dec("100")));
    assert_eq!(p.sizing.storage_type.as_deref(), Some("gp3"));
    let w = &p.workload;
    assert_eq!(w.cpu_utilization_pct, Some(dec("12")));
    assert_eq!(w.cpu_p95_pct, Some(dec("20")));
    assert_eq!(w.active_hours_per_day, Some(dec("24")));
    let hourly = w.hourly_cpu_pct.as_ref().unwrap();
    assert_eq!((hourly[3], hourly[12]), (dec("4"), dec("20")));
    assert_eq!(w.average_connections, Some(18)); // (30 + 5) / 2, rounded
    assert_eq!(w.peak_connections, Some(50));
    assert_eq!(w.memory_used_gib, Some(dec("10"))); // 16 GiB less 6 GiB freeable
    assert_eq!(
        (w.read_iops_avg, w.read_iops_peak),
        (Some(dec("60")), Some(dec("100")))
    );
    assert_eq!(
        (w.write_iops_avg, w.write_iops_peak),
        (Some(dec("30")), Some(dec("50")))
    );
    let m = w.measurement.as_ref().unwrap();
    assert_eq!(
        (m.window_days, m.source.as_str()),
        (dec("14"), "cloudwatch")
    );
    assert_eq!(m.until.as_deref(), Some("2026-12-01"));
    assert!(
        !p.warnings.iter().any(|w| w.message.contains("p95")),
        "{:?}",
        p.warnings
    );

    // The MySQL instance: io1 IOPS; its p95 computed from the hourly averages, and said so.
    let p = profile(&dir, "shop");
    assert_eq!(p.engine, "rds-mysql");
    assert!(!p.sizing.high_availability);
    assert_eq!(p.sizing.read_replicas, 0);
    assert_eq!(p.sizing.provisioned_iops, Some(4000));
    assert_eq!(p.workload.cpu_p95_pct, Some(dec("20")));
    assert!(
        p.warnings
            .iter()
            .any(|w| w.message.contains("p95 of the hourly averages")),
        "{:?}",
        p.warnings
    );

    // The Aurora cluster: the writer's class, the other member a reader, the volume's size and
    // I/O from the cluster's metrics.
    let p = profile(&dir, "ledger");
    assert_eq!(p.sizing.instance_class.as_deref(), Some("db.r6g.xlarge"));
    assert_eq!(p.sizing.read_replicas, 1);
    assert_eq!(p.sizing.storage_type.as_deref(), Some("aurora-standard"));
    assert_eq!(p.sizing.storage_gb, Some(dec("50")));
    assert_eq!(p.workload.io_requests_per_month, Some(dec("1095000"))); // 1,500 an hour × 730
    assert_eq!(p.workload.cpu_utilization_pct, Some(dec("12")));
    assert_eq!(p.workload.read_iops_avg, None);

    // The Serverless v2 cluster: its range, and the measured average capacity.
    let p = profile(&dir, "events");
    let sv = p.sizing.serverless.as_ref().unwrap();
    assert_eq!(
        (sv.min_acu, sv.max_acu, sv.average_acu),
        (dec("0.5"), dec("8"), dec("1.5"))
    );
    assert_eq!(p.sizing.instance_class, None);

    // The region's DynamoDB tables: as DescribeTable gives them, with the consumed capacity
    // summed over both tables (each 10 a second busy, 2 quiet).
    let p = profile(&dir, "dynamodb-us-east-1");
    let tables = &p.dynamodb.as_ref().unwrap().tables;
    let t: Vec<(&str, &str)> = tables
        .iter()
        .map(|t| (t.name.as_str(), t.billing_mode.as_str()))
        .collect();
    assert_eq!(t, [("carts", "on_demand"), ("sessions", "provisioned")]);
    assert_eq!(tables[1].read_capacity_units, Some(25));
    assert_eq!(tables[1].sort_key.as_ref().unwrap().name, "at");
    let w = &p.workload;
    assert_eq!(
        (w.consumed_rcu_avg, w.consumed_rcu_peak),
        (Some(dec("12")), Some(dec("20")))
    );
    assert_eq!(
        (w.consumed_wcu_avg, w.consumed_wcu_peak),
        (Some(dec("1")), Some(dec("2")))
    );
    assert_eq!(w.active_hours_per_day, Some(dec("24")));

    // One call of each kind (a DescribeTable per table): the calls do not grow with the
    // instances or the metrics.
    let (n, detail) = calls(&err, "us-east-1");
    assert_eq!(n, 6, "{detail}");
    assert!(detail.contains("dynamodb:ListTables 1"), "{detail}");
    assert!(detail.contains("dynamodb:DescribeTable 2"), "{detail}");
    assert_eq!(cw.count(), 1);
    assert!(detail.contains("cloudwatch:GetMetricData 1"), "{detail}");
    assert!(detail.contains("rds:DescribeDBInstances 1"), "{detail}");
    let req = &cw.requests()[0];
    assert_eq!(req.header("content-type"), Some("application/cbor"));

    // No secret anywhere.
    let text = all_text(&dir);
    for secret in [DB_PASSWORD, SECRET_KEY] {
        assert!(!text.contains(secret), "{secret} written");
        assert!(!err.contains(secret) && !stdout(&out).contains(secret));
    }

    // Quiet when piped: no progress drawing on a non-terminal standard error.
    assert!(!err.contains('\r') && !err.contains("\u{1b}["), "{err}");

    // The fleet runs over it.
    let fleet = dbassay(&[
        "fleet",
        dir.join("inventory.yaml").to_str().unwrap(),
        "--pricing",
        "offline",
        "--format",
        "json",
    ]);
    // 0, or 4 where a source's URL could not be read (these endpoints are not real servers).
    assert!(
        matches!(fleet.status.code(), Some(0 | 4)),
        "{}",
        stderr(&fleet)
    );
    let summary: serde_json::Value = serde_json::from_slice(&fleet.stdout).unwrap();
    assert!(summary.to_string().contains("orders"), "{summary}");

    // A second run replaces the first output.
    let again = discover(tmp.path(), &["-o", "estate", "--quiet"], &env(&moto, &cw));
    assert_eq!(again.status.code(), Some(0), "{}", stderr(&again));
    assert!(!stderr(&again).contains("API calls"), "{}", stderr(&again));
}

#[test]
fn calls_stay_fixed_for_fifty_instances() {
    let Some(moto) = moto::Moto::start() else {
        return;
    };
    moto.seed(
        r#"
import boto3, os
rds = boto3.client("rds", region_name="us-east-1", endpoint_url=os.environ["ENDPOINT"],
                   aws_access_key_id="testing", aws_secret_access_key="testing")
for i in range(50):
    rds.create_db_instance(DBInstanceIdentifier=f"db{i:02}", DBInstanceClass="db.r6g.large",
        Engine="postgres", AllocatedStorage=20, MasterUsername="admin", MasterUserPassword="x" * 12)
"#,
    );
    let cw = cloudwatch::start(shape, cloudwatch::Options::default());
    let tmp = tempfile::tempdir().unwrap();
    let started = Instant::now();
    let out = discover(tmp.path(), &["-o", "estate"], &env(&moto, &cw));
    let took = started.elapsed();
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    let inv = Inventory::load(
        &tmp.path().join("estate/inventory.yaml"),
        &Catalog::bundled().unwrap(),
    )
    .unwrap();
    assert_eq!(inv.sources.len(), 50);
    // 50 × 7 series in one batch of ≤ 500 queries; 50 × (6 × 336 + 1) = 100,850 datapoints are
    // one more page than the 100,800 a response holds: two GetMetricData calls.
    let (n, detail) = calls(&err, "us-east-1");
    assert_eq!(n, 5, "{detail}");
    assert!(detail.contains("cloudwatch:GetMetricData 2"), "{detail}");
    assert!(detail.contains("dynamodb:ListTables 1"), "{detail}");
    assert!(detail.contains("rds:DescribeDBInstances 1"), "{detail}");
    assert!(detail.contains("rds:DescribeDBClusters 1"), "{detail}");
    assert_eq!(cw.count(), 2);
    let p = profile(&tmp.path().join("estate"), "db49");
    assert_eq!(p.workload.cpu_utilization_pct, Some(dec("12")));
    assert_eq!(p.workload.cpu_p95_pct, Some(dec("20")));
    eprintln!(
        "discover aws, 50 RDS instances on moto: {n} API calls in us-east-1 ({detail}), {:.2} s",
        took.as_secs_f64()
    );
}

#[test]
fn a_missing_permission_is_a_warning_naming_it_and_the_rest_is_discovered() {
    // IAM is enforced after the seed's five requests: the user may describe instances and
    // read metrics, not describe clusters.
    let Some(moto) = moto::Moto::start_with(&[("INITIAL_NO_AUTH_ACTION_COUNT", "5")]) else {
        return;
    };
    let keys = moto.seed(
        r#"
import boto3, os, json
kw = dict(region_name="us-east-1", endpoint_url=os.environ["ENDPOINT"],
          aws_access_key_id="testing", aws_secret_access_key="testing")
rds = boto3.client("rds", **kw)
iam = boto3.client("iam", **kw)
rds.create_db_instance(DBInstanceIdentifier="orders", DBInstanceClass="db.r6g.large",
    Engine="postgres", AllocatedStorage=100, MasterUsername="admin", MasterUserPassword="x" * 12)
rds.create_db_cluster(DBClusterIdentifier="ledger", Engine="aurora-postgresql",
    MasterUsername="admin", MasterUserPassword="x" * 12)
iam.create_user(UserName="ro")
iam.put_user_policy(UserName="ro", PolicyName="ro", PolicyDocument=json.dumps({
    "Version": "2012-10-17",
    "Statement": [{"Effect": "Allow", "Resource": "*",
                   "Action": ["rds:DescribeDBInstances", "cloudwatch:GetMetricData"]}]}))
k = iam.create_access_key(UserName="ro")["AccessKey"]
print(k["AccessKeyId"], k["SecretAccessKey"])
"#,
    );
    let (id, secret) = keys.trim().split_once(' ').unwrap();
    let cw = cloudwatch::start(shape, cloudwatch::Options::default());
    let mut e = env(&moto, &cw);
    e.retain(|(k, _)| !k.starts_with("AWS_ACCESS_KEY_ID") && *k != "AWS_SECRET_ACCESS_KEY");
    e.push(("AWS_ACCESS_KEY_ID", id.into()));
    e.push(("AWS_SECRET_ACCESS_KEY", secret.into()));
    let tmp = tempfile::tempdir().unwrap();
    let out = discover(tmp.path(), &["-o", "estate"], &e);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("warning: us-east-1: no permission rds:DescribeDBClusters"),
        "{err}"
    );
    assert!(
        err.contains("warning: us-east-1: no permission dynamodb:ListTables"),
        "{err}"
    );
    let text = std::fs::read_to_string(tmp.path().join("estate/inventory.yaml")).unwrap();
    assert!(text.contains("# warning: us-east-1: no permission rds:DescribeDBClusters"));
    let p = profile(&tmp.path().join("estate"), "orders");
    assert_eq!(p.workload.cpu_utilization_pct, Some(dec("12")));
    assert!(!all_text(&tmp.path().join("estate")).contains(secret));

    // CloudWatch refused too: the sources are still written, without utilisation, and say why.
    let denied = cloudwatch::start(
        shape,
        cloudwatch::Options {
            deny: true,
            ..Default::default()
        },
    );
    let mut e2 = e.clone();
    e2.retain(|(k, _)| *k != "AWS_ENDPOINT_URL_CLOUDWATCH");
    e2.push(("AWS_ENDPOINT_URL_CLOUDWATCH", denied.url.clone()));
    let out = discover(tmp.path(), &["-o", "estate2"], &e2);
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(0), "{err}");
    assert!(
        err.contains("no permission cloudwatch:GetMetricData"),
        "{err}"
    );
    let p = profile(&tmp.path().join("estate2"), "orders");
    assert_eq!(p.workload.cpu_utilization_pct, None);
    assert!(
        p.warnings
            .iter()
            .any(|w| w.area == "workload" && w.message.contains("cloudwatch:GetMetricData")),
        "{:?}",
        p.warnings
    );
}

#[test]
fn without_credentials_it_exits_3_and_writes_nothing() {
    let tmp = tempfile::tempdir().unwrap();
    let out = discover(
        tmp.path(),
        &["-o", "estate", "--region", "eu-west-1"],
        &[("AWS_ENDPOINT_URL", "http://127.0.0.1:9".into())],
    );
    let err = stderr(&out);
    assert_eq!(out.status.code(), Some(3), "{err}");
    assert!(err.contains("no AWS credentials were found"), "{err}");
    assert!(!tmp.path().join("estate").exists());
    let left: Vec<_> = std::fs::read_dir(tmp.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name())
        .collect();
    assert!(left.is_empty(), "{left:?}");

    // No region either: bad input, exit 2, nothing written.
    let out = discover(tmp.path(), &["-o", "estate"], &[]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert!(stderr(&out).contains("--region"), "{}", stderr(&out));
    assert!(!tmp.path().join("estate").exists());
}
