//! The story timeline as an inline SVG chart: date across, one lane per outlet, a marker per
//! dated statement (a dot for a day, a bar for a week, month, season or year) linking to its
//! sentence, and the sources' publication dates as diamonds. Long empty stretches between
//! dates are cut out of the axis and drawn as breaks, so a story from this week that mentions
//! a year long past stays readable.

use crate::dates::{Interval, STEPS, Step, interval, tick_label, ticks};
use crate::html::{Html, article_url, sentence_url, shorten};
use crate::scale::Scale;
use parallax_report::{SourceView, StoryView, TimelineEntry};

const WIDTH: f64 = 920.0;
const LEFT: f64 = 170.0;
const RIGHT: f64 = 16.0;
const TOP: f64 = 10.0;
const LANE: f64 = 40.0;
const AXIS: f64 = 38.0;
/// Horizontal room per tick label.
const TICK_ROOM: f64 = 66.0;

/// A marker placed on the chart.
#[derive(Clone, Debug, PartialEq)]
pub struct Placed {
    pub x0: f64,
    pub x1: f64,
    pub y: f64,
    pub lane: usize,
    pub span: Interval,
}

/// The chart's geometry: lanes, scale and every marker, computed before drawing.
pub struct Chart<'a> {
    pub lanes: Vec<String>,
    pub scale: Scale,
    pub entries: Vec<(&'a TimelineEntry, Placed)>,
    pub publications: Vec<(&'a SourceView, Placed)>,
    /// Entries whose value is not a calendar date this chart can place.
    pub unplaced: Vec<&'a TimelineEntry>,
}

/// The timeline section's content: the chart, a legend and the list of statements.
pub fn timeline(view: &StoryView) -> Html {
    let mut h = Html::new();
    let Some(chart) = layout(view) else {
        h.elem("p", &[("class", "empty")], "No dated statements in this story.");
        return h;
    };
    h.push(&draw(&chart));
    h.open("p", &[("class", "legend")]);
    h.literal("<span class=\"key key-day\"></span> a dated statement (a day) ");
    h.literal("<span class=\"key key-span\"></span> a week, month, season or year ");
    h.literal("<span class=\"key key-pub\"></span> a source published ");
    h.literal("<span class=\"key key-break\"></span> a stretch cut out of the axis");
    h.close("p");
    if !chart.unplaced.is_empty() {
        let values: Vec<&str> = chart.unplaced.iter().map(|e| e.date.as_str()).collect();
        h.elem("p", &[("class", "note")], &format!("Not drawn: {}.", values.join(", ")));
    }
    h.push(&entry_table(&view.timeline));
    h
}

/// Places lanes and markers; `None` when the story has no dated statement to draw.
pub fn layout(view: &StoryView) -> Option<Chart<'_>> {
    let dated: Vec<(&TimelineEntry, Interval)> =
        view.timeline.iter().filter_map(|e| Some((e, interval(&e.date)?))).collect();
    if dated.is_empty() {
        return None;
    }
    let unplaced = view.timeline.iter().filter(|e| interval(&e.date).is_none()).collect();
    let pubs: Vec<(&SourceView, Interval)> = view
        .sources
        .iter()
        .filter_map(|s| Some((s, interval(s.published.as_deref()?).filter(Interval::is_day)?)))
        .collect();
    let lanes = lanes(view);
    let mut anchors: Vec<Interval> = dated.iter().map(|(_, i)| *i).collect();
    anchors.extend(pubs.iter().map(|(_, i)| *i));
    let scale = Scale::new(&anchors, LEFT, WIDTH - RIGHT);
    let lane_of = |name: &str| lanes.iter().position(|l| l == name).unwrap_or(0);
    let mut stacked: Vec<(usize, i64)> = Vec::new();
    let mut place = |lane: usize, span: Interval, stack: bool| {
        let k =
            if stack { stacked.iter().filter(|p| **p == (lane, span.start)).count() } else { 0 };
        if stack {
            stacked.push((lane, span.start));
        }
        // Statements stack around the upper middle of the lane, publications sit below them.
        let offsets = [0.0, -7.0, 7.0, -14.0];
        let y = match stack {
            true => TOP + LANE * lane as f64 + 18.0 + offsets[k % offsets.len()],
            false => TOP + LANE * lane as f64 + 32.0,
        };
        let (x0, x1) = if span.is_day() {
            let x = scale.x(span.start as f64 + 0.5);
            (x, x)
        } else {
            (scale.x(span.start as f64), scale.x(span.end as f64))
        };
        Placed { x0, x1, y, lane, span }
    };
    let entries = dated.iter().map(|(e, i)| (*e, place(lane_of(&outlet(e)), *i, true))).collect();
    let publications =
        pubs.iter().map(|(s, i)| (*s, place(lane_of(&source_outlet(s)), *i, false))).collect();
    Some(Chart { lanes, scale, entries, publications, unplaced })
}

