//! Project tasks that are not part of the product: evaluation against `../shared/data`,
//! data generation and tidy checks. Run as `cargo xtask <task>`.

mod eval;
mod train;

use anyhow::Result;
use clap::{Parser, Subcommand};
use std::path::PathBuf;

#[derive(Parser)]
#[command(name = "xtask", about = "parallax project tasks")]
struct Cli {
    #[command(subcommand)]
    task: Task,
}

#[derive(Subcommand)]
enum Task {
    /// Score parallax on the annotated data in ../shared/data and write eval/reports/.
    Eval {
        /// Which evaluation: time, clusters, or all.
        which: String,
        /// The shared folder (default: ../shared beside the project).
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
        /// Where reports go.
        #[arg(long, default_value = "eval/reports")]
        out: PathBuf,
    },
    /// Train a model from ../shared/data and write its weights into the repository.
    Train {
        /// Which model: ner.
        which: String,
        #[arg(long, default_value = "../shared")]
        shared: PathBuf,
    },
}

fn main() -> Result<()> {
    let cli = Cli::parse();
    match cli.task {
        Task::Eval { which, shared, out } => eval::run(&which, &shared, &out),
        Task::Train { which, shared } => train::run(&which, &shared),
    }
}
