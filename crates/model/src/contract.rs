//! The JSON interface of `parallax annotate` and `parallax cluster` (version 1).
//!
//! Offsets here are Unicode code points into the input `text`; everything inside the engine
//! uses byte [`Span`]s, converted by [`OffsetMap`] only in this module.

use crate::annotation::{AnnotatedDocument, QuoteKind, TimexType};
use crate::diagnostic::{Diagnostic, Level};
use crate::offsets::OffsetMap;
use crate::span::Span;
use serde::{Deserialize, Serialize};

/// One input line: a document and whatever metadata the caller knows.
#[derive(Clone, Debug, Default, PartialEq, Deserialize, Serialize)]
pub struct InputRecord {
    #[serde(default)]
    pub id: Option<String>,
    pub text: String,
    #[serde(default)]
    pub title: Option<String>,
    #[serde(default)]
    pub published: Option<String>,
    #[serde(default)]
    pub outlet: Option<String>,
    #[serde(default)]
    pub url: Option<String>,
}

/// A code-point range.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Range {
    pub start: usize,
    pub end: usize,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub label: String,
    pub entity: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EntityRowOut {
    pub id: String,
    pub name: String,
    pub label: String,
    pub kb: Option<String>,
    pub aliases: Vec<String>,
    pub roles: Vec<String>,
}

impl From<&EntityRowOut> for crate::annotation::EntityRow {
    fn from(row: &EntityRowOut) -> crate::annotation::EntityRow {
        crate::annotation::EntityRow {
            name: row.name.clone(),
            label: row.label.clone(),
            kb: row.kb.clone(),
            aliases: row.aliases.clone(),
            roles: row.roles.clone(),
        }
    }
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpeakerOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub entity: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct CueOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct QuoteOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: QuoteKind,
    pub speaker: Option<SpeakerOut>,
    pub cue: Option<CueOut>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TimexOut {
    pub start: usize,
    pub end: usize,
    pub text: String,
    #[serde(rename = "type")]
    pub kind: TimexType,
    pub value: String,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct EventOut {
    pub start: usize,
    pub end: usize,
    pub code: String,
    pub mode: Option<String>,
    pub factuality: crate::annotation::Factuality,
    pub actor: Option<String>,
    pub target: Option<String>,
    pub source: Option<String>,
    pub date: Option<String>,
    pub place: Option<String>,
}

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DiagnosticOut {
    pub level: Level,
    pub message: String,
}

impl From<&Diagnostic> for DiagnosticOut {
    fn from(d: &Diagnostic) -> DiagnosticOut {
        let message = match &d.origin {
            Some(origin) => format!("{origin}: {}", d.message),
            None => d.message.clone(),
        };
        DiagnosticOut { level: d.level, message }
    }
}

/// One output line of `parallax annotate`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AnnotateOutput {
    pub id: String,
    pub language: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub title: Option<String>,
    pub authors: Vec<String>,
    pub body: Vec<Range>,
    pub sentences: Vec<Range>,
    pub entities: Vec<EntityOut>,
    pub entity_table: Vec<EntityRowOut>,
    pub quotes: Vec<QuoteOut>,
    pub timexes: Vec<TimexOut>,
    pub events: Vec<EventOut>,
    pub diagnostics: Vec<DiagnosticOut>,
    /// Extension: how the publication date was found (`given`, `year-from-weekday`, ...).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub published_how: Option<String>,
    /// Extension: how the outlet was recognised.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outlet_how: Option<String>,
}

impl AnnotateOutput {
    /// The line for a document that could not be analysed: empty arrays and the reason.
    pub fn failed(id: String, diagnostics: &[Diagnostic]) -> AnnotateOutput {
        AnnotateOutput {
            id,
            language: None,
            outlet: None,
            published: None,
            title: None,
            authors: Vec::new(),
            body: Vec::new(),
            sentences: Vec::new(),
            entities: Vec::new(),
            entity_table: Vec::new(),
            quotes: Vec::new(),
            timexes: Vec::new(),
            events: Vec::new(),
            diagnostics: diagnostics.iter().map(DiagnosticOut::from).collect(),
            published_how: None,
            outlet_how: None,
        }
    }

