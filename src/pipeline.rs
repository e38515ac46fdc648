//! One assessment, end to end: profile → findings → scores → cost → Assessment.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};

/// A compiled rubric and the notes from applying the user config to it.
type CompiledRubric = (ResolvedRubric, Vec<String>);

use crate::assessment::{
    Assessment, ObjectCount, SizingSummary, SourceSummary, TargetSummary, ASSESSMENT_VERSION,
};
use crate::cost::sizing::{self, SizingOverrides};
use crate::engine::{Catalog, Engine};
use crate::error::Error;
use crate::pricing::PriceBook;
use crate::profile::Profile;
use crate::rubric::config::UserConfig;
use crate::rubric::model::CheckKind;
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
        profile.derive_case_insensitive_columns();
        // The server's and the service's own accounts are not the application's: no check sees
        // them.
        profile.roles.retain(|r| !resolved.is_builtin_role(&r.name));
        // Objects they own stay visible, marked, so a check can ask for --no-owner.
        for owner in &mut profile.object_owners {
            owner.builtin |= resolved.is_builtin_role(&owner.name);
        }
        let root = eval::profile_value(&profile, engine.family);
        let (prerequisites, findings): (Vec<_>, Vec<_>) =
            eval::run(&resolved.checks, &root, &resolved.id)
                .into_iter()
                .partition(|f| f.kind == CheckKind::Prerequisite);
        let compatibility =
            crate::score::compatibility(findings, &resolved.id, resolved.checks.len());
        let migration_path = crate::score::migration_path(&profile, engine.family, prerequisites);

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
        assumptions.push(format!(
            "vcpu_per_cu: {} vCPU per CU, a dbassay heuristic: {}.",
            target.capacity.vcpu_per_cu, target.capacity.vcpu_per_cu_source
        ));
        let region = profile.region.clone().unwrap_or_default();
        let placed = crate::cost::region::place(&region, &engine.vendor, target);
        let (cost, price_notes) = crate::cost::estimate(
            &profile,
            engine,
            target,
            &sized.shape(target),
            &placed.price_region,
            book,
            assumptions,
        );
        let plans = std::iter::once(&sized.as_is).chain(sized.performance.as_ref());
        let sizings: Vec<SizingSummary> = plans
            .map(|plan| SizingSummary {
                basis: plan.basis,
                min_cu: plan.min_cu,
                max_cu: plan.max_cu,
                average_cu: plan.average_cu,
                cu_hours: plan.cu_hours,
                monthly: crate::cost::target_range(&cost, target, &plan.cu_hours),
                explain: plan.explain.clone(),
            })
            .collect();
        let headline = sized.headline();
        let mut cost = cost;
        cost.target_range = crate::cost::target_range(&cost, target, &headline.cu_hours);
        let mut sizing_text = sized.explain.clone();
        sizing_text.extend(placed.notes.iter().cloned());

        let mut notes: Vec<String> = profile
            .warnings
            .iter()
            .map(|w| format!("Not assessed: {} — {}", w.area, w.message))
            .collect();
        notes.extend(profile.unknown_uses());
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
                cu: headline.max_cu,
                memory_gib: headline.max_cu * target.capacity.memory_gib_per_cu,
                computes: 1 + sized.ha_secondaries + sized.read_replicas,
                max_connections: sized.max_connections,
                hours_per_month: headline.primary_hours,
                basis: headline.basis,
                min_cu: headline.min_cu,
                average_cu: headline.average_cu,
                ha_secondaries: sized.ha_secondaries,
                read_replicas: sized.read_replicas,
                sizings,
                confidence: sized.confidence.clone(),
                comfort_factor: target.rules.comfort_factor,
                vcpu_per_cu: target.capacity.vcpu_per_cu,
                vcpu_per_cu_source: target.capacity.vcpu_per_cu_source.clone(),
                region: placed,
                scale_to_zero_timeout_minutes: sized
                    .scale_to_zero_counted
                    .then_some(target.rules.scale_to_zero_timeout_minutes),
                sizing: sizing_text,
            },
            compatibility,
            migration_path,
            cost,
            notes,
            rehearsal: None,
        })
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
