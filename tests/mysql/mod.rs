//! Scratch databases on the real MariaDB / MySQL of the machine (127.0.0.1:3306, root without a
//! password), for the introspection tests. Override the admin connection with
//! `DBASSAY_TEST_MYSQL` (a mysql:// URL).
//!
//! Every test makes its own database with a unique name and drops it at the end, also when the
//! test panics. Accounts and objects in the `mysql` schema are server-wide: a test that creates
//! provider markers (an `rdsadmin` account…) holds [`markers_exclusive`] for its whole run, and
//! every other test holds [`markers_shared`], so no test sees another's markers.
#![allow(dead_code)]

use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::sync::{Arc, Mutex, RwLock, RwLockReadGuard, RwLockWriteGuard};

use mysql_async::prelude::Queryable;

static MARKERS: RwLock<()> = RwLock::new(());

pub fn markers_shared() -> RwLockReadGuard<'static, ()> {
    MARKERS.read().unwrap_or_else(|e| e.into_inner())
}

pub fn markers_exclusive() -> RwLockWriteGuard<'static, ()> {
    MARKERS.write().unwrap_or_else(|e| e.into_inner())
}

pub fn admin_url() -> String {
    std::env::var("DBASSAY_TEST_MYSQL").unwrap_or_else(|_| "mysql://root@127.0.0.1:3306".into())
}

/// Host and port of the server under test.
pub fn server_addr() -> String {
    super::common::host_port(&admin_url(), 3306)
}

/// Loads SQL into a database with the `mariadb` client (or `mysql`), which reads the DELIMITER
/// lines sample files use; the password, if any, through MYSQL_PWD. Panics with its errors.
pub fn load(db: &str, sql: &str, what: &str) {
    use std::process::Command;
    let u = dbassay::introspect::SourceUrl::parse(&admin_url()).unwrap();
    let client = if Command::new("mariadb").arg("--version").output().is_ok() {
        "mariadb"
    } else {
        "mysql"
    };
    let mut cmd = Command::new(client);
    cmd.arg("--protocol=TCP")
        .arg(format!(
            "--host={}",
            u.host.as_deref().unwrap_or("127.0.0.1")
        ))
        .arg(format!("--port={}", u.port.unwrap_or(3306)))
        .arg(format!("--user={}", u.user.as_deref().unwrap_or("root")))
        .arg(db);
    if let Some(p) = u.password() {
        // The environment, not the process list.
        cmd.env("MYSQL_PWD", p.expose());
    }
    super::common::run_client(cmd, sql, what);
}

/// One connection with its own runtime, for setup SQL.
pub struct Conn {
    rt: tokio::runtime::Runtime,
    conn: Option<mysql_async::Conn>,
}

impl Conn {
    pub fn open(url: &str) -> Conn {
        let rt = super::common::runtime();
        let u = dbassay::introspect::SourceUrl::parse(url).unwrap();
        let opts = mysql_async::OptsBuilder::default()
            .ip_or_hostname(u.host.clone().unwrap_or_else(|| "127.0.0.1".into()))
            .tcp_port(u.port.unwrap_or(3306))
            .user(u.user.clone().or(Some("root".into())))
            .pass(u.password().map(|p| p.expose().to_string()))
            .db_name(u.database.clone())
            .prefer_socket(false);
        let conn = rt
            .block_on(mysql_async::Conn::new(opts))
            .unwrap_or_else(|e| panic!("cannot connect to the test server {url}: {e}"));
        Conn {
            rt,
            conn: Some(conn),
        }
    }

    pub fn exec(&mut self, sql: &str) {
        let conn = self.conn.as_mut().unwrap();
        self.rt
            .block_on(conn.query_drop(sql))
            .unwrap_or_else(|e| panic!("{sql}\n  failed: {e}"));
    }

    pub fn try_exec(&mut self, sql: &str) -> Result<(), mysql_async::Error> {
        let conn = self.conn.as_mut().unwrap();
        self.rt.block_on(conn.query_drop(sql))
    }

