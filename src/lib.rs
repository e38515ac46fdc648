//! dbassay: assess a database for migration to Databricks Lakebase.
//!
//! The pipeline, one module per stage: [`profile`] (what the source is) → [`rubric`] (findings)
//! → [`score`] (compatibility, tier, effort, migration path) and [`cost`] (source against the
//! sized target, priced by [`pricing`]) → [`assessment::Assessment`] → [`report`] renderers.
//! [`diff`] compares two assessments for CI and [`history`] keeps a trend of runs.
//! [`discover`] inventories a cloud account into profiles and a [`fleet`] inventory.
//! The library does no terminal I/O; the `dbassay` binary (`src/main.rs`, `src/cli/`) owns
//! arguments, files, the terminal and exit codes.

pub mod assessment;
pub mod cost;
pub mod data;
pub mod diff;
pub mod discover;
pub mod engine;
pub mod error;
pub mod fleet;
pub mod history;
pub mod introspect;
pub mod net;
pub mod pipeline;
pub mod pricing;
pub mod profile;
pub mod range;
pub mod rehearse;
pub mod report;
pub mod rubric;
pub mod score;
pub mod source;
pub mod time;

pub use error::Error;
