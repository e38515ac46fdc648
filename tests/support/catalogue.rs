//! Local AWS and Azure price services that hold a small catalogue and filter it as the real
//! services do (AWS `TERM_MATCH` on product attributes, Azure OData `eq`), including the records
//! AWS lists once per database engine at different prices (Aurora storage, I/O, backup and
//! Serverless v2; RDS Multi-AZ gp3 storage). Every identifier is a test identifier.
#![allow(dead_code)]

use serde_json::Value;

use crate::http::{Req, Resp, Server};
use crate::prices::{aws_filters, aws_page, aws_product, azure_item, azure_page, AWS_JSON};

/// Aurora prices per engine, distinct so a test can tell which record priced a line.
pub const AURORA_MYSQL_STORAGE: &str = "0.101";
pub const AURORA_MYSQL_IO: &str = "0.00000021";
pub const AURORA_MYSQL_BACKUP: &str = "0.0211";
pub const RDS_POSTGRESQL_MULTI_AZ_GP3: &str = "0.2301";

/// One AWS product: its `PriceList` document and the attributes the service filters on.
struct Product {
    doc: String,
    attributes: Vec<(String, String)>,
}

fn product(sku: &str, family: &str, attrs: &[(&str, &str)], unit: &str, usd: &str) -> Product {
    let mut attributes: Vec<(String, String)> = attrs
        .iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
    attributes.push(("productFamily".into(), family.into()));
    attributes.push(("regionCode".into(), "us-east-1".into()));
    let mut with_region = attrs.to_vec();
    with_region.push(("regionCode", "us-east-1"));
    Product {
        doc: aws_product(sku, family, &with_region, unit, usd),
        attributes,
    }
}

fn aws_catalogue() -> Vec<Product> {
    let mut out = Vec::new();
    let per_engine = [
        (
            "AMY",
            "Aurora MySQL",
            ["0.101", "0.00000021", "0.0211", "0.1201"],
        ),
        (
            "APG",
            "Aurora PostgreSQL",
            ["0.102", "0.00000022", "0.0212", "0.1202"],
        ),
    ];
    for (code, engine, [storage, io, backup, acu]) in per_engine {
        out.push(product(
            &format!("TESTSTORAGE{code}"),
            "Database Storage",
            &[
                ("databaseEngine", engine),
                ("usagetype", "Aurora:StorageUsage"),
            ],
            "GB-Mo",
            storage,
        ));
        out.push(product(
            &format!("TESTIO{code}"),
            "System Operation",
            &[
                ("databaseEngine", engine),
                ("usagetype", "Aurora:StorageIOUsage"),
            ],
            "IOs",
            io,
        ));
        out.push(product(
            &format!("TESTBACKUP{code}"),
            "Storage Snapshot",
            &[
                ("databaseEngine", engine),
                ("usagetype", "Aurora:BackupUsage"),
            ],
            "GB-Mo",
            backup,
        ));
        out.push(product(
            &format!("TESTACU{code}"),
            "ServerlessV2",
            &[
                ("databaseEngine", engine),
                ("usagetype", "Aurora:ServerlessV2Usage"),
            ],
            "ACU-Hr",
            acu,
        ));
    }
    // RDS gp3 storage: Single-AZ once for `Any` engine, Multi-AZ once per engine.
    out.push(product(
        "TESTGP3SINGLE",
        "Database Storage",
        &[
            ("databaseEngine", "Any"),
            ("volumeType", "General Purpose-GP3"),
            ("deploymentOption", "Single-AZ"),
            ("usagetype", "RDS:GP3-Storage"),
        ],
        "GB-Mo",
        "0.1151",
    ));
    for (code, engine, price) in [
        ("PG", "PostgreSQL", RDS_POSTGRESQL_MULTI_AZ_GP3),
        ("MY", "MySQL", "0.2302"),
        ("MA", "MariaDB", "0.2303"),
    ] {
        out.push(product(
            &format!("TESTGP3MULTI{code}"),
            "Database Storage",
            &[
                ("databaseEngine", engine),
                ("volumeType", "General Purpose-GP3"),
                ("deploymentOption", "Multi-AZ"),
                ("usagetype", "RDS:Multi-AZ-GP3-Storage"),
            ],
            "GB-Mo",
            price,
        ));
    }
    for (engine, price) in [("Any", "0.0951"), ("MySQL", "0.0953")] {
        out.push(product(
            &format!("TESTRDSBACKUP{}", engine.to_uppercase()),
            "Storage Snapshot",
            &[
                ("databaseEngine", engine),
                ("usagetype", "RDS:ChargedBackupUsage"),
            ],
            "GB-Mo",
            price,
        ));
    }
    for (engine, class, usage, price) in [
        (
            "PostgreSQL",
            "db.r6g.xlarge",
            "Multi-AZUsage:db.r6g.xlarge",
            "0.9001",
        ),
        (
            "MySQL",
            "db.m6g.large",
            "Multi-AZUsage:db.m6g.large",
            "0.3041",
        ),
        (
            "Aurora PostgreSQL",
            "db.r6g.2xlarge",
            "InstanceUsage:db.r6g.2xlarge",
            "1.0391",
        ),
    ] {
        let deployment = if usage.starts_with("Multi") {
            "Multi-AZ"
        } else {
            "Single-AZ"
        };
        out.push(product(
            &format!("TESTINSTANCE{}", class.replace('.', "").to_uppercase()),
            "Database Instance",
            &[
                ("databaseEngine", engine),
                ("instanceType", class),
                ("deploymentOption", deployment),
                ("usagetype", usage),
            ],
            "Hrs",
            price,
        ));
    }
    out
}

