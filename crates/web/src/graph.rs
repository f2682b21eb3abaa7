//! The story's entity graph as an inline SVG: its most mentioned actors on a circle (most
//! mentioned first, clockwise from the top), arrows for the claims between them labelled with
//! the event codes, dashed lines from speakers to the entities their statements name, and faint
//! lines between entities named together in a claim's evidence or a quoted sentence.

use crate::html::{Html, class_token, entity_url};
use crate::timeline::num;
use parallax_report::{StoryView, WhoEntry};
use std::collections::{BTreeMap, BTreeSet, HashMap};

/// Most nodes drawn.
const MAX_NODES: usize = 20;
const WIDTH: f64 = 720.0;
const HEIGHT: f64 = 560.0;
const RADIUS: f64 = 210.0;

/// What joins two nodes.
#[derive(Default)]
struct Edge {
    codes: Vec<String>,
    n_claims: usize,
    n_quotes: usize,
    /// Sentences naming both.
    n_together: usize,
}

/// The entity graph section's content.
pub fn entity_graph(view: &StoryView, entity_ids: &HashMap<String, i64>) -> Html {
    let mut h = Html::new();
    let mut nodes: Vec<&WhoEntry> = view.who.iter().take(MAX_NODES).collect();
    if nodes.is_empty() {
        h.elem("p", &[("class", "empty")], "No entities found in this story.");
        return h;
    }
    nodes.sort_by(|a, b| (b.n_mentions, &a.name).cmp(&(a.n_mentions, &b.name)));
    let edges = edges(view, &nodes);
    let pos: Vec<(f64, f64)> = (0..nodes.len()).map(|i| position(i, nodes.len())).collect();
    let view_box = format!("0 0 {WIDTH} {HEIGHT}");
    h.open(
        "svg",
        &[
            ("class", "entity-graph"),
            ("viewBox", &view_box),
            ("width", &num(WIDTH)),
            ("role", "img"),
            ("aria-label", "Entities of the story and the claims between them"),
            ("xmlns", "http://www.w3.org/2000/svg"),
        ],
    );
    h.literal(
        "<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" \
         markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\">\
         <path d=\"M 0 0 L 10 5 L 0 10 z\"/></marker></defs>",
    );
    let mut ordered: Vec<(&(usize, usize), &Edge)> = edges.iter().collect();
    // Faint co-mention lines first, so the claims and statements are drawn over them.
    ordered.sort_by_key(|(_, e)| e.n_claims + e.n_quotes > 0);
    for ((a, b), edge) in ordered {
        draw_edge(&mut h, (nodes[*a], pos[*a], radius(nodes[*a])), (nodes[*b], pos[*b]), edge);
    }
    for (node, p) in nodes.iter().zip(&pos) {
        draw_node(&mut h, node, *p, entity_ids);
    }
    h.close("svg");
    if edges.is_empty() {
        h.elem("p", &[("class", "note")], "No claim or statement links two of these entities.");
    } else {
        h.open("p", &[("class", "legend")]);
        h.literal("Arrows: claims (actor → target, with the event code). Dashed: a speaker ");
        h.literal("naming another entity. Faint: named together in a sentence.");
        h.close("p");
    }
    h
}

/// Node `i` of `n`, clockwise from the top.
fn position(i: usize, n: usize) -> (f64, f64) {
    if n == 1 {
        return (WIDTH / 2.0, HEIGHT / 2.0);
    }
    let angle = std::f64::consts::TAU * i as f64 / n as f64 - std::f64::consts::FRAC_PI_2;
    (WIDTH / 2.0 + RADIUS * angle.cos(), HEIGHT / 2.0 + RADIUS * angle.sin())
}

fn radius(w: &WhoEntry) -> f64 {
    (5.0 + 2.0 * (w.n_mentions as f64).sqrt()).min(18.0)
}

/// The node a name from a claim refers to: same name or alias, ignoring case.
fn find(nodes: &[&WhoEntry], name: &str) -> Option<usize> {
    let name = name.trim();
    nodes.iter().position(|w| {
        w.name.eq_ignore_ascii_case(name) || w.aliases.iter().any(|a| a.eq_ignore_ascii_case(name))
    })
}

/// Claim edges (actor → target) and statement edges (speaker → entity named in the quote).
fn edges(view: &StoryView, nodes: &[&WhoEntry]) -> BTreeMap<(usize, usize), Edge> {
    let mut out: BTreeMap<(usize, usize), Edge> = BTreeMap::new();
    for row in &view.comparison.claims {
        let (Some(a), Some(b)) = (row.actor.as_deref(), row.target.as_deref()) else { continue };
        let (Some(a), Some(b)) = (find(nodes, a), find(nodes, b)) else { continue };
        if a != b {
            let edge = out.entry((a, b)).or_default();
            edge.n_claims += 1;
            if !edge.codes.contains(&row.code) {
                edge.codes.push(row.code.clone());
            }
        }
    }
    for group in &view.quotes {
        let Some(key) = &group.key else { continue };
        let Some(a) = nodes.iter().position(|w| &w.key == key) else { continue };
        for q in &group.quotes {
            for (b, w) in nodes.iter().enumerate() {
                if b != a && names_in(w, &q.text) {
                    out.entry((a, b)).or_default().n_quotes += 1;
                }
            }
        }
    }
    together(view, nodes, &mut out);
    out
}

