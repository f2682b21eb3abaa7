//! `parallax serve`: the store over HTTP, until Ctrl-C.

use crate::PipelineArgs;
use anyhow::{Context, Result};
use parallax_serve::ServeConfig;
use std::io::Write;
use std::net::SocketAddr;
use std::path::PathBuf;

pub struct Options {
    pub db: Option<PathBuf>,
    pub listen: SocketAddr,
    pub token: Option<String>,
    pub max_body_bytes: usize,
}

pub fn run(options: Options, args: &PipelineArgs) -> Result<bool> {
    let db = crate::analyze::open_store(options.db)?;
    let config = ServeConfig {
        db: db.0.clone(),
        token: options.token,
        max_body_bytes: options.max_body_bytes,
        pipeline: args.config()?,
    };
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .context("cannot start the server's runtime")?;
    runtime.block_on(async {
        let listener = parallax_serve::bind(options.listen).await?;
        let address = listener.local_addr()?;
        // The first line of output names the address, for scripts and tests that start the
        // server on port 0.
        let mut stdout = std::io::stdout().lock();
        writeln!(stdout, "parallax: serving {} at http://{address}/", db.0.display())?;
        stdout.flush()?;
        drop(stdout);
        parallax_serve::serve_on(config, listener).await?;
        anyhow::Ok(())
    })?;
    Ok(true)
}
