//! A date axis with breaks: days map to x through stretches ("segments") of the calendar that
//! hold something to draw, and long empty stretches between them shrink to a narrow break.
//! The map is monotone and continuous, so a bar from one stretch to another crosses the break.

use crate::dates::Interval;

/// Width of a break between two stretches.
const GAP: f64 = 22.0;
/// Narrowest stretch.
const MIN_WIDTH: f64 = 90.0;
/// Shortest empty stretch cut out of the axis, in days.
const MIN_BREAK_DAYS: f64 = 30.0;
/// Share of the range of the stretch around it an empty stretch must exceed to be cut out.
const BREAK_SHARE: f64 = 0.3;

/// A stretch of days drawn from `x0` to `x1`.
#[derive(Clone, Debug, PartialEq)]
pub struct Segment {
    pub start: f64,
    pub end: f64,
    pub x0: f64,
    pub x1: f64,
}

#[derive(Clone, Debug)]
pub struct Scale {
    segments: Vec<Segment>,
}

impl Scale {
    /// The scale for `intervals`, drawn between `left` and `right`. Days (and their
    /// neighbourhood) always get room; a longer interval contributes its start, and its end
    /// too when no single day is drawn (a chart of years only).
    pub fn new(intervals: &[Interval], left: f64, right: f64) -> Scale {
        let has_days = intervals.iter().any(Interval::is_day);
        let mut points: Vec<f64> = Vec::new();
        for i in intervals {
            points.push(i.start as f64);
            if i.is_day() || !has_days {
                points.push(i.end as f64);
            }
        }
        points.sort_by(f64::total_cmp);
        points.dedup();
        let covered = |a: f64, b: f64| {
            !has_days && intervals.iter().any(|i| (i.start as f64) <= a && b <= i.end as f64)
        };
        let clusters = clusters(&points, &covered);
        Scale { segments: place(&clusters, left, right) }
    }

    /// The x of a day (fractional days place a point inside a day).
    pub fn x(&self, day: f64) -> f64 {
        let segs = &self.segments;
        let (Some(first), Some(last)) = (segs.first(), segs.last()) else { return 0.0 };
        if day <= first.start {
            return first.x0;
        }
        if day >= last.end {
            return last.x1;
        }
        for (k, s) in segs.iter().enumerate() {
            if day <= s.end {
                return s.x0 + (day - s.start) / (s.end - s.start) * (s.x1 - s.x0);
            }
            if let Some(next) = segs.get(k + 1).filter(|n| day < n.start) {
                return s.x1 + (day - s.end) / (next.start - s.end) * (next.x0 - s.x1);
            }
        }
        last.x1
    }

    pub fn segments(&self) -> &[Segment] {
        &self.segments
    }

    /// The x range of each break.
    pub fn breaks(&self) -> Vec<(f64, f64)> {
        self.segments.windows(2).map(|w| (w[0].x1, w[1].x0)).collect()
    }
}

/// Groups sorted points into stretches, cutting gaps that are long and not `covered`, then
/// cuts each stretch again by its own range: each stretch is (first, last, number of points).
fn clusters(points: &[f64], covered: &dyn Fn(f64, f64) -> bool) -> Vec<(f64, f64, usize)> {
    let (Some(&lo), Some(&hi)) = (points.first(), points.last()) else {
        return vec![(0.0, 1.0, 1)];
    };
    let threshold = MIN_BREAK_DAYS.max(BREAK_SHARE * (hi - lo));
    let mut parts: Vec<&[f64]> = Vec::new();
    let mut from = 0;
    for (k, w) in points.windows(2).enumerate() {
        if w[1] - w[0] > threshold && !covered(w[0], w[1]) {
            parts.push(&points[from..=k]);
            from = k + 1;
        }
    }
    if from == 0 {
        return vec![(lo, hi, points.len())];
    }
    parts.push(&points[from..]);
    parts.into_iter().flat_map(|p| clusters(p, covered)).collect()
}

/// Pads each stretch and shares the width: each gets a minimum, the rest goes by how many
/// points it holds.
fn place(clusters: &[(f64, f64, usize)], left: f64, right: f64) -> Vec<Segment> {
    let n = clusters.len() as f64;
    let avail = (right - left - GAP * (n - 1.0)).max(n);
    let min_w = MIN_WIDTH.min(avail / n);
    let total: usize = clusters.iter().map(|c| c.2).sum();
    let mut x = left;
    let mut out = Vec::new();
    for &(a, b, weight) in clusters {
        let pad = (0.05 * (b - a)).max(1.0);
        let w = min_w + (avail - n * min_w) * weight as f64 / total.max(1) as f64;
        out.push(Segment { start: a - pad, end: b + pad, x0: x, x1: x + w });
        x += w + GAP;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dates::interval;

    fn scale(values: &[&str]) -> Scale {
        let intervals: Vec<Interval> = values.iter().filter_map(|v| interval(v)).collect();
        Scale::new(&intervals, 100.0, 900.0)
    }

    fn day(v: &str) -> f64 {
        interval(v).unwrap().start as f64 + 0.5
    }

    #[test]
    fn a_year_long_past_is_cut_off_from_this_week() {
        let s = scale(&["2019", "2025-02-18", "2025-02-19", "2025-02-20"]);
        assert_eq!(s.segments().len(), 2, "{:?}", s.segments());
        assert_eq!(s.breaks().len(), 1);
        // This week's days get most of the width, and remain apart.
        assert!(s.x(day("2025-02-19")) - s.x(day("2025-02-18")) > 50.0);
        assert!(s.x(day("2019-06-01")) < s.x(day("2025-02-18")));
    }

    #[test]
    fn stretches_are_cut_again_by_their_own_range() {
        // Far from 2011, November's days and the month of December are still a month apart.
        let s = scale(&["2011", "2024-11-12", "2024-11-13", "2024-11-14", "2024-12", "2025-02"]);
        let starts: Vec<f64> = s.segments().iter().map(|g| g.start.ceil()).collect();
        assert_eq!(starts.len(), 3, "{:?}", s.segments());
        assert!(s.x(day("2024-11-13")) - s.x(day("2024-11-12")) > 20.0);
    }

    #[test]
    fn one_day_or_one_year_fills_one_stretch() {
        let one = scale(&["2023-11-09"]);
        assert_eq!(one.segments().len(), 1);
        let x = one.x(day("2023-11-09"));
        assert!((100.0..=900.0).contains(&x));
        let year = scale(&["2023"]);
        assert_eq!(year.segments().len(), 1, "{:?}", year.segments());
        assert!(year.x(day("2023-12-31")) > year.x(day("2023-01-01")) + 700.0);
    }

    #[test]
    fn the_map_is_monotone_and_inside_the_chart() {
        let s = scale(&["1500", "2023", "2024-03", "2024-11-12", "2024-11-17", "2024-W47"]);
        let mut last = f64::MIN;
        for d in (interval("1499").unwrap().start..interval("2026").unwrap().start).step_by(97) {
            let x = s.x(d as f64);
            assert!(x >= last && (100.0..=900.0).contains(&x), "day {d}: {x} after {last}");
            last = x;
        }
    }
}
