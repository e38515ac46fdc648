//! DynamoDB introspection through the AWS SDK: against the moto emulator (seeded through the
//! SDK with a GSI, an LSI, a stream, TTL, PITR, on-demand and provisioned billing and a
//! single-table design), and against a local server speaking DynamoDB's JSON 1.0 wire format for
//! what moto cannot produce (throttling, a denied table, global-table replicas, a table deleted
//! mid-read). Every request is counted.

mod common;
#[path = "support/http.rs"]
mod http;
#[path = "support/moto.rs"]
mod moto;

use std::process::{Command, Output};
use std::time::Instant;

use aws_sdk_dynamodb::types::{
    AttributeDefinition, AttributeValue, BillingMode, GlobalSecondaryIndex, KeySchemaElement,
    KeyType, LocalSecondaryIndex, PointInTimeRecoverySpecification, Projection, ProjectionType,
    ProvisionedThroughput, ScalarAttributeType, StreamSpecification, StreamViewType,
    TimeToLiveSpecification,
};
use serde_json::{json, Value};

use http::{Req, Resp, Server};
use moto::Moto;

fn dbassay(args: &[&str], env: &[(&str, String)]) -> Output {
    let home = tempfile::tempdir().unwrap();
    let mut c = Command::new(env!("CARGO_BIN_EXE_dbassay"));
    c.args(args)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", home.path())
        .env("DBASSAY_CACHE_DIR", home.path())
        .env("AWS_CONFIG_FILE", home.path().join("no-config"))
        .env(
            "AWS_SHARED_CREDENTIALS_FILE",
            home.path().join("no-credentials"),
        )
        .env("AWS_EC2_METADATA_DISABLED", "true");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn text(o: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&o.stdout),
        String::from_utf8_lossy(&o.stderr)
    )
}

/// The request count the CLI reports (`…; N queries in M ms`).
fn queries(o: &Output) -> u32 {
    let err = String::from_utf8_lossy(&o.stderr);
    let line = err
        .lines()
        .find(|l| l.starts_with("introspected"))
        .unwrap_or_else(|| panic!("no summary line: {err}"));
    let before = line.split(" queries in ").next().unwrap();
    before.rsplit(' ').next().unwrap().parse().unwrap()
}

fn sdk(endpoint: &str) -> (tokio::runtime::Runtime, aws_sdk_dynamodb::Client) {
    let rt = common::runtime();
    let conf = aws_sdk_dynamodb::Config::builder()
        .behavior_version(aws_sdk_dynamodb::config::BehaviorVersion::latest())
        .region(aws_sdk_dynamodb::config::Region::new("us-east-1"))
        .endpoint_url(endpoint)
        .credentials_provider(aws_sdk_dynamodb::config::Credentials::new(
            "testing", "testing", None, None, "test",
        ))
        .http_client(dbassay::net::aws_http_client())
        .build();
    (rt, aws_sdk_dynamodb::Client::from_conf(conf))
}

fn attr(name: &str, t: ScalarAttributeType) -> AttributeDefinition {
    AttributeDefinition::builder()
        .attribute_name(name)
        .attribute_type(t)
        .build()
        .unwrap()
}

fn key(name: &str, k: KeyType) -> KeySchemaElement {
    KeySchemaElement::builder()
        .attribute_name(name)
        .key_type(k)
        .build()
        .unwrap()
}

fn s(v: &str) -> AttributeValue {
    AttributeValue::S(v.into())
}

/// An on-demand table keyed by the string `id`.
async fn on_demand_table(c: &aws_sdk_dynamodb::Client, name: &str) {
    c.create_table()
        .table_name(name)
        .billing_mode(BillingMode::PayPerRequest)
        .attribute_definitions(attr("id", ScalarAttributeType::S))
        .key_schema(key("id", KeyType::Hash))
        .send()
        .await
        .unwrap();
}

async fn enable_ttl(c: &aws_sdk_dynamodb::Client, table: &str, attribute: &str) {
    c.update_time_to_live()
        .table_name(table)
        .time_to_live_specification(
            TimeToLiveSpecification::builder()
                .enabled(true)
                .attribute_name(attribute)
                .build()
                .unwrap(),
        )
        .send()
        .await
        .unwrap();
}

