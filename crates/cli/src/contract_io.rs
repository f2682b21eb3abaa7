//! `parallax annotate` and `parallax cluster`: JSON Lines in, JSON Lines out, one output line
//! per input line in input order, bad lines included (with a diagnostic).

use crate::PipelineArgs;
use anyhow::{Context, Result};
use parallax_model::contract::{AnnotateOutput, ClusterOutput, DiagnosticOut, InputRecord};
use parallax_model::{Diagnostic, Level, Origin};
use rayon::prelude::*;
use std::io::{BufRead, BufReader, BufWriter, Write};
use std::path::PathBuf;

/// Lines annotated in parallel at a time.
const CHUNK: usize = 512;

/// One input line: its number and either a record or why it is not one.
type Line = (usize, Result<InputRecord, String>);

pub fn annotate(
    input: Option<PathBuf>,
    output: Option<PathBuf>,
    args: &PipelineArgs,
) -> Result<bool> {
    let pipeline = args.build()?;
    let mut input = Lines::open(&input)?;
    let name = input.name.clone();
    let mut writer = open_output(&output)?;
    let mut all_ok = true;
    loop {
        let chunk = input.next_chunk(CHUNK)?;
        if chunk.is_empty() {
            break;
        }
        let outputs: Vec<AnnotateOutput> = chunk
            .into_par_iter()
            .map(|(n, line)| match line {
                Ok(record) => parallax_pipeline::annotate_record_with(
                    &pipeline,
                    &record,
                    Origin::record(name.clone(), n),
                ),
                Err(why) => AnnotateOutput::failed(
                    format!("line-{n}"),
                    &[Diagnostic::error(why).at(Origin::record(name.clone(), n))],
                ),
            })
            .collect();
        for out in outputs {
            all_ok &= !out.diagnostics.iter().any(|d| d.level == Level::Error);
            serde_json::to_writer(&mut writer, &out)?;
            writer.write_all(b"\n")?;
        }
    }
    writer.flush()?;
    Ok(all_ok)
}

pub fn cluster(
    input: Option<PathBuf>,
    output: Option<PathBuf>,
    args: &PipelineArgs,
) -> Result<bool> {
    let pipeline = args.build()?;
    let mut input = Lines::open(&input)?;
    let name = input.name.clone();
    let lines = input.next_chunk(usize::MAX)?;
    let records: Vec<InputRecord> =
        lines.iter().filter_map(|(_, l)| l.as_ref().ok().cloned()).collect();
    let mut clustered = parallax_pipeline::cluster_records_with(&pipeline, &records).into_iter();
    let mut writer = open_output(&output)?;
    let mut all_ok = true;
    for (n, line) in lines {
        let out = match line {
            Ok(_) => clustered.next().context("clustering lost a record")?,
            Err(why) => {
                all_ok = false;
                let diag = Diagnostic::error(why).at(Origin::record(name.clone(), n));
                ClusterOutput {
                    id: format!("line-{n}"),
                    story: None,
                    duplicate_of: None,
                    diagnostics: vec![DiagnosticOut::from(&diag)],
                }
            }
        };
        serde_json::to_writer(&mut writer, &out)?;
        writer.write_all(b"\n")?;
    }
    writer.flush()?;
    Ok(all_ok)
}

fn open_output(output: &Option<PathBuf>) -> Result<Box<dyn Write>> {
    Ok(match output {
        Some(path) => {
            let file = std::fs::File::create(path)
                .with_context(|| format!("cannot write {}", path.display()))?;
            Box::new(BufWriter::new(file))
        }
        None => Box::new(BufWriter::new(std::io::stdout())),
    })
}

/// The input's lines, numbered from 1 across chunks, each parsed as an input record.
struct Lines {
    reader: Box<dyn BufRead>,
    /// The file's name, or `<stdin>`, for diagnostics.
    name: String,
    /// The number of the last line read.
    line: usize,
}

impl Lines {
    fn open(input: &Option<PathBuf>) -> Result<Lines> {
        let (reader, name): (Box<dyn BufRead>, String) = match input {
            Some(path) => {
                let reader = parallax_ingest::open_input(path)
                    .with_context(|| format!("cannot read {}", path.display()))?;
                (Box::new(BufReader::with_capacity(1 << 16, reader)), path.display().to_string())
            }
            None => (Box::new(BufReader::new(std::io::stdin())), "<stdin>".to_string()),
        };
        Ok(Lines { reader, name, line: 0 })
    }

    /// Reads up to `max` non-blank lines.
    fn next_chunk(&mut self, max: usize) -> Result<Vec<Line>> {
        let mut out = Vec::new();
        let mut buf = Vec::new();
        while out.len() < max {
            buf.clear();
            let read = self.reader.read_until(b'\n', &mut buf);
            self.line += 1;
            match read {
                Ok(0) => break,
                Ok(_) => {}
                Err(e) => {
                    out.push((
                        self.line,
                        Err(format!("input ends in the middle of the data: {e}")),
                    ));
                    break;
                }
            }
            if buf.iter().all(u8::is_ascii_whitespace) {
                continue;
            }
            let parsed = std::str::from_utf8(&buf)
                .map_err(|e| format!("not valid UTF-8 at byte {}", e.valid_up_to()))
                .and_then(|s| {
                    serde_json::from_str::<InputRecord>(s)
                        .map_err(|e| format!("malformed JSON record: {e}"))
                });
            out.push((self.line, parsed));
        }
        Ok(out)
    }
}
