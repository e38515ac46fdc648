//! Scratch databases on the real PostgreSQL of the machine (127.0.0.1:5432, trust auth), for
//! the introspection tests. Override the admin connection with `DBASSAY_TEST_PG`.
//!
//! Every test makes its own database with a unique name and drops it at the end, also when the
//! test panics. Roles and tablespaces are cluster-wide: a test that creates provider marker roles
//! (`rds_superuser`…) or a tablespace holds an exclusive advisory lock for its whole run, and
//! every other test holds a shared one, so no test sees another's markers.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex};

use tokio_postgres::{Client, NoTls};

/// Advisory lock key for "cluster-wide markers": ASCII of "dbassay".
const MARKER_LOCK: i64 = 0x0064_6261_7373_6179;

pub fn admin_url() -> String {
    std::env::var("DBASSAY_TEST_PG")
        .unwrap_or_else(|_| "postgresql://postgres@127.0.0.1:5432/postgres".into())
}

/// Host and port of the server under test.
pub fn server_addr() -> String {
    super::common::host_port(&admin_url(), 5432)
}

fn url_for(db: &str) -> String {
    let u = dbassay::introspect::SourceUrl::parse(&admin_url()).unwrap();
    format!(
        "postgresql://{}@{}/{db}?sslmode=disable",
        u.user.as_deref().unwrap_or("postgres"),
        server_addr()
    )
}

/// One connection with its own runtime, for setup SQL.
pub struct Conn {
    rt: tokio::runtime::Runtime,
    client: Client,
}

impl Conn {
    pub fn open(url: &str) -> Conn {
        let rt = super::common::runtime();
        let config: tokio_postgres::Config = url.parse().expect("test URL");
        let client = rt.block_on(async {
            let (client, conn) = config
                .connect(NoTls)
                .await
                .unwrap_or_else(|e| panic!("cannot connect to the test server {url}: {e}"));
            tokio::spawn(conn);
            client
        });
        Conn { rt, client }
    }

    pub fn exec(&self, sql: &str) {
        self.rt
            .block_on(self.client.batch_execute(sql))
            .unwrap_or_else(|e| panic!("{sql}\n  failed: {e:?}"));
    }

    pub fn try_exec(&self, sql: &str) -> Result<(), tokio_postgres::Error> {
        self.rt.block_on(self.client.batch_execute(sql))
    }

    /// First column of every row, as text.
    pub fn column(&self, sql: &str) -> Vec<Option<String>> {
        self.rt
            .block_on(self.client.simple_query(sql))
            .unwrap_or_else(|e| panic!("{sql}\n  failed: {e:?}"))
            .into_iter()
            .filter_map(|m| match m {
                tokio_postgres::SimpleQueryMessage::Row(r) => Some(r.get(0).map(str::to_string)),
                _ => None,
            })
            .collect()
    }

    pub fn value(&self, sql: &str) -> String {
        self.column(sql)
            .into_iter()
            .next()
            .flatten()
            .unwrap_or_default()
    }
}

/// A lock on the cluster's marker objects, held until dropped.
pub struct ClusterLock(Conn);

impl ClusterLock {
    /// For tests that only read: no marker role appears while this is held.
    pub fn shared() -> ClusterLock {
        let c = Conn::open(&admin_url());
        c.exec(&format!("SELECT pg_advisory_lock_shared({MARKER_LOCK})"));
        ClusterLock(c)
    }

    /// For tests that create cluster-wide marker roles or tablespaces.
    pub fn exclusive() -> ClusterLock {
        let c = Conn::open(&admin_url());
        c.exec(&format!("SELECT pg_advisory_lock({MARKER_LOCK})"));
        ClusterLock(c)
    }
}

pub use super::common::unique;

/// A scratch database, dropped (with the cluster objects registered on it) when dropped.
pub struct Scratch {
    pub name: String,
    admin: Conn,
    db: Option<Conn>,
    /// Run in the scratch database before it is dropped (e.g. detach a subscription).
    cleanup_in_db: Vec<String>,
    /// Run on the admin connection after the database is dropped (roles, tablespaces).
    cleanup_cluster: Vec<String>,
}