/// An estate: `orders` (provisioned, single-table design, GSI, LSI, stream, TTL, PITR) and
/// `sessions` (on demand, TTL).
fn seed(endpoint: &str, prefix: &str) {
    let (rt, c) = sdk(endpoint);
    rt.block_on(async {
        let throughput = |r, w| {
            ProvisionedThroughput::builder()
                .read_capacity_units(r)
                .write_capacity_units(w)
                .build()
                .unwrap()
        };
        let orders = format!("{prefix}orders");
        c.create_table()
            .table_name(&orders)
            .billing_mode(BillingMode::Provisioned)
            .provisioned_throughput(throughput(10, 5))
            .attribute_definitions(attr("pk", ScalarAttributeType::S))
            .attribute_definitions(attr("sk", ScalarAttributeType::S))
            .attribute_definitions(attr("gsi1pk", ScalarAttributeType::S))
            .attribute_definitions(attr("created", ScalarAttributeType::N))
            .key_schema(key("pk", KeyType::Hash))
            .key_schema(key("sk", KeyType::Range))
            .global_secondary_indexes(
                GlobalSecondaryIndex::builder()
                    .index_name("by-status")
                    .key_schema(key("gsi1pk", KeyType::Hash))
                    .projection(
                        Projection::builder()
                            .projection_type(ProjectionType::All)
                            .build(),
                    )
                    .provisioned_throughput(throughput(4, 2))
                    .build()
                    .unwrap(),
            )
            .local_secondary_indexes(
                LocalSecondaryIndex::builder()
                    .index_name("by-created")
                    .key_schema(key("pk", KeyType::Hash))
                    .key_schema(key("created", KeyType::Range))
                    .projection(
                        Projection::builder()
                            .projection_type(ProjectionType::KeysOnly)
                            .build(),
                    )
                    .build()
                    .unwrap(),
            )
            .stream_specification(
                StreamSpecification::builder()
                    .stream_enabled(true)
                    .stream_view_type(StreamViewType::NewAndOldImages)
                    .build()
                    .unwrap(),
            )
            .send()
            .await
            .unwrap();
        enable_ttl(&c, &orders, "expires_at").await;
        c.update_continuous_backups()
            .table_name(&orders)
            .point_in_time_recovery_specification(
                PointInTimeRecoverySpecification::builder()
                    .point_in_time_recovery_enabled(true)
                    .build()
                    .unwrap(),
            )
            .send()
            .await
            .unwrap();
        for i in 0..6 {
            let mut put = c
                .put_item()
                .table_name(&orders)
                .item("pk", s(&format!("CUSTOMER#{}", i % 2)));
            put = if i % 3 == 0 {
                put.item("sk", s(&format!("PROFILE#{i}")))
                    .item("email", s("a@example.com"))
            } else {
                put.item("sk", s(&format!("ORDER#{i}")))
                    .item("gsi1pk", s("OPEN"))
                    .item(
                        "total",
                        AttributeValue::N("12345678901234567890123.5".into()),
                    )
                    .item(
                        "tags",
                        AttributeValue::Ss(vec!["gift".into(), "express".into()]),
                    )
                    .item(
                        "address",
                        AttributeValue::M([("city".to_string(), s("Oslo"))].into_iter().collect()),
                    )
            };
            put.send().await.unwrap();
        }
        let sessions = format!("{prefix}sessions");
        on_demand_table(&c, &sessions).await;
        enable_ttl(&c, &sessions, "ttl").await;
        c.put_item()
            .table_name(&sessions)
            .item("id", s("s1"))
            .item("blob", AttributeValue::B(vec![1u8, 2, 3].into()))
            .send()
            .await
            .unwrap();
    });
}

/// `assess --source dynamodb://us-east-1 --format json --pricing offline`, parsed; panics with
/// the output of a failed run.
fn assess(env: &[(&str, String)]) -> Value {
    let out = dbassay(
        &[
            "assess",
            "--source",
            "dynamodb://us-east-1",
            "--format",
            "json",
            "--pricing",
            "offline",
        ],
        env,
    );
    assert!(out.status.success(), "{}", text(&out));
    serde_json::from_slice(&out.stdout).unwrap()
}

fn moto_env(m: &Moto) -> Vec<(&'static str, String)> {
    let mut env = m.env();
    env.push(("AWS_ENDPOINT_URL_DYNAMODB", m.endpoint.clone()));
    env
}