/// Adds a co-mention to each pair of nodes named in one sentence of a claim's evidence or of a
/// quote, for pairs not already joined.
fn together(view: &StoryView, nodes: &[&WhoEntry], out: &mut BTreeMap<(usize, usize), Edge>) {
    let mut sentences: BTreeSet<&str> = BTreeSet::new();
    for row in &view.comparison.claims {
        sentences.extend(row.citations.iter().chain(&row.denials).map(|c| c.sentence.as_str()));
    }
    for group in &view.quotes {
        sentences.extend(group.quotes.iter().map(|q| q.sentence.as_str()));
    }
    for sentence in sentences {
        let named: Vec<usize> =
            (0..nodes.len()).filter(|&i| names_in(nodes[i], sentence)).collect();
        for (k, &a) in named.iter().enumerate() {
            for &b in &named[k + 1..] {
                if !out.contains_key(&(b, a)) {
                    out.entry((a, b)).or_default().n_together += 1;
                }
            }
        }
    }
}

/// True when `text` names the entity (its name or an alias of three letters or more).
fn names_in(w: &WhoEntry, text: &str) -> bool {
    std::iter::once(&w.name)
        .chain(&w.aliases)
        .filter(|n| n.chars().count() >= 3)
        .any(|n| contains_word(text, n))
}

fn contains_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(i, _)| {
        let before = text[..i].chars().next_back();
        let after = text[i + word.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

fn draw_edge(
    h: &mut Html,
    (a, pa, ra): (&WhoEntry, (f64, f64), f64),
    (b, pb): (&WhoEntry, (f64, f64)),
    edge: &Edge,
) {
    let (dx, dy) = (pb.0 - pa.0, pb.1 - pa.1);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let rb = radius(b) + 3.0;
    let (x1, y1) = (pa.0 + dx / len * ra, pa.1 + dy / len * ra);
    let (x2, y2) = (pb.0 - dx / len * rb, pb.1 - dy / len * rb);
    let claim = edge.n_claims > 0;
    let class = match (claim, edge.n_quotes > 0) {
        (true, _) => "edge edge-claim",
        (false, true) => "edge edge-quote",
        (false, false) => "edge edge-together",
    };
    let width = num((1.0 + (edge.n_claims + edge.n_quotes) as f64).sqrt().min(4.0));
    let marker = if claim { "url(#arrow)" } else { "" };
    let mut tip = format!("{} → {}", a.name, b.name);
    if claim {
        tip.push_str(&format!(": {} ({} claims)", edge.codes.join(", "), edge.n_claims));
    }
    if edge.n_quotes > 0 {
        tip.push_str(&format!("; named in {} of {}'s statements", edge.n_quotes, a.name));
    }
    if edge.n_together > 0 {
        tip.push_str(&format!("; named together in {} sentences", edge.n_together));
    }
    let (sx1, sy1, sx2, sy2) = (num(x1), num(y1), num(x2), num(y2));
    let attrs = [
        ("class", class),
        ("x1", sx1.as_str()),
        ("y1", &sy1),
        ("x2", &sx2),
        ("y2", &sy2),
        ("stroke-width", &width),
        (if claim { "marker-end" } else { "" }, marker),
    ];
    h.open("line", &attrs).elem("title", &[], &tip).close("line");
    if claim {
        let (mx, my) = ((x1 + x2) / 2.0, (y1 + y2) / 2.0 - 3.0);
        h.elem(
            "text",
            &[("class", "edge-label"), ("x", &num(mx)), ("y", &num(my))],
            &edge.codes.join(", "),
        );
    }
}

fn draw_node(h: &mut Html, w: &WhoEntry, (x, y): (f64, f64), entity_ids: &HashMap<String, i64>) {
    let class = format!("node node-{}", class_token(&w.label));
    let href = entity_ids.get(&w.key).map(|id| entity_url(*id));
    match &href {
        Some(href) => h.open("a", &[("class", &class), ("href", href)]),
        None => h.open("g", &[("class", &class)]),
    };
    let tip = format!("{} ({}), {} mentions", w.name, w.label, w.n_mentions);
    h.open("circle", &[("cx", &num(x)), ("cy", &num(y)), ("r", &num(radius(w)))]);
    h.elem("title", &[], &tip).close("circle");
    let (cx, cy) = (WIDTH / 2.0, HEIGHT / 2.0);
    let anchor = if (x - cx).abs() < 1.0 {
        "middle"
    } else if x > cx {
        "start"
    } else {
        "end"
    };
    let off = radius(w) + 5.0;
    let (dx, dy) = (x - cx, y - cy);
    let len = (dx * dx + dy * dy).sqrt().max(1.0);
    let (lx, ly) = if len < 2.0 { (x, y - off) } else { (x + dx / len * off, y + dy / len * off) };
    h.elem(
        "text",
        &[("class", "node-label"), ("x", &num(lx)), ("y", &num(ly + 4.0)), ("text-anchor", anchor)],
        &w.name,
    );
    h.close(if href.is_some() { "a" } else { "g" });
}

#[cfg(test)]
mod tests {
    use super::contains_word;

    #[test]
    fn names_match_whole_words_only() {
        assert!(contains_word("Peru's army", "Peru"));
        assert!(!contains_word("Peruvian army", "Peru"));
        assert!(contains_word("said Cáceres.", "Cáceres"));
    }
}