impl Scratch {
    pub fn new(tag: &str) -> Scratch {
        let admin = Conn::open(&admin_url());
        let name = unique(tag);
        admin.exec(&format!(
            "CREATE DATABASE {name} TEMPLATE template0 ENCODING 'UTF8'"
        ));
        Scratch {
            name,
            admin,
            db: None,
            cleanup_in_db: Vec::new(),
            cleanup_cluster: Vec::new(),
        }
    }

    /// URL of the scratch database as the admin user, without TLS.
    pub fn url(&self) -> String {
        url_for(&self.name)
    }

    /// URL as another user.
    pub fn url_as(&self, user: &str) -> String {
        format!(
            "postgresql://{user}@{}/{}?sslmode=disable",
            server_addr(),
            self.name
        )
    }

    /// Runs SQL in the scratch database as the admin user.
    pub fn sql(&mut self, sql: &str) -> &mut Self {
        if self.db.is_none() {
            self.db = Some(Conn::open(&self.url()));
        }
        self.db.as_ref().unwrap().exec(sql);
        self
    }

    pub fn conn(&mut self) -> &Conn {
        if self.db.is_none() {
            self.db = Some(Conn::open(&self.url()));
        }
        self.db.as_ref().unwrap()
    }

    /// Closes the scratch connection, so its session ends (and flushes its statistics).
    pub fn close(&mut self) {
        self.db = None;
    }

    pub fn admin(&self) -> &Conn {
        &self.admin
    }

    /// Creates a cluster-wide role, dropped with the scratch database. Hold
    /// [`ClusterLock::exclusive`] when the name is a provider marker.
    pub fn role(&mut self, name: &str, attributes: &str) -> &mut Self {
        self.admin
            .exec(&format!("CREATE ROLE \"{name}\" {attributes}"));
        self.cleanup_cluster
            .push(format!("DROP ROLE IF EXISTS \"{name}\""));
        self
    }

    pub fn on_drop_in_db(&mut self, sql: &str) -> &mut Self {
        self.cleanup_in_db.push(sql.to_string());
        self
    }

    pub fn on_drop_in_cluster(&mut self, sql: &str) -> &mut Self {
        self.cleanup_cluster.push(sql.to_string());
        self
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        if let Some(db) = &self.db {
            for sql in &self.cleanup_in_db {
                let _ = db.try_exec(sql);
            }
        }
        self.db = None;
        let _ = self.admin.try_exec(&format!(
            "DROP DATABASE IF EXISTS {} WITH (FORCE)",
            self.name
        ));
        // Roles may own privileges in the dropped database only; reverse order drops members
        // before the roles they belong to.
        for sql in self.cleanup_cluster.iter().rev() {
            let _ = self.admin.try_exec(sql);
        }
    }
}

/// Frontend messages seen by a [`Proxy`]: (type byte, SQL text for Parse and Query).
pub type Seen = Arc<Mutex<Vec<(u8, String)>>>;

/// A TCP proxy in front of the server that records every statement the client sends
/// (simple `Query` and extended-protocol `Parse` messages). Clients must use
/// `sslmode=disable` so that the protocol is readable.
pub struct Proxy {
    pub port: u16,
    pub seen: Seen,
}

impl Proxy {
    pub fn start() -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let seen: Seen = Arc::default();
        let record = seen.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { return };
                let record = record.clone();
                std::thread::spawn(move || relay(client, record));
            }
        });
        Proxy { port, seen }
    }

    /// Statements (Parse and Query messages) seen so far.
    pub fn statements(&self) -> Vec<String> {
        self.seen
            .lock()
            .unwrap()
            .iter()
            .filter(|(t, _)| *t == b'P' || *t == b'Q')
            .map(|(_, sql)| sql.clone())
            .collect()
    }

    pub fn clear(&self) {
        self.seen.lock().unwrap().clear();
    }

    /// `url` (a scratch URL) pointed at the proxy.
    pub fn url(&self, url: &str) -> String {
        url.replace(&server_addr(), &format!("127.0.0.1:{}", self.port))
    }
}

