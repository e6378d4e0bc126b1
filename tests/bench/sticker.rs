//! Benchmark (not a test): time to draw one sticker SVG and one full A4
//! sheet, at every size. Run with `cargo bench --bench sticker`.
//! Goals: < 20 ms for one sticker, < 100 ms for a sheet.
#![allow(clippy::print_stdout)] // a benchmark reports on stdout

mod timing;

use tsunagaru_inochi::domain::sticker::{
    PrintCorrection, Sticker, StickerSize, render_sheets, render_svg, sheet_layout,
};

use timing::{time, verdict};

const STICKER_GOAL_MS: f64 = 20.0;
const SHEET_GOAL_MS: f64 = 100.0;

fn main() {
    println!(
        "{:<8} {:>12} {:>12} {:>16} {:>12} {:>12}",
        "size", "svg median", "svg worst", "sheet (n/page)", "median", "worst"
    );
    let mut worst_sticker = 0.0f64;
    let mut worst_sheet = 0.0f64;
    for size in StickerSize::ALL {
        let sticker = Sticker {
            spot_name: "たつの市 本町 みんなの薬局 <駅前店> & カフェ☕".to_owned(),
            spot_id: "spot-0042".to_owned(),
            base_url: "https://www.city.tatsuno.example.jp/tsunagaru/".to_owned(),
            size,
        };
        let per_sheet = sheet_layout(size).per_sheet();
        let (svg_median, svg_worst) =
            time(200, || render_svg(&sticker).expect("the sticker renders"));
        let (sheet_median, sheet_worst) = time(100, || {
            render_sheets(&sticker, per_sheet, PrintCorrection::NONE).expect("the sheet renders")
        });
        worst_sticker = worst_sticker.max(svg_worst);
        worst_sheet = worst_sheet.max(sheet_worst);
        println!(
            "{:<8} {:>9.3} ms {:>9.3} ms {:>16} {:>9.3} ms {:>9.3} ms",
            size.key(),
            svg_median,
            svg_worst,
            per_sheet,
            sheet_median,
            sheet_worst
        );
    }
    println!(
        "worst sticker {worst_sticker:.3} ms (goal < {STICKER_GOAL_MS} ms): {}",
        verdict(worst_sticker, STICKER_GOAL_MS)
    );
    println!(
        "worst sheet {worst_sheet:.3} ms (goal < {SHEET_GOAL_MS} ms): {}",
        verdict(worst_sheet, SHEET_GOAL_MS)
    );
}
