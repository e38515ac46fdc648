//! One assessment, end to end: profile → findings → scores → cost → Assessment.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// A compiled rubric and the notes from applying the user config to it.
type CompiledRubric = (ResolvedRubric, Vec<String>);

use crate::assessment::{
    Assessment, ObjectCount, SourceSummary, TargetSummary, ASSESSMENT_VERSION,
};
use crate::cost::sizing::{self, SizingOverrides};
use crate::engine::{Catalog, Engine};
use crate::error::Error;
use crate::pricing::PriceBook;
use crate::profile::Profile;
use crate::rubric::config::UserConfig;
use crate::rubric::{eval, ResolvedRubric, RubricSet};

/// Engines, target and rubrics, loaded and validated once, with compiled rubrics cached per
/// engine (so assessing many profiles compiles each rubric once).
pub struct Toolkit {
    pub catalog: Catalog,
    pub rubrics: RubricSet,
    pub config: UserConfig,
    compiled: Mutex<HashMap<String, Arc<CompiledRubric>>>,
}

/// Per-run choices from the command line.
#[derive(Debug, Clone, Default)]
pub struct AssessOptions {
    /// Engine id, or `None` / `auto` for the profile's own.
    pub engine: Option<String>,
    pub sizing: SizingOverrides,
}

impl Toolkit {
    pub fn new(catalog: Catalog, rubrics: RubricSet, config: UserConfig) -> Self {
        Toolkit {
            catalog,
            rubrics,
            config,
            compiled: Mutex::new(HashMap::new()),
        }
    }

    /// Bundled engines and rubrics, default config.
    pub fn bundled() -> Result<Self, Error> {
        let catalog = Catalog::bundled()?;
        let rubrics = RubricSet::bundled(&catalog.target)?;
        Ok(Self::new(catalog, rubrics, UserConfig::default()))
    }

    fn rubric_for(&self, engine: &Engine) -> Result<Arc<CompiledRubric>, Error> {
        let mut cache = self.compiled.lock().unwrap_or_else(|e| e.into_inner());
        if let Some(r) = cache.get(&engine.rubric) {
            return Ok(r.clone());
        }
        let resolved = Arc::new(self.rubrics.resolve(
            &engine.rubric,
            &self.catalog.target,
            &self.config,
        )?);
        cache.insert(engine.rubric.clone(), resolved.clone());
        Ok(resolved)
    }

    /// Assesses one profile.
    pub fn assess(
        &self,
        mut profile: Profile,
        options: &AssessOptions,
        book: &PriceBook,
    ) -> Result<Assessment, Error> {
        let engine_id = match options.engine.as_deref() {
            None | Some("auto") => profile.engine.clone(),
            Some(id) => id.to_string(),
        };
        let engine = self.catalog.engine(&engine_id)?;
        profile.engine = engine.id.clone();
        let target = &self.catalog.target;

        let mut assumptions = sizing::apply_defaults(&mut profile, engine, &options.sizing);
        let rubric = self.rubric_for(engine)?;
        let (resolved, config_notes) = (&rubric.0, &rubric.1);
        let root = eval::profile_value(&profile, engine.family);
        let findings = eval::run(&resolved.checks, &root, &resolved.id);
        let compatibility =
            crate::score::compatibility(findings, &resolved.id, resolved.checks.len());
        let migration_path = crate::score::migration_path(&profile, engine.family);

        let sized = sizing::size_target(&profile, engine, target, options.sizing.target_cu);
        assumptions.push(format!(
            "{} hours in a month; prices in {}.",
            crate::cost::quantity::HOURS_PER_MONTH,
            engine.pricing.currency
        ));
        for (name, fact) in &target.assumptions {
            assumptions.push(format!(
                "{}: {} ({}).",
                name,
                fact.description
                    .as_deref()
                    .unwrap_or(&fact.value.to_string()),
                fact.source
            ));
        }
        let region = profile.region.clone().unwrap_or_default();
        let target_region = target_region(&region, target);
        let (cost, price_notes) = crate::cost::estimate(
            &profile,
            engine,
            target,
            &sized.shape,
            &target_region,
            book,
            assumptions,
        );

        let mut notes: Vec<String> = profile
            .warnings
            .iter()
            .map(|w| format!("Not assessed: {} — {}", w.area, w.message))
            .collect();
        notes.extend(config_notes.iter().cloned());
        notes.extend(price_notes);

        Ok(Assessment {
            assessment_version: ASSESSMENT_VERSION,
            tool_version: env!("CARGO_PKG_VERSION").to_string(),
            source: source_summary(&profile, engine),
            target: TargetSummary {
                engine: target.id.clone(),
                name: target.name.clone(),
                postgres_version: sized.postgres_version,
                cu: sized.shape.cu,
                memory_gib: sized.memory_gib,
                computes: sized.shape.computes,
                max_connections: sized.max_connections,
                hours_per_month: sized.shape.hours_per_month,
                sizing: sized.explain,
            },
            compatibility,
            migration_path,
            cost,
            notes,
        })
    }
}

/// The Lakebase rate card is published for AWS us-east-1; other regions use it when the card has
/// no price of their own (the line then says which region's price it used).
fn target_region(source_region: &str, target: &crate::engine::Target) -> String {
    let priced = |r: &str| {
        target
            .pricing
            .rate_card
            .prices
            .iter()
            .any(|p| p.region == r)
    };
    if priced(source_region) {
        source_region.to_string()
    } else {
        target
            .pricing
            .rate_card
            .prices
            .first()
            .map_or(source_region.to_string(), |p| p.region.clone())
    }
}

fn source_summary(p: &Profile, engine: &Engine) -> SourceSummary {
    let columns: usize = p.tables.iter().map(|t| t.columns.len()).sum();
    let containers: usize = p
        .cosmos
        .iter()
        .flat_map(|c| &c.databases)
        .map(|d| d.containers.len())
        .sum();
    let counts = [
        ("tables", p.tables.len()),
        ("columns", columns),
        ("indexes", p.indexes.len()),
        ("views", p.views.len()),
        ("routines", p.routines.len()),
        ("triggers", p.triggers.len()),
        ("sequences", p.sequences.len()),
        ("extensions", p.extensions.len()),
        ("events", p.events.len()),
        ("containers", containers),
    ];
    SourceSummary {
        name: p.display_name(),
        engine: engine.id.clone(),
        engine_name: engine.name.clone(),
        family: engine.family,
        version: p.version.clone(),
        region: p.region.clone().unwrap_or_default(),
        instance_class: p.sizing.instance_class.clone(),
        vcpu: p.sizing.vcpu,
        memory_gib: p.sizing.memory_gib,
        storage_gb: p.sizing.storage_gb,
        data_size_gb: p.data_size_gb().map(|d| d.round_dp(3)),
        high_availability: p.sizing.high_availability,
        read_replicas: p.sizing.read_replicas,
        objects: counts
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|(k, n)| ObjectCount {
                kind: k.to_string(),
                count: *n as u64,
            })
            .collect(),
        detection: p.detection.clone(),
    }
}