fn outlet(e: &TimelineEntry) -> String {
    e.outlet.clone().unwrap_or_else(|| e.doc_id.clone())
}

fn source_outlet(s: &SourceView) -> String {
    s.outlet.clone().unwrap_or_else(|| s.doc_id.clone())
}

/// One lane per outlet: outlets in order of their first publication, then the rest by name.
fn lanes(view: &StoryView) -> Vec<String> {
    let mut keyed: Vec<(Option<&str>, String)> = Vec::new();
    for s in &view.sources {
        let name = source_outlet(s);
        match keyed.iter_mut().find(|(_, n)| *n == name) {
            Some(k) => k.0 = earliest(k.0, s.published.as_deref()),
            None => keyed.push((s.published.as_deref(), name)),
        }
    }
    for e in &view.timeline {
        let name = outlet(e);
        if !keyed.iter().any(|(_, n)| *n == name) {
            keyed.push((None, name));
        }
    }
    keyed.sort_by(|a, b| (a.0.is_none(), a.0, &a.1).cmp(&(b.0.is_none(), b.0, &b.1)));
    keyed.into_iter().map(|(_, n)| n).collect()
}

fn earliest<'a>(a: Option<&'a str>, b: Option<&'a str>) -> Option<&'a str> {
    match (a, b) {
        (Some(a), Some(b)) => Some(a.min(b)),
        (a, b) => a.or(b),
    }
}

fn draw(chart: &Chart) -> Html {
    let height = TOP + LANE * chart.lanes.len() as f64 + AXIS;
    let mut h = Html::new();
    let view_box = format!("0 0 {WIDTH} {height}");
    h.open(
        "svg",
        &[
            ("class", "timeline-chart"),
            ("viewBox", &view_box),
            ("width", &WIDTH.to_string()),
            ("role", "img"),
            ("aria-label", "Timeline of the story's dated statements by outlet"),
            ("xmlns", "http://www.w3.org/2000/svg"),
        ],
    );
    draw_lanes(&mut h, chart);
    draw_axis(&mut h, chart, TOP + LANE * chart.lanes.len() as f64);
    for (s, p) in &chart.publications {
        draw_publication(&mut h, s, p);
    }
    for (e, p) in &chart.entries {
        draw_entry(&mut h, e, p);
    }
    h.close("svg");
    h
}

fn draw_lanes(h: &mut Html, chart: &Chart) {
    for (i, name) in chart.lanes.iter().enumerate() {
        let y = TOP + LANE * i as f64;
        let class = if i % 2 == 0 { "lane lane-even" } else { "lane lane-odd" };
        h.void(
            "rect",
            &[
                ("class", class),
                ("x", "0"),
                ("y", &num(y)),
                ("width", &num(WIDTH)),
                ("height", &num(LANE)),
            ],
        );
        h.open("text", &[("class", "lane-label"), ("x", "6"), ("y", &num(y + LANE / 2.0 + 4.0))]);
        h.elem("title", &[], name).text(&shorten(name, 24)).close("text");
    }
    for (x0, x1) in chart.scale.breaks() {
        let bottom = TOP + LANE * chart.lanes.len() as f64;
        h.void(
            "rect",
            &[
                ("class", "tl-break"),
                ("x", &num(x0)),
                ("y", &num(TOP)),
                ("width", &num(x1 - x0)),
                ("height", &num(bottom - TOP + 6.0)),
            ],
        );
    }
}