/// The AWS Price List service over [`aws_catalogue`]: every `TERM_MATCH` filter must equal the
/// product's attribute, ignoring case, as at AWS.
pub fn aws_service() -> impl Fn(&Req, usize) -> Resp + Send + Sync {
    let catalogue = aws_catalogue();
    move |req: &Req, _| {
        let filters = aws_filters(&req.body);
        let list: Vec<String> = catalogue
            .iter()
            .filter(|p| {
                filters.iter().all(|(f, v)| {
                    p.attributes
                        .iter()
                        .any(|(k, a)| k == f && a.eq_ignore_ascii_case(v))
                })
            })
            .map(|p| p.doc.clone())
            .collect();
        Resp::json(200, AWS_JSON, aws_page(&list, None))
    }
}

fn azure_catalogue() -> Vec<Value> {
    let pg = "Azure Database for PostgreSQL";
    let my = "Azure Database for MySQL";
    vec![
        azure_item(
            pg,
            "Azure Database for PostgreSQL Flexible Server Burstable BS Series Compute",
            "B2ms",
            "B2ms",
            "1 Hour",
            0.1370,
            "eastus",
        ),
        azure_item(
            pg,
            "Az DB for PostgreSQL Flexible Server Storage",
            "Storage",
            "Storage Data Stored",
            "1 GB/Month",
            0.1160,
            "eastus",
        ),
        azure_item(
            pg,
            "Azure Database for PostgreSQL Flexible Server Backup Storage",
            "Backup Storage LRS",
            "Backup Storage LRS Data Stored",
            "1 GB/Month",
            0.0960,
            "eastus",
        ),
        azure_item(
            my,
            "Azure Database for MySQL Flexible Server General Purpose Ddsv4 Series Compute",
            "8 vCore",
            "vCore",
            "1 Hour",
            0.5500,
            "eastus",
        ),
        azure_item(
            my,
            "Azure Database for MySQL Flexible Server Storage",
            "Storage",
            "Storage Data Stored",
            "1 GB/Month",
            0.1170,
            "eastus",
        ),
        azure_item(
            my,
            "Azure Database for MySQL Flexible Server Backup Storage",
            "Backup Storage LRS",
            "Backup Storage LRS Data Stored",
            "1 GB/Month",
            0.0970,
            "eastus",
        ),
        azure_item(
            "Azure Cosmos DB",
            "Azure Cosmos DB",
            "RUs",
            "100 RU/s",
            "1 Hour",
            0.0081,
            "eastus",
        ),
        azure_item(
            "Azure Cosmos DB",
            "Azure Cosmos DB",
            "Standard",
            "Data Stored",
            "1 GB/Month",
            0.2510,
            "eastus",
        ),
    ]
}

/// `field eq 'value'` clauses of an OData filter.
fn odata_equals(filter: &str) -> Vec<(String, String)> {
    filter
        .split(" and ")
        .filter_map(|clause| {
            let (field, value) = clause.split_once(" eq ")?;
            let value = value.trim().strip_prefix('\'')?.strip_suffix('\'')?;
            Some((field.trim().to_string(), value.replace("''", "'")))
        })
        .collect()
}

/// The Azure Retail Prices service over [`azure_catalogue`]: every `eq` clause must equal the
/// item's field exactly (`priceType` is the item's `type`), as at Azure.
pub fn azure_service(req: &Req, _: usize) -> Resp {
    let clauses = odata_equals(&req.query("$filter").unwrap_or_default());
    let items: Vec<Value> = azure_catalogue()
        .into_iter()
        .filter(|item| {
            clauses.iter().all(|(f, v)| {
                let field = if f == "priceType" { "type" } else { f.as_str() };
                item[field].as_str() == Some(v.as_str())
            })
        })
        .collect();
    Resp::json(200, "application/json", azure_page(&items, None))
}

/// One local server answering both: AWS at `/`, Azure at `/api/retail/prices`.
pub fn start() -> Server {
    let aws = aws_service();
    Server::start(move |req: &Req, n| {
        if req.target.starts_with("/api/retail/prices") {
            azure_service(req, n)
        } else {
            aws(req, n)
        }
    })
}
