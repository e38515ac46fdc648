//! `dbassay prices refresh|show|export`.