    /// Converts an annotated document to its contract form.
    pub fn from_annotated(doc: &AnnotatedDocument) -> AnnotateOutput {
        let text = &doc.doc.text;
        let map = OffsetMap::new(text);
        let conv = Converter { map: &map };
        let ann = &doc.annotations;
        let entity_id = |i: usize| format!("E{}", i + 1);
        AnnotateOutput {
            id: doc.doc.id.clone(),
            language: doc.doc.language.clone(),
            outlet: doc.doc.outlet.as_ref().map(|o| o.value.clone()),
            published: doc.doc.published.as_ref().map(|p| p.value.iso()),
            title: doc.doc.title.as_ref().map(|t| t.value.clone()),
            authors: doc.doc.authors.clone(),
            body: doc.doc.body.iter().map(|s| conv.range(*s)).collect(),
            sentences: doc.analysis.sentences.iter().map(|s| conv.range(*s)).collect(),
            entities: ann
                .entities
                .iter()
                .map(|m| {
                    let r = conv.range(m.span);
                    EntityOut {
                        start: r.start,
                        end: r.end,
                        text: m.span.of(text).to_string(),
                        label: m.label.to_string(),
                        entity: entity_id(m.entity),
                    }
                })
                .collect(),
            entity_table: ann
                .entity_table
                .iter()
                .enumerate()
                .map(|(i, row)| EntityRowOut {
                    id: entity_id(i),
                    name: row.name.clone(),
                    label: row.label.clone(),
                    kb: row.kb.clone(),
                    aliases: row.aliases.clone(),
                    roles: row.roles.clone(),
                })
                .collect(),
            quotes: ann
                .quotes
                .iter()
                .map(|q| {
                    let r = conv.range(q.content);
                    QuoteOut {
                        start: r.start,
                        end: r.end,
                        text: q.content.of(text).to_string(),
                        kind: q.kind,
                        speaker: q.speaker.as_ref().map(|s| {
                            let r = conv.range(s.span);
                            SpeakerOut {
                                start: r.start,
                                end: r.end,
                                text: s.span.of(text).to_string(),
                                entity: s.entity.map(entity_id),
                            }
                        }),
                        cue: q.cue.map(|c| {
                            let r = conv.range(c);
                            CueOut { start: r.start, end: r.end, text: c.of(text).to_string() }
                        }),
                    }
                })
                .collect(),
            timexes: ann
                .timexes
                .iter()
                .map(|t| {
                    let r = conv.range(t.span);
                    TimexOut {
                        start: r.start,
                        end: r.end,
                        text: t.span.of(text).to_string(),
                        kind: t.kind,
                        value: t.value.clone(),
                    }
                })
                .collect(),
            events: ann
                .events
                .iter()
                .map(|e| {
                    let r = conv.range(e.span);
                    EventOut {
                        start: r.start,
                        end: r.end,
                        code: e.code.to_string(),
                        mode: e.mode.map(str::to_string),
                        factuality: e.factuality,
                        actor: e.actor.map(entity_id),
                        target: e.target.map(entity_id),
                        source: e.source.map(entity_id),
                        date: e.date.clone(),
                        place: e.place.map(entity_id),
                    }
                })
                .collect(),
            diagnostics: doc.doc.diagnostics.iter().map(DiagnosticOut::from).collect(),
            published_how: doc.doc.published.as_ref().map(|p| {
                serde_json::to_value(&p.how)
                    .ok()
                    .and_then(|v| v.get("kind").and_then(|k| k.as_str()).map(str::to_string))
                    .unwrap_or_default()
            }),
            outlet_how: doc.doc.outlet.as_ref().map(|o| o.how.describe().to_string()),
        }
    }
}

struct Converter<'a> {
    map: &'a OffsetMap,
}

impl Converter<'_> {
    fn range(&self, span: Span) -> Range {
        Range { start: self.map.char_of_byte(span.start), end: self.map.char_of_byte(span.end) }
    }
}

/// One output line of `parallax cluster`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ClusterOutput {
    pub id: String,
    pub story: Option<String>,
    pub duplicate_of: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub diagnostics: Vec<DiagnosticOut>,
}