    /// First column of every row, as text.
    pub fn column(&mut self, sql: &str) -> Vec<Option<String>> {
        let conn = self.conn.as_mut().unwrap();
        let rows: Vec<mysql_async::Row> = self
            .rt
            .block_on(conn.query(sql))
            .unwrap_or_else(|e| panic!("{sql}\n  failed: {e}"));
        rows.iter()
            .map(|r| match r.as_ref(0) {
                Some(mysql_async::Value::Bytes(b)) => Some(String::from_utf8_lossy(b).into()),
                _ => None,
            })
            .collect()
    }
}

impl Drop for Conn {
    fn drop(&mut self) {
        if let Some(c) = self.conn.take() {
            let _ = self.rt.block_on(c.disconnect());
        }
    }
}

pub use super::common::unique;

/// A scratch database, dropped (with the server-wide objects registered on it) when dropped.
pub struct Scratch {
    pub name: String,
    admin: Conn,
    cleanup: Vec<String>,
}

impl Scratch {
    pub fn new(tag: &str) -> Scratch {
        let mut admin = Conn::open(&admin_url());
        let name = unique(tag);
        admin.exec(&format!(
            "CREATE DATABASE `{name}` CHARACTER SET utf8mb4 COLLATE utf8mb4_general_ci"
        ));
        Scratch {
            name,
            admin,
            cleanup: Vec::new(),
        }
    }

    /// Runs each statement in the scratch database.
    pub fn sql(&mut self, statements: &[&str]) -> &mut Self {
        self.admin.exec(&format!("USE `{}`", self.name));
        for s in statements {
            self.admin.exec(s);
        }
        self
    }

    /// Runs `sql` now (server-wide) and `undo` when the scratch database is dropped.
    pub fn server_object(&mut self, sql: &str, undo: &str) -> &mut Self {
        self.cleanup.push(undo.to_string());
        self.admin.exec(sql);
        self
    }

    pub fn admin(&mut self) -> &mut Conn {
        &mut self.admin
    }

    /// URL of the scratch database as root, without TLS (so a proxy can read the protocol).
    pub fn url(&self) -> String {
        self.url_at(&server_addr())
    }

    pub fn url_at(&self, addr: &str) -> String {
        format!("mysql://root@{addr}/{}?ssl-mode=DISABLED", self.name)
    }
}

impl Drop for Scratch {
    fn drop(&mut self) {
        for undo in std::mem::take(&mut self.cleanup) {
            let _ = self.admin.try_exec(&undo);
        }
        let _ = self
            .admin
            .try_exec(&format!("DROP DATABASE IF EXISTS `{}`", self.name));
    }
}

/// A TCP proxy in front of the server that records the text of every COM_QUERY a client sends
/// (the MySQL protocol's client packets: 3-byte length, sequence id, command byte).
pub struct Proxy {
    addr: String,
    seen: Arc<Mutex<Vec<String>>>,
}

impl Proxy {
    pub fn start() -> Proxy {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = listener.local_addr().unwrap().to_string();
        let seen = Arc::new(Mutex::new(Vec::new()));
        let log = seen.clone();
        std::thread::spawn(move || {
            for client in listener.incoming() {
                let Ok(client) = client else { return };
                let Ok(server) = TcpStream::connect(server_addr()) else {
                    continue;
                };
                let (c2, s2) = (client.try_clone().unwrap(), server.try_clone().unwrap());
                std::thread::spawn(move || copy(s2, c2));
                let log = log.clone();
                std::thread::spawn(move || client_to_server(client, server, log));
            }
        });
        Proxy { addr, seen }
    }

    pub fn addr(&self) -> &str {
        &self.addr
    }

    pub fn clear(&self) {
        self.seen.lock().unwrap().clear();
    }

    pub fn statements(&self) -> Vec<String> {
        self.seen.lock().unwrap().clone()
    }
}

fn copy(mut from: TcpStream, mut to: TcpStream) {
    let mut buf = [0u8; 16384];
    while let Ok(n) = from.read(&mut buf) {
        if n == 0 || to.write_all(&buf[..n]).is_err() {
            break;
        }
    }
    let _ = to.shutdown(std::net::Shutdown::Both);
}

