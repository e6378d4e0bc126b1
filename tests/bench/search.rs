//! Benchmark (not a test): search time per keystroke over the bundled
//! windows and over a generated set of 10,000. Run with
//! `cargo bench --bench search`. Goals: < 1 ms per keystroke for the bundled
//! data, < 16 ms at 10,000.
#![allow(clippy::print_stdout)] // a benchmark reports on stdout

mod timing;

use std::hint::black_box;
use std::time::Instant;

use tsunagaru_inochi::domain::data::{INDEX, WINDOWS};
use tsunagaru_inochi::domain::model::Window;
use tsunagaru_inochi::domain::search::SearchIndex;

use timing::{keystrokes, ms_since};

/// What people type, one keystroke at a time (in Japanese and in English).
const TYPED: [&str; 8] = [
    "しゃっきん",
    "パワハラ",
    "しにたい",
    "ｲｼﾞﾒ",
    "よりそいほっとらいん",
    "借金がつらい 相談",
    "debt money",
    "yorisoi hotline",
];

fn measure(label: &str, index: &SearchIndex, rounds: usize) {
    let queries = keystrokes(&TYPED);
    // Warm up.
    for q in &queries {
        black_box(index.search(q));
    }
    let mut worst = 0.0f64;
    let start = Instant::now();
    for _ in 0..rounds {
        for q in &queries {
            let t = Instant::now();
            black_box(index.search(black_box(q)));
            worst = worst.max(ms_since(t));
        }
    }
    let per = ms_since(start) / (rounds * queries.len()) as f64;
    println!(
        "{label:<34} {:>4} keystrokes x {rounds:>4}: mean {:>9.4} ms, worst {:>9.4} ms",
        queries.len(),
        per,
        worst
    );
}

fn main() {
    let t = Instant::now();
    let built = SearchIndex::new(WINDOWS);
    println!(
        "index of {} bundled windows built in {:.3} ms",
        WINDOWS.len(),
        ms_since(t)
    );
    black_box(built);
    measure(
        &format!("bundled ({} windows)", WINDOWS.len()),
        &INDEX,
        2000,
    );

    // 10,000 windows: the bundled ones repeated with numbered names.
    let many: Vec<Window> = (0..10_000)
        .map(|i| {
            let mut w = WINDOWS[i % WINDOWS.len()];
            w.name = Box::leak(format!("{} 第{i}窓口", w.name).into_boxed_str());
            w
        })
        .collect();
    let t = Instant::now();
    let index = SearchIndex::new(&many);
    println!("index of 10,000 windows built in {:.1} ms", ms_since(t));
    measure("generated (10,000 windows)", &index, 5);
}
