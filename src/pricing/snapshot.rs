//! The price snapshot bundled in the binary (`src/pricing/snapshot.json`): cache entries in the
//! cache's own format, with the date they were read. Offline and cached modes use it where no
//! cache entry exists, and live mode falls back to it when a service cannot be reached.
//!
//! Its entries are what the services' real-shaped samples (`tests/fixtures/pricing/`) read as
//! through the same parsers the live clients use — `tests/pricing_snapshot.rs` rebuilds them
//! and fails when the file drifts. Lines the snapshot does not hold are priced from the dated
//! rate cards in `engines/*.yaml`.

use serde::{Deserialize, Serialize};
use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use super::{Entry, ServiceKey};

/// The bundled snapshot's text.
pub const BUNDLED: &str = include_str!("snapshot.json");

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Snapshot {
    /// Date the snapshot's prices were read (YYYY-MM-DD).
    pub as_of: String,
    /// Where they were read.
    pub source: String,
    pub entries: Vec<Entry>,
    #[serde(skip)]
    index: HashMap<ServiceKey, Arc<Entry>>,
}

impl Snapshot {
    pub fn parse(text: &str) -> Result<Snapshot, String> {
        let mut s: Snapshot =
            serde_json::from_str(text).map_err(|e| format!("price snapshot: {e}"))?;
        s.index = s
            .entries
            .iter()
            .map(|e| (e.key.clone(), Arc::new(e.clone())))
            .collect();
        Ok(s)
    }

    pub fn get(&self, key: &ServiceKey) -> Option<Arc<Entry>> {
        self.index.get(key).cloned()
    }
}

/// The bundled snapshot, parsed once.
pub fn bundled() -> &'static Snapshot {
    static SNAPSHOT: OnceLock<Snapshot> = OnceLock::new();
    SNAPSHOT.get_or_init(|| Snapshot::parse(BUNDLED).expect("the bundled price snapshot parses"))
}