fn client_to_server(mut from: TcpStream, mut to: TcpStream, log: Arc<Mutex<Vec<String>>>) {
    loop {
        let mut header = [0u8; 4];
        if from.read_exact(&mut header).is_err() {
            break;
        }
        let len = u32::from_le_bytes([header[0], header[1], header[2], 0]) as usize;
        let mut payload = vec![0u8; len];
        if from.read_exact(&mut payload).is_err() {
            break;
        }
        if header[3] == 0 && payload.first() == Some(&0x03) {
            log.lock()
                .unwrap()
                .push(String::from_utf8_lossy(&payload[1..]).into_owned());
        }
        if to.write_all(&header).is_err() || to.write_all(&payload).is_err() {
            break;
        }
    }
    let _ = to.shutdown(std::net::Shutdown::Both);
}

/// A private MariaDB instance with TLS, on a free port of 127.0.0.1, in a temporary directory,
/// for the TLS tests (the shared server has no certificate). Its certificate is issued by a test
/// CA for the name `localhost` only; `other_ca.pem` is an unrelated CA. Stopped and removed when
/// dropped.
pub struct TlsServer {
    pub port: u16,
    pub dir: tempfile::TempDir,
    child: std::process::Child,
}

impl TlsServer {
    pub fn start() -> TlsServer {
        use std::process::{Command, Stdio};
        let dir = tempfile::Builder::new()
            .prefix("dbassay-tls-")
            .tempdir()
            .unwrap();
        let d = dir.path();
        let sh = |script: &str| {
            let ok = Command::new("sh")
                .arg("-c")
                .arg(script)
                .current_dir(d)
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success());
            assert!(ok, "failed: {script}");
        };
        sh("openssl req -x509 -newkey rsa:2048 -nodes -keyout ca.key -out ca.pem -days 2 \
              -subj '/CN=dbassay test CA'
            openssl req -x509 -newkey rsa:2048 -nodes -keyout other.key -out other_ca.pem -days 2 \
              -subj '/CN=another CA'
            openssl req -newkey rsa:2048 -nodes -keyout server.key -out server.csr \
              -subj '/CN=localhost'
            printf 'subjectAltName=DNS:localhost\\nbasicConstraints=CA:FALSE\\nextendedKeyUsage=serverAuth\\n' > ext.cnf
            openssl x509 -req -in server.csr -CA ca.pem -CAkey ca.key -CAcreateserial \
              -out server.pem -days 2 -extfile ext.cnf");
        let root = running_as_root();
        if root {
            sh("chmod 755 . && chown -R mysql:mysql .");
        }
        let install = if which("mariadb-install-db") {
            "mariadb-install-db"
        } else {
            "mysql_install_db"
        };
        sh(&format!(
            "{install} --no-defaults {} --datadir={} --auth-root-authentication-method=normal \
             --skip-test-db",
            if root { "--user=mysql" } else { "" },
            d.join("data").display()
        ));
        let port = TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let server = ["/usr/sbin/mariadbd", "/usr/sbin/mysqld"]
            .into_iter()
            .find(|p| std::path::Path::new(p).exists())
            .expect("mariadbd");
        let mut cmd = Command::new(server);
        cmd.arg("--no-defaults");
        if root {
            cmd.arg("--user=mysql");
        }
        let child = cmd
            .arg(format!("--datadir={}", d.join("data").display()))
            .arg(format!("--port={port}"))
            .arg("--bind-address=127.0.0.1")
            .arg(format!("--socket={}", d.join("sock").display()))
            .arg(format!("--pid-file={}", d.join("pid").display()))
            .arg(format!("--ssl-ca={}", d.join("ca.pem").display()))
            .arg(format!("--ssl-cert={}", d.join("server.pem").display()))
            .arg(format!("--ssl-key={}", d.join("server.key").display()))
            .arg("--skip-log-bin")
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("start mariadbd");
        let s = TlsServer { port, dir, child };
        for _ in 0..100 {
            if TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return s;
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        panic!("the private MariaDB on port {port} did not start");
    }

    pub fn file(&self, name: &str) -> String {
        self.dir.path().join(name).display().to_string()
    }
}

impl Drop for TlsServer {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

fn which(program: &str) -> bool {
    std::env::var_os("PATH")
        .is_some_and(|p| std::env::split_paths(&p).any(|d| d.join(program).is_file()))
}

/// Whether the tests run as root (mariadbd then needs --user).
fn running_as_root() -> bool {
    std::process::Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}
