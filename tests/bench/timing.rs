//! What the benchmarks share: the median and worst of repeated runs,
//! milliseconds since a start, a time against its goal, and what people
//! type one keystroke at a time. Each benchmark takes it with `mod timing;`
//! and uses the part it needs.
#![allow(dead_code, reason = "each benchmark uses only part of it")]

use std::hint::black_box;
use std::time::{Duration, Instant};

/// Median and worst of `rounds` runs of `f` (after three to warm up), in
/// milliseconds.
pub fn time<T>(rounds: usize, mut f: impl FnMut() -> T) -> (f64, f64) {
    for _ in 0..3 {
        black_box(f());
    }
    let mut runs: Vec<Duration> = (0..rounds)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    runs.sort();
    let ms = |d: Duration| d.as_secs_f64() * 1000.0;
    (ms(runs[runs.len() / 2]), ms(runs[runs.len() - 1]))
}

/// Milliseconds since `start`.
pub fn ms_since(start: Instant) -> f64 {
    start.elapsed().as_secs_f64() * 1e3
}

/// "ok" when `worst` is under `goal` (both in milliseconds), else "SLOW".
pub fn verdict(worst: f64, goal: f64) -> &'static str {
    if worst < goal { "ok" } else { "SLOW" }
}

/// Every query of `typed` as it grows one character (one keystroke) at a
/// time.
pub fn keystrokes(typed: &[&str]) -> Vec<String> {
    typed
        .iter()
        .flat_map(|q| {
            let chars: Vec<char> = q.chars().collect();
            (1..=chars.len()).map(move |n| chars[..n].iter().collect::<String>())
        })
        .collect()
}