fn draw_axis(h: &mut Html, chart: &Chart, y: f64) {
    h.void(
        "line",
        &[
            ("class", "axis"),
            ("x1", &num(LEFT)),
            ("x2", &num(WIDTH - RIGHT)),
            ("y1", &num(y)),
            ("y2", &num(y)),
        ],
    );
    for seg in chart.scale.segments() {
        let room = ((seg.x1 - seg.x0) / TICK_ROOM).floor().max(1.0) as usize;
        let (first, last) = (seg.start.ceil() as i64, seg.end.floor() as i64);
        let chosen = STEPS
            .iter()
            .map(|s| (*s, ticks(*s, first, last)))
            .find(|(_, t)| !t.is_empty() && t.len() <= room);
        let (step, days) = chosen.unwrap_or((Step::Days(1), vec![first]));
        for (k, day) in days.iter().enumerate() {
            let x = num(chart.scale.x(*day as f64));
            h.void(
                "line",
                &[
                    ("class", "tick"),
                    ("x1", &x),
                    ("x2", &x),
                    ("y1", &num(y)),
                    ("y2", &num(y + 5.0)),
                ],
            );
            h.elem(
                "text",
                &[("class", "tick-label"), ("x", &x), ("y", &num(y + 18.0))],
                &tick_label(step, *day, k == 0),
            );
        }
    }
}

fn draw_entry(h: &mut Html, e: &TimelineEntry, p: &Placed) {
    let href = sentence_url(&e.doc_id, Some(e.sentence_index));
    h.open("a", &[("class", "tl-link"), ("href", &href), ("data-date", &e.date)]);
    let tip =
        format!("{} · {}: “{}”\n{}", e.date, outlet(e), e.expression, shorten(&e.sentence, 240));
    if p.span.is_day() {
        h.open(
            "circle",
            &[("class", "tl-entry tl-day"), ("cx", &num(p.x0)), ("cy", &num(p.y)), ("r", "5")],
        );
        h.elem("title", &[], &tip).close("circle");
    } else {
        let w = (p.x1 - p.x0).max(3.0);
        h.open(
            "rect",
            &[
                ("class", "tl-entry tl-span"),
                ("x", &num(p.x0)),
                ("y", &num(p.y - 3.0)),
                ("width", &num(w)),
                ("height", "6"),
            ],
        );
        h.elem("title", &[], &tip).close("rect");
    }
    h.close("a");
}

fn draw_publication(h: &mut Html, s: &SourceView, p: &Placed) {
    let (x, y) = (p.x0, p.y);
    let points = format!(
        "{},{} {},{} {},{} {},{}",
        num(x),
        num(y - 7.0),
        num(x + 6.0),
        num(y),
        num(x),
        num(y + 7.0),
        num(x - 6.0),
        num(y)
    );
    let class = if s.duplicate_of.is_some() { "tl-pub tl-copy" } else { "tl-pub" };
    let mut tip = format!(
        "published {}: {}",
        s.published.as_deref().unwrap_or(""),
        s.title.as_deref().unwrap_or(&s.doc_id)
    );
    if let Some(how) = &s.published_how {
        tip.push_str(&format!(" (date {how})"));
    }
    h.open("a", &[("class", "tl-pub-link"), ("href", &article_url(&s.doc_id))]);
    h.open("polygon", &[("class", class), ("points", &points)]);
    h.elem("title", &[], &tip).close("polygon").close("a");
}

/// Every dated statement as a table under the chart, for reading and for screen readers.
fn entry_table(entries: &[TimelineEntry]) -> Html {
    let mut h = Html::new();
    h.open("details", &[("class", "timeline-list")]);
    h.elem("summary", &[], &format!("All {} dated statements", entries.len()));
    h.literal("<table><thead><tr><th>date</th><th>outlet</th><th>expression</th>");
    h.literal("<th>sentence</th></tr></thead><tbody>");
    for e in entries {
        h.literal("<tr>");
        h.elem("td", &[("class", "date")], &e.date);
        h.elem("td", &[], &outlet(e));
        h.elem("td", &[], &e.expression);
        h.literal("<td>");
        h.link(&sentence_url(&e.doc_id, Some(e.sentence_index)), &shorten(&e.sentence, 200));
        h.literal("</td></tr>");
    }
    h.literal("</tbody></table></details>");
    h
}

/// A coordinate with one decimal, so output is stable and short.
pub fn num(v: f64) -> String {
    let s = format!("{v:.1}");
    s.strip_suffix(".0").map(str::to_string).unwrap_or(s)
}