fn relay(mut client: TcpStream, seen: Seen) {
    let Ok(mut server) = TcpStream::connect(server_addr()) else {
        return;
    };
    let (Ok(mut client_w), Ok(mut server_r)) = (client.try_clone(), server.try_clone()) else {
        return;
    };
    std::thread::spawn(move || {
        let _ = std::io::copy(&mut server_r, &mut client_w);
        let _ = client_w.shutdown(std::net::Shutdown::Both);
    });
    // Startup message: length, then body; no type byte.
    let mut len = [0u8; 4];
    if client.read_exact(&mut len).is_err() {
        return;
    }
    let n = u32::from_be_bytes(len) as usize;
    let mut body = vec![0u8; n.saturating_sub(4)];
    if client.read_exact(&mut body).is_err() {
        return;
    }
    if server.write_all(&len).is_err() || server.write_all(&body).is_err() {
        return;
    }
    loop {
        let mut head = [0u8; 5];
        if client.read_exact(&mut head).is_err() {
            break;
        }
        let n = u32::from_be_bytes([head[1], head[2], head[3], head[4]]) as usize;
        let mut body = vec![0u8; n.saturating_sub(4)];
        if client.read_exact(&mut body).is_err() {
            break;
        }
        let sql = match head[0] {
            // Query: the SQL. Parse: statement name, then the SQL.
            b'Q' => cstr(&body, 0),
            b'P' => {
                let name_end = body.iter().position(|b| *b == 0).unwrap_or(0);
                cstr(&body, name_end + 1)
            }
            _ => String::new(),
        };
        seen.lock().unwrap().push((head[0], sql));
        if server.write_all(&head).is_err() || server.write_all(&body).is_err() {
            break;
        }
    }
    let _ = server.shutdown(std::net::Shutdown::Both);
}

fn cstr(bytes: &[u8], from: usize) -> String {
    let rest = bytes.get(from..).unwrap_or_default();
    let end = rest.iter().position(|b| *b == 0).unwrap_or(rest.len());
    String::from_utf8_lossy(&rest[..end]).into_owned()
}

/// A fake server that asks for a cleartext password, records it, and refuses it with SQLSTATE
/// 28P01, as a server with a wrong password would.
pub struct RefusingServer {
    pub port: u16,
    pub passwords: Arc<Mutex<Vec<String>>>,
}

impl RefusingServer {
    pub fn start() -> RefusingServer {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        let passwords: Arc<Mutex<Vec<String>>> = Arc::default();
        let record = passwords.clone();
        std::thread::spawn(move || {
            for stream in listener.incoming() {
                let Ok(mut s) = stream else { return };
                let record = record.clone();
                std::thread::spawn(move || {
                    let mut len = [0u8; 4];
                    if s.read_exact(&mut len).is_err() {
                        return;
                    }
                    let mut body = vec![0u8; (u32::from_be_bytes(len) as usize).saturating_sub(4)];
                    if s.read_exact(&mut body).is_err() {
                        return;
                    }
                    // AuthenticationCleartextPassword
                    let _ = s.write_all(&[b'R', 0, 0, 0, 8, 0, 0, 0, 3]);
                    let mut head = [0u8; 5];
                    if s.read_exact(&mut head).is_err() || head[0] != b'p' {
                        return;
                    }
                    let n = u32::from_be_bytes([head[1], head[2], head[3], head[4]]) as usize;
                    let mut pw = vec![0u8; n.saturating_sub(4)];
                    if s.read_exact(&mut pw).is_err() {
                        return;
                    }
                    record.lock().unwrap().push(cstr(&pw, 0));
                    let mut fields = Vec::new();
                    for (code, text) in [
                        (b'S', "FATAL"),
                        (b'V', "FATAL"),
                        (b'C', "28P01"),
                        (b'M', "password authentication failed for user \"app\""),
                    ] {
                        fields.push(code);
                        fields.extend_from_slice(text.as_bytes());
                        fields.push(0);
                    }
                    fields.push(0);
                    let mut msg = vec![b'E'];
                    msg.extend_from_slice(&((fields.len() + 4) as u32).to_be_bytes());
                    msg.extend_from_slice(&fields);
                    let _ = s.write_all(&msg);
                });
            }
        });
        RefusingServer { port, passwords }
    }
}