#[test]
fn an_estate_on_moto_is_introspected_and_assessed() {
    let Some(m) = Moto::start() else { return };
    seed(&m.endpoint, "");
    let env = moto_env(&m);

    let out = dbassay(&["introspect", "dynamodb://us-east-1"], &env);
    assert!(out.status.success(), "{}", text(&out));
    // One ListTables, then DescribeTable, DescribeContinuousBackups, DescribeTimeToLive and one
    // Scan per table.
    assert_eq!(queries(&out), 1 + 4 * 2, "{}", text(&out));
    let p: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(p["engine"], "dynamodb");
    let tables = p["dynamodb"]["tables"].as_array().unwrap();
    let orders = &tables[0];
    assert_eq!(orders["name"], "orders");
    assert_eq!(orders["billing_mode"], "provisioned");
    assert_eq!(orders["read_capacity_units"], 10);
    assert_eq!(orders["global_indexes"][0]["name"], "by-status");
    assert_eq!(orders["global_indexes"][0]["read_capacity_units"], 4);
    assert_eq!(orders["local_indexes"][0]["sort_key"]["type"], "number");
    assert_eq!(orders["stream"], "NEW_AND_OLD_IMAGES");
    assert_eq!(orders["ttl_attribute"], "expires_at");
    assert_eq!(orders["point_in_time_recovery"], true);
    assert_eq!(orders["single_table_design"], true);
    let shape = &orders["shape"];
    assert_eq!(shape["sampled_documents"], 6);
    assert_eq!(shape["max_number_digits"], 24);
    let kinds: Vec<&str> = shape["entities"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["name"].as_str().unwrap())
        .collect();
    assert_eq!(kinds, ["ORDER", "PROFILE"]);
    let path = |p: &str| {
        shape["paths"]
            .as_array()
            .unwrap()
            .iter()
            .find(|x| x["path"] == p)
            .unwrap_or_else(|| panic!("no {p} in {shape}"))
            .clone()
    };
    assert_eq!(path("/tags")["types"], json!(["string_set"]));
    assert_eq!(path("/address/city")["types"], json!(["string"]));
    let sessions = &tables[1];
    assert_eq!(sessions["billing_mode"], "on_demand");
    assert_eq!(sessions["ttl_attribute"], "ttl");
    assert!(sessions.get("read_capacity_units").is_none());
    assert_eq!(sessions["shape"]["paths"][0]["types"], json!(["binary"]));

    let a = assess(&env);
    let findings = a["compatibility"]["findings"].as_array().unwrap();
    let objects = |id: &str| -> String {
        findings
            .iter()
            .filter(|f| f["id"] == id)
            .map(|f| f.to_string())
            .collect()
    };
    assert!(objects("ddb-global-secondary-index").contains("orders.by-status"));
    assert!(objects("ddb-local-secondary-index").contains("orders.by-created"));
    assert!(objects("ddb-stream").contains("NEW_AND_OLD_IMAGES"));
    assert!(objects("ddb-ttl").contains("expires_at"));
    assert!(objects("ddb-single-table-design").contains("orders"));
    assert!(objects("ddb-sets").contains("/tags"));
    let priced: Vec<&Value> = a["cost"]["lines"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|l| l["side"] == "source" && l["monthly"].is_string())
        .collect();
    assert!(
        priced.len() >= 2,
        "priced source lines: {:#?}",
        a["cost"]["lines"]
    );
    assert!(priced.iter().all(|l| l["price"]["service"]
        .as_str()
        .unwrap()
        .contains("AmazonDynamoDB")));
    let rcu = priced.iter().find(|l| l["id"] == "read_capacity").unwrap();
    // 10 RCU on the table and 4 on its GSI, 730 h.
    assert_eq!(rcu["quantity"], "10220");
    let target = &a["target"];
    assert!(
        target["cu"].is_string() || target["cu"].is_number(),
        "{target:#}"
    );
    assert!(target.to_string().contains("RCU/s"), "{target:#}");
}

#[test]
fn calls_per_table_are_fixed_and_a_hundred_tables_are_timed() {
    let Some(m) = Moto::start() else { return };
    let (rt, c) = sdk(&m.endpoint);
    rt.block_on(async {
        for i in 0..100 {
            let name = format!("t{i:03}");
            on_demand_table(&c, &name).await;
            c.put_item()
                .table_name(&name)
                .item("id", s("a"))
                .send()
                .await
                .unwrap();
        }
    });
    let env = moto_env(&m);
    let started = Instant::now();
    let out = dbassay(&["introspect", "dynamodb://us-east-1"], &env);
    let elapsed = started.elapsed();
    assert!(out.status.success(), "{}", text(&out));
    let p: Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(p["dynamodb"]["tables"].as_array().unwrap().len(), 100);
    // Four calls per table and ListTables pages of 100 (a second, empty page when DynamoDB
    // cannot tell the first held the last table).
    let listing = queries(&out) - 4 * 100;
    assert!((1..=2).contains(&listing), "{} queries", queries(&out));
    eprintln!(
        "100 tables on moto: {} requests, {} ms ({} per table)",
        queries(&out),
        elapsed.as_millis(),
        elapsed.as_millis() / 100
    );

    // Named tables skip ListTables; `--sample 0` skips the Scan.
    let out = dbassay(
        &[
            "introspect",
            "dynamodb://us-east-1?tables=t001,t002",
            "--sample",
            "0",
        ],
        &env,
    );
    assert!(out.status.success(), "{}", text(&out));
    assert_eq!(queries(&out), 3 * 2);
    let out = dbassay(
        &["introspect", "dynamodb://us-east-1?tables=t001,nope"],
        &env,
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("no table `nope`"), "{}", text(&out));
}

