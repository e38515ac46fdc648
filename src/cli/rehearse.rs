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

/// Rehearses a source already assessed (`assess --rehearse-on`), with the tools on PATH.
pub(crate) fn prove(
    source: &str,
    scratch: &str,
    connect: &ConnectArgs,
    kit: &dbassay::pipeline::Toolkit,
    assessment: &Assessment,
) -> Result<Rehearsal, Error> {
    let (source_url, scratch_url, family) = urls(source, scratch)?;
    let opts = rehearse::Options {
        source: source_url,
        scratch: scratch_url,
        keep: false,
        keep_dir: PathBuf::from("."),
        pg_dump: None,
        pgloader: None,
        connect_timeout: connect.connect_timeout,
        lakebase_extensions: kit.catalog.target.extensions.clone(),
    };
    match family {
        Family::Mysql => rehearse::mysql::rehearse(&opts, assessment),
        _ => rehearse::postgres::rehearse(&opts, &rehearse::findings_to_prove(assessment)),
    }
}

/// Parses and checks the two URLs: a PostgreSQL or MySQL source, a PostgreSQL scratch server.
fn urls(source: &str, scratch: &str) -> Result<(SourceUrl, SourceUrl, Family), Error> {
    let source_url = SourceUrl::parse(source)?;
    let scratch_url = SourceUrl::parse(scratch).map_err(|e| match e {
        Error::Input { detail, .. } => Error::input("--scratch URL", detail),
        other => other,
    })?;
    if scratch_url.family() != Some(Family::Postgres) {
        return Err(Error::input(
            format!("scratch {}", scratch_url.masked()),
            "the scratch server is PostgreSQL: give a postgresql:// URL (a local server or a \
             Lakebase branch)",
        ));
    }
    match source_url.family() {
        Some(f @ (Family::Postgres | Family::Mysql)) => Ok((source_url, scratch_url, f)),
        _ => Err(Error::input(
            format!("--source {}", source_url.masked()),
            "rehearsal reads postgresql:// sources (through pg_dump) and mysql:// sources \
             (through pgloader)",
        )),
    }
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
    let (source_url, scratch_url, family) = urls(source, scratch)?;
    // A missing or unusable pg_dump or pgloader is said before anything is read.
    match family {
        Family::Postgres => {
            rehearse::postgres::find_pg_dump(tools.pg_dump.as_deref())?;
        }
        _ => {
            rehearse::mysql::find_pgloader(tools.pgloader.as_deref())?;
        }
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
    let to_prove = rehearse::findings_to_prove(&assessment);
    eprintln!(
        "rehearsing on {} ({} findings to prove)",
        opts.scratch.masked(),
        to_prove.len()
    );
    let rehearsal = match family {
        Family::Mysql => rehearse::mysql::rehearse(&opts, &assessment)?,
        _ => rehearse::postgres::rehearse(&opts, &to_prove)?,
    };
    Ok((rehearsal, assessment))
}
