//! What happened: PLOVER-coded events with actors, targets, dates, places and factuality
//! (from a predicate lexicon and a light clause analysis over parallax's tokens), and the
//! per-document claims the story comparison aligns across sources.

mod args;
mod claims;
mod clause;
mod colloc;
mod fnv;
mod lexicon;
mod modal;
mod tokens;

pub use claims::{Claim, claims, claims_match};

use args::Ctx;
use clause::Found;
use parallax_entities::EntityAnnotations;
use parallax_model::{Event, Mention, Quote, QuoteKind, Span, TextAnalysis, Timex, TimexType};
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

/// One event per actor and target of a found predicate, tied to its quote, date and
/// entities.
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
    let quote = quotes.iter().position(|q| q.content.contains(trigger));
    let source = quote.and_then(|k| quote_speaker(quotes, k)).or_else(|| f.frame.and_then(entity));
    let mut actors: Vec<Option<usize>> = f.actors.iter().map(|&m| entity(m)).collect();
    if actors.is_empty() {
        let adjective_in_quote = matches!(f.code, "REJECT" | "DEMAND") && quote.is_some();
        let fallback = if adjective_in_quote { source } else { None };
        actors.push(fallback.or(if f.pronoun { last_actor } else { None }));
    }
    let targets: Vec<Option<usize>> = f.targets.iter().map(|&m| entity(m)).collect();
    let date = date_in(span, timexes).or_else(|| date_in(sentence, timexes));
    let place = f.place.and_then(entity);
    pairs(&actors, &targets, f.mutual)
        .into_iter()
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

/// The (actor, target) pairs of an event: every actor with every target (or none), or, for
/// a mutual act, each party with the next.
fn pairs(
    actors: &[Option<usize>],
    targets: &[Option<usize>],
    mutual: bool,
) -> Vec<(Option<usize>, Option<usize>)> {
    let n = actors.len();
    if mutual {
        return (0..n).map(|k| (actors[k], actors[(k + 1) % n])).collect();
    }
    let targets = if targets.is_empty() { &[None][..] } else { targets };
    actors.iter().flat_map(|&a| targets.iter().map(move |&t| (a, t))).collect()
}

/// The speaker of quote `k`; a direct quote with none continues the closest attributed
/// quote before it, within a few sentences.
fn quote_speaker(quotes: &[Quote], k: usize) -> Option<usize> {
    let speaker = |q: &Quote| q.speaker.as_ref().and_then(|sp| sp.entity);
    let q = &quotes[k];
    if let Some(e) = speaker(q) {
        return Some(e);
    }
    if q.kind != QuoteKind::Direct {
        return None;
    }
    let start = q.content.start;
    quotes[..k]
        .iter()
        .rev()
        .take_while(|p| start.saturating_sub(p.content.end) < 600)
        .find_map(speaker)
}

/// The first calendar date inside `span`.
fn date_in(span: Span, timexes: &[Timex]) -> Option<String> {
    timexes
        .iter()
        .filter(|t| t.kind == TimexType::Date && span.contains(t.span))
        .find(|t| t.value.starts_with(|c: char| c.is_ascii_digit()))
        .map(|t| t.value.clone())
}

#[cfg(test)]
mod tests {
    use super::pairs;

    #[test]
    fn every_actor_meets_every_target_and_mutual_parties_meet_each_other() {
        let all = pairs(&[Some(1), Some(2)], &[Some(7), Some(8)], false);
        assert_eq!(all.len(), 4);
        assert!(all.contains(&(Some(2), Some(7))));
        assert_eq!(pairs(&[Some(1)], &[], false), [(Some(1), None)]);
        assert_eq!(pairs(&[Some(1), Some(2)], &[], true), [(Some(1), Some(2)), (Some(2), Some(1))]);
    }
}
