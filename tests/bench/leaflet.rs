//! Benchmark (not a test): time to draw the A4 leaflet (every worry, in
//! each language) and one A4 sheet of pocket cards. Run with
//! `cargo bench --bench leaflet --features full`.
//! Goal: < 50 ms each.
#![allow(clippy::print_stdout)] // a benchmark reports on stdout

mod timing;

use tsunagaru_inochi::domain::data::WINDOWS;
use tsunagaru_inochi::domain::lang::Lang;
use tsunagaru_inochi::domain::leaflet::{Format, Print, render};
use tsunagaru_inochi::domain::sticker::PrintCorrection;

use timing::{time, verdict};

const GOAL_MS: f64 = 50.0;

fn main() {
    println!(
        "{:<10} {:<6} {:>7} {:>12} {:>12}",
        "layout", "lang", "pages", "median", "worst"
    );
    let mut worst = 0.0f64;
    for format in [Format::Leaflet, Format::Cards, Format::PosterA4] {
        for lang in Lang::ALL {
            let print = Print {
                windows: WINDOWS,
                format,
                lang,
                worries: None,
                spot_name: "たつの市 本町 みんなの薬局 <駅前店> & カフェ".to_owned(),
                url: "https://www.city.tatsuno.example.jp/tsunagaru/?s=spot-0042".to_owned(),
                correction: PrintCorrection::NONE,
            };
            let pages = render(&print).expect("renders").len();
            let (median, slowest) = time(100, || render(&print).expect("renders"));
            worst = worst.max(slowest);
            println!(
                "{:<10} {:<6} {:>7} {:>9.3} ms {:>9.3} ms",
                format.key(),
                lang.id(),
                pages,
                median,
                slowest
            );
        }
    }
    println!(
        "worst {worst:.3} ms (goal < {GOAL_MS} ms): {}",
        verdict(worst, GOAL_MS)
    );
}