#[test]
fn no_credentials_and_an_empty_region_are_clear_errors() {
    let Some(m) = Moto::start() else { return };
    let out = dbassay(
        &["introspect", "dynamodb://us-east-1"],
        &[("AWS_ENDPOINT_URL_DYNAMODB", m.endpoint.clone())],
    );
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(text(&out).contains("no AWS credentials"), "{}", text(&out));

    let out = dbassay(&["introspect", "dynamodb://eu-west-1"], &moto_env(&m));
    assert_eq!(out.status.code(), Some(2), "{}", text(&out));
    assert!(
        text(&out).contains("no DynamoDB tables in region eu-west-1"),
        "{}",
        text(&out)
    );

    let out = dbassay(
        &["introspect", "dynamodb://key:secret@us-east-1"],
        &moto_env(&m),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(!text(&out).contains("secret"), "{}", text(&out));
}

/// An error answer of the DynamoDB JSON protocol.
fn ddb_error(status: u16, code: &str, msg: &str) -> Resp {
    Resp::json(
        status,
        "application/x-amz-json-1.0",
        json!({"__type": format!("com.amazonaws.dynamodb.v20120810#{code}"), "message": msg})
            .to_string(),
    )
}

/// Credentials and the endpoint of a [`wire_server`].
fn wire_env(server: &Server) -> Vec<(&'static str, String)> {
    vec![
        ("AWS_ENDPOINT_URL_DYNAMODB", server.url.clone()),
        ("AWS_ACCESS_KEY_ID", "testing".to_string()),
        ("AWS_SECRET_ACCESS_KEY", "testing".to_string()),
    ]
}

/// A DynamoDB endpoint of our own: JSON 1.0 (`X-Amz-Target: DynamoDB_20120810.<Op>`), answering
/// what moto cannot: one throttled ListTables, a table the credentials may not describe,
/// a global table with replicas, a table deleted between ListTables and DescribeTable, and a
/// Scan that reports the capacity it consumed.
fn wire_server() -> Server {
    Server::start(|req: &Req, n: usize| {
        let op = req
            .header("x-amz-target")
            .and_then(|t| t.strip_prefix("DynamoDB_20120810."))
            .unwrap_or("")
            .to_string();
        let body: Value = serde_json::from_str(&req.body).unwrap_or(Value::Null);
        let table = body["TableName"].as_str().unwrap_or("").to_string();
        let ok = |v: Value| Resp::json(200, "application/x-amz-json-1.0", v.to_string());
        match (op.as_str(), table.as_str()) {
            ("ListTables", _) if n == 0 => ddb_error(400, "ThrottlingException", "Rate exceeded"),
            ("ListTables", _) => ok(json!({"TableNames": ["denied", "gone", "world"]})),
            (_, "denied") => ddb_error(
                400,
                "AccessDeniedException",
                "User is not authorized to perform: dynamodb:DescribeTable",
            ),
            (_, "gone") => ddb_error(
                400,
                "ResourceNotFoundException",
                "Requested resource not found",
            ),
            ("DescribeTable", "world") => ok(json!({"Table": {
                "TableName": "world",
                "TableArn": "arn:aws:dynamodb:us-east-1:123456789012:table/world",
                "AttributeDefinitions": [{"AttributeName": "id", "AttributeType": "S"}],
                "KeySchema": [{"AttributeName": "id", "KeyType": "HASH"}],
                "BillingModeSummary": {"BillingMode": "PAY_PER_REQUEST"},
                "ProvisionedThroughput": {"ReadCapacityUnits": 0, "WriteCapacityUnits": 0},
                "TableSizeBytes": 40960000, "ItemCount": 10000,
                "TableClassSummary": {"TableClass": "STANDARD_INFREQUENT_ACCESS"},
                "SSEDescription": {"Status": "ENABLED", "SSEType": "KMS",
                    "KMSMasterKeyArn": "arn:aws:kms:us-east-1:123456789012:key/abc"},
                "Replicas": [{"RegionName": "us-east-1"}, {"RegionName": "eu-west-1"},
                             {"RegionName": "ap-southeast-2"}],
                "DeletionProtectionEnabled": true
            }})),
            ("DescribeContinuousBackups", _) => ok(json!({"ContinuousBackupsDescription": {
                "ContinuousBackupsStatus": "ENABLED",
                "PointInTimeRecoveryDescription": {"PointInTimeRecoveryStatus": "DISABLED"}}})),
            ("DescribeTimeToLive", _) => {
                ok(json!({"TimeToLiveDescription": {"TimeToLiveStatus": "DISABLED"}}))
            }
            ("Scan", _) => {
                let limit = body["Limit"].as_u64().unwrap_or(0) as usize;
                let items: Vec<Value> = (0..limit.min(3))
                    .map(|i| json!({"id": {"S": format!("k{i}")}, "n": {"N": "1"}}))
                    .collect();
                ok(
                    json!({"Items": items, "Count": items.len(), "ScannedCount": items.len(),
                    "ConsumedCapacity": {"TableName": table, "CapacityUnits": 0.5}}),
                )
            }
            _ => ddb_error(400, "ValidationException", &format!("unexpected {op}")),
        }
    })
}

#[test]
fn throttling_a_denied_table_replicas_and_a_table_deleted_mid_read() {
    let server = wire_server();
    let env = wire_env(&server);
    let out = dbassay(
        &["introspect", "dynamodb://us-east-1", "--sample-rcu", "10"],
        &env,
    );
    assert!(out.status.success(), "{}", text(&out));
    let err = String::from_utf8_lossy(&out.stderr);
    let p: Value = serde_json::from_slice(&out.stdout).unwrap();
    let tables = p["dynamodb"]["tables"].as_array().unwrap();
    assert_eq!(tables.len(), 1, "{p:#}");
    let world = &tables[0];
    assert_eq!(
        world["replica_regions"],
        json!(["eu-west-1", "ap-southeast-2"])
    );
    assert_eq!(world["table_class"], "standard_infrequent_access");
    assert_eq!(world["encryption"], "customer_managed");
    assert_eq!(world["deletion_protection"], true);
    assert_eq!(world["billing_mode"], "on_demand");
    // The denied table is left out with a warning; so is the one deleted mid-read.
    assert!(
        err.contains("table denied") && err.contains("not authorized"),
        "{err}"
    );
    assert!(err.contains("gone was deleted while it was read"), "{err}");
    // Requests: ListTables throttled then retried (2), `denied` 1, `gone` 1, `world` 4.
    let sent = server.requests();
    assert_eq!(sent.len(), 8, "{sent:#?}");
    assert_eq!(queries(&out), 8);
    // The sample stays within --sample-rcu 10: items of 4,096 bytes on average, 20 of them.
    let scan = sent
        .iter()
        .find(|r| r.header("x-amz-target") == Some("DynamoDB_20120810.Scan"))
        .unwrap();
    let body: Value = serde_json::from_str(&scan.body).unwrap();
    assert_eq!(body["Limit"], 20);
    assert_eq!(body["ReturnConsumedCapacity"], "TOTAL");
    assert!(sent.iter().all(|r| {
        let op = r.header("x-amz-target").unwrap_or("");
        [
            "ListTables",
            "DescribeTable",
            "DescribeContinuousBackups",
            "DescribeTimeToLive",
            "Scan",
        ]
        .iter()
        .any(|ok| op.ends_with(ok))
    }));

    // The global table is a blocker in the assessment.
    let a = assess(&env);
    assert!(a["compatibility"]["findings"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f["id"] == "ddb-global-table" && f["severity"] == "blocker"));
}

#[test]
fn throttled_past_the_retries_ends_the_run_with_exit_3() {
    let server = Server::start(|_req: &Req, _n: usize| {
        ddb_error(400, "ThrottlingException", "Rate exceeded")
    });
    let env = wire_env(&server);
    let out = dbassay(&["introspect", "dynamodb://us-east-1"], &env);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out));
    assert!(
        text(&out).contains("still throttled after 5 attempts"),
        "{}",
        text(&out)
    );
    assert_eq!(server.count(), 5);
}
