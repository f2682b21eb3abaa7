//! What happened: PLOVER-coded events with actors, targets, dates, places and factuality
//! (from a predicate lexicon and a light clause analysis over parallax's tokens), and the
//! per-document claims the story comparison aligns across sources.

mod claims;
mod clause;
mod lexicon;
mod tokens;

pub use claims::{Claim, claims, claims_match};

use clause::{Ctx, Found};
use parallax_entities::EntityAnnotations;
use parallax_model::{Event, Mention, Quote, Span, TextAnalysis, Timex, TimexType};
use tokens::Sentence;

/// The PLOVER-coded events of a document's body.
pub fn annotate(
    text: &str,
    analysis: &TextAnalysis,
    entities: &EntityAnnotations,
    quotes: &[Quote],
    timexes: &[Timex],
) -> Vec<Event> {
    let mut mentions: Vec<Mention> = entities.mentions.clone();
    mentions.sort_by_key(|m| (m.span.start, m.span.end));
    let mut out = Vec::new();
    let mut last_actor: Option<usize> = None;
    for s in 0..analysis.sentences.len() {
        let sentence = Sentence::build(text, analysis, s, &mentions);
        if sentence.is_empty() {
            continue;
        }
        let ctx = Ctx { s: &sentence, mentions: &mentions };
        let sent_span = analysis.sentences[s];
        for found in clause::analyse(&ctx) {
            let events = to_events(&ctx, &found, sent_span, quotes, timexes, last_actor);
            if let Some(a) = events.first().and_then(|e| e.actor) {
                last_actor = Some(a);
            }
            out.extend(events);
        }
    }
    out
}

/// One event per actor of a found predicate, tied to its quote, date and entities.
fn to_events(
    ctx: &Ctx,
    f: &Found,
    sentence: Span,
    quotes: &[Quote],
    timexes: &[Timex],
    last_actor: Option<usize>,
) -> Vec<Event> {
    let toks = &ctx.s.toks;
    let (a, b) = f.clause;
    let trigger = toks[f.trigger].span;
    let mut b_end = b.saturating_sub(1);
    while b_end > a && toks[b_end].punct.is_some() {
        b_end -= 1;
    }
    let span = Span::new(toks[a].span.start, toks[b_end].span.end);
    let entity = |m: usize| ctx.mentions.get(m).map(|x| x.entity);
    let quote = quotes.iter().find(|q| q.content.contains(trigger));
    let source = quote
        .and_then(|q| q.speaker.as_ref())
        .and_then(|sp| sp.entity)
        .or_else(|| f.frame.and_then(entity));
    let mut actors: Vec<Option<usize>> = f.actors.iter().map(|&m| entity(m)).collect();
    if actors.is_empty() {
        let adjective_in_quote = f.code == "REJECT" && quote.is_some();
        let fallback = if adjective_in_quote { source } else { None };
        actors.push(fallback.or(if f.pronoun { last_actor } else { None }));
    }
    let date = date_in(span, timexes).or_else(|| date_in(sentence, timexes));
    let target = f.target.and_then(entity);
    let place = f.place.and_then(entity);
    let n = actors.len();
    let partner = |k: usize| if f.mutual { actors[(k + 1) % n] } else { target };
    (0..n)
        .map(|k| (actors[k], partner(k)))
        .map(|(actor, target)| Event {
            span,
            code: f.code,
            mode: f.mode,
            factuality: f.factuality,
            actor,
            target: target.filter(|t| Some(*t) != actor),
            source,
            date: date.clone(),
            place,
        })
        .collect()
}

/// The first calendar date inside `span`.
fn date_in(span: Span, timexes: &[Timex]) -> Option<String> {
    timexes
        .iter()
        .filter(|t| t.kind == TimexType::Date && span.contains(t.span))
        .find(|t| t.value.starts_with(|c: char| c.is_ascii_digit()))
        .map(|t| t.value.clone())
}
