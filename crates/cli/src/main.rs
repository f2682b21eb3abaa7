//! The `parallax` command: `analyze` folders into a store and a story report; `annotate` and
//! `cluster` speak the JSON contract; `report` prints the stories of a store.

mod analyze;
mod contract_io;
mod serve;

use anyhow::{Context, Result};
use clap::{Args, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;
use std::process::ExitCode;

#[derive(Parser)]
#[command(
    name = "parallax",
    version = parallax_pipeline::VERSION,
    about = "Multi-source news analysis: stories, who said what, where sources agree and differ"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// Only print results and errors (no progress bar, no info logs).
    #[arg(long, short, global = true)]
    quiet: bool,
    /// Log format on standard error.
    #[arg(long, global = true, value_enum, default_value_t = LogFormat::Text)]
    log_format: LogFormat,
}

#[derive(Clone, Copy, ValueEnum)]
enum LogFormat {
    Text,
    Json,
}

#[derive(Clone, Copy, ValueEnum, PartialEq, Eq)]
pub enum ReportFormat {
    Text,
    Markdown,
    Json,
}

/// Settings shared by every command that runs the pipeline.
#[derive(Args, Clone)]
pub struct PipelineArgs {
    /// A table of extra outlets (the outlets.tsv format: name, aliases, domains, dateline
    /// codes, kind, country), consulted before the built-in table.
    #[arg(long)]
    outlets: Option<PathBuf>,
    /// The date year-less datelines are resolved against (YYYY-MM-DD; default today).
    #[arg(long)]
    reference_date: Option<chrono::NaiveDate>,
}

impl PipelineArgs {
    pub fn build(&self) -> Result<parallax_pipeline::Pipeline> {
        Ok(self.config()?.build())
    }

    /// The pipeline's settings, for a caller that builds the pipeline itself.
    pub fn config(&self) -> Result<parallax_pipeline::PipelineConfig> {
        let extra_outlets = match &self.outlets {
            Some(path) => {
                let tsv = std::fs::read_to_string(path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                let table = parallax_kb::Outlets::parse(&tsv)
                    .map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
                Some(table)
            }
            None => None,
        };
        Ok(parallax_pipeline::PipelineConfig { reference_date: self.reference_date, extra_outlets })
    }
}

#[derive(Subcommand)]
enum Command {
    /// Read files and folders (text, JSON Lines, HTML, WARC, RSS/Atom; gzip too), analyse
    /// them, keep the results in the store and print the story report.
    Analyze {
        /// Files or folders to read.
        #[arg(required = true)]
        paths: Vec<PathBuf>,
        /// The store (default: the user's data folder, parallax/parallax.db).
        #[arg(long)]
        db: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
        /// Documents analysed and stored per transaction: a run killed midway loses at most
        /// this many, and a re-run adds them.
        #[arg(long, default_value_t = 256, value_parser = clap::value_parser!(u32).range(1..))]
        batch_size: u32,
        #[command(flatten)]
        pipeline: PipelineArgs,
    },
    /// Annotate contract input records (JSON Lines) and write one output line per input line.
    Annotate {
        /// Input file (default: standard input).
        #[arg(long, short)]
        input: Option<PathBuf>,
        /// Output file (default: standard output).
        #[arg(long, short)]
        output: Option<PathBuf>,
        #[command(flatten)]
        pipeline: PipelineArgs,
    },
    /// Assign contract input records to stories, in publication order, as a stream would.
    Cluster {
        #[arg(long, short)]
        input: Option<PathBuf>,
        #[arg(long, short)]
        output: Option<PathBuf>,
        #[command(flatten)]
        pipeline: PipelineArgs,
    },
    /// Serve a store over HTTP: the JSON API under /api/ (OpenAPI at /api/openapi.json) and
    /// the web pages (stories, search, articles, entities).
    Serve {
        #[arg(long)]
        db: Option<PathBuf>,
        /// Address and port to listen on; port 0 picks a free one.
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: std::net::SocketAddr,
        /// The bearer token `POST /api/articles` requires; without one, uploads are refused.
        #[arg(long, env = "PARALLAX_TOKEN", hide_env_values = true)]
        token: Option<String>,
        /// The largest request body accepted, in bytes.
        #[arg(long, default_value_t = parallax_serve::DEFAULT_MAX_BODY_BYTES)]
        max_body_bytes: usize,
        #[command(flatten)]
        pipeline: PipelineArgs,
    },
    /// Print the report of every story in a store.
    Report {
        #[arg(long)]
        db: Option<PathBuf>,
        #[arg(long, value_enum, default_value_t = ReportFormat::Text)]
        format: ReportFormat,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    init_logs(cli.quiet, cli.log_format);
    let outcome = match cli.command {
        Command::Analyze { paths, db, format, batch_size, pipeline } => {
            let run =
                analyze::Run { db, format, batch_size: batch_size as usize, quiet: cli.quiet };
            analyze::run(&paths, &run, &pipeline)
        }
        Command::Annotate { input, output, pipeline } => {
            contract_io::annotate(input, output, &pipeline)
        }
        Command::Cluster { input, output, pipeline } => {
            contract_io::cluster(input, output, &pipeline)
        }
        Command::Report { db, format } => analyze::report_only(db, format),
        Command::Serve { db, listen, token, max_body_bytes, pipeline } => {
            serve::run(serve::Options { db, listen, token, max_body_bytes }, &pipeline)
        }
    };
    match outcome {
        Ok(true) => ExitCode::SUCCESS,
        Ok(false) => ExitCode::from(1),
        Err(e) => {
            eprintln!("parallax: {e:#}");
            ExitCode::from(2)
        }
    }
}

fn init_logs(quiet: bool, format: LogFormat) {
    let default = if quiet { "error" } else { "warn,parallax=info" };
    let filter = tracing_subscriber::EnvFilter::try_from_env("PARALLAX_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new(default));
    let builder = tracing_subscriber::fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match format {
        LogFormat::Text => builder.without_time().with_target(false).init(),
        LogFormat::Json => builder.json().init(),
    }
}
