//! Benchmark (not a test): search time per keystroke over the bundled
//! windows and over a generated set of 10,000. Run with
//! `cargo bench --bench search`. Goals: < 1 ms per keystroke for the bundled
//! data, < 16 ms at 10,000.
#![allow(clippy::print_stdout)] // a benchmark reports on stdout

use std::hint::black_box;
use std::time::Instant;

use tsunagaru_inochi::domain::data::{INDEX, WINDOWS};
use tsunagaru_inochi::domain::model::Window;
use tsunagaru_inochi::domain::search::SearchIndex;

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

fn keystrokes() -> Vec<String> {
    TYPED
        .iter()
        .flat_map(|q| {
            let chars: Vec<char> = q.chars().collect();
            (1..=chars.len()).map(move |n| chars[..n].iter().collect::<String>())
        })
        .collect()
}

fn measure(label: &str, index: &SearchIndex, rounds: usize) {
    let queries = keystrokes();
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
            worst = worst.max(t.elapsed().as_secs_f64());
        }
    }
    let per = start.elapsed().as_secs_f64() / (rounds * queries.len()) as f64;
    println!(
        "{label:<34} {:>4} keystrokes x {rounds:>4}: mean {:>9.4} ms, worst {:>9.4} ms",
        queries.len(),
        per * 1e3,
        worst * 1e3
    );
}

fn main() {
    let t = Instant::now();
    let built = SearchIndex::new(WINDOWS);
    println!(
        "index of {} bundled windows built in {:.3} ms",
        WINDOWS.len(),
        t.elapsed().as_secs_f64() * 1e3
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
    println!(
        "index of 10,000 windows built in {:.1} ms",
        t.elapsed().as_secs_f64() * 1e3
    );
    measure("generated (10,000 windows)", &index, 5);
}
