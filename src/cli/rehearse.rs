//! `dbassay rehearse`: assess the source, replay its schema on the scratch server, report.

use std::path::{Path, PathBuf};

use super::args::{AssessFormat, CommonArgs, ConnectArgs, RehearseArgs};
use super::{emit, live_profile, toolkit};
use dbassay::assessment::Assessment;
use dbassay::engine::Family;
use dbassay::error::Error;
use dbassay::introspect::SourceUrl;
use dbassay::pipeline::AssessOptions;
use dbassay::pricing::PriceBook;
use dbassay::rehearse::{self, render, Rehearsal};
use dbassay::report::DocFormat;

pub(crate) fn run(args: RehearseArgs) -> Result<(), Error> {
    let common = CommonArgs {
        config: args.config.clone(),
        rubrics: args.rubrics.clone(),
        ..CommonArgs::default()
    };
    let keep_dir = args
        .output
        .as_deref()
        .and_then(Path::parent)
        .filter(|p| !p.as_os_str().is_empty())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| PathBuf::from("."));
    let (rehearsal, _) = rehearse_source(
        &args.source,
        &args.scratch,
        &args.engine,
        &args.connect,
        &common,
        Tools {
            keep: args.keep,
            keep_dir,
            pg_dump: args.pg_dump.clone(),
            pgloader: args.pgloader.clone(),
        },
    )?;
    let text = match args.format {
        AssessFormat::Json => render::json(&rehearsal),
        AssessFormat::Table => render::table(&rehearsal),
        AssessFormat::Md => render::document(
            &rehearsal,
            DocFormat::Markdown,
            args.template_dir.as_deref(),
            dbassay::time::today(),
        )?,
        AssessFormat::Html => render::document(
            &rehearsal,
            DocFormat::Html,
            args.template_dir.as_deref(),
            dbassay::time::today(),
        )?,
    };
    emit(&text, args.output.as_deref())?;
    if rehearsal.clean() {
        Ok(())
    } else {
        Err(Error::Gate(format!("rehearsal: {}", rehearsal.summary)))
    }
}

/// Where the rehearsal's tools are and what to keep.
pub(crate) struct Tools {
    pub(crate) keep: bool,
    pub(crate) keep_dir: PathBuf,
    pub(crate) pg_dump: Option<PathBuf>,
    pub(crate) pgloader: Option<PathBuf>,
}

/// Introspects and assesses the source (offline prices: only the findings matter here), then
/// rehearses it on the scratch server.
pub(crate) fn rehearse_source(
    source: &str,
    scratch: &str,
    engine: &str,
    connect: &ConnectArgs,
    common: &CommonArgs,
    tools: Tools,
) -> Result<(Rehearsal, Assessment), Error> {
    let source_url = SourceUrl::parse(source)?;
    let scratch_url = SourceUrl::parse(scratch).map_err(|e| match e {
        Error::Input { detail, .. } => Error::input("--scratch URL", detail),
        other => other,
    })?;
    if scratch_url.family() != Some(Family::Postgres) {
        return Err(Error::input(
            format!("--scratch {}", scratch_url.masked()),
            "the scratch server is PostgreSQL: give a postgresql:// URL (a local server or a \
             Lakebase branch)",
        ));
    }
    let family = source_url.family();
    if !matches!(family, Some(Family::Postgres | Family::Mysql)) {
        return Err(Error::input(
            format!("--source {}", source_url.masked()),
            "rehearsal reads postgresql:// sources (through pg_dump) and mysql:// sources \
             (through pgloader)",
        ));
    }
    // A missing or unusable pg_dump is said before anything is read.
    if family == Some(Family::Postgres) {
        rehearse::postgres::find_pg_dump(tools.pg_dump.as_deref())?;
    }
    let kit = toolkit(common)?;
    let profile = live_profile(source, engine, connect, Some(&kit.catalog))?;
    let book = PriceBook::offline(&kit.catalog, None);
    let options = AssessOptions {
        engine: Some(engine.to_string()),
        ..AssessOptions::default()
    };
    let assessment = kit.assess(profile, &options, &book)?;
    let opts = rehearse::Options {
        source: source_url,
        scratch: scratch_url,
        keep: tools.keep,
        keep_dir: tools.keep_dir,
        pg_dump: tools.pg_dump,
        pgloader: tools.pgloader,
        connect_timeout: connect.connect_timeout,
        lakebase_extensions: kit.catalog.target.extensions.clone(),
    };
    // The compatibility findings and the path's prerequisites (wal_level, superusers…): a
    // rehearsal proves both.
    let to_prove: Vec<_> = assessment
        .compatibility
        .findings
        .iter()
        .chain(&assessment.migration_path.prerequisite_findings)
        .cloned()
        .collect();
    eprintln!(
        "rehearsing on {} ({} findings to prove)",
        opts.scratch.masked(),
        to_prove.len()
    );
    let rehearsal = match family {
        Some(Family::Mysql) => rehearse::mysql::rehearse(&opts, &assessment)?,
        _ => rehearse::postgres::rehearse(&opts, &to_prove)?,
    };
    Ok((rehearsal, assessment))
}
