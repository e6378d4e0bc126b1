//! Benchmark (not a test) for the spot directory at 10,000 spots: the
//! import and its checks, and the list's work per keystroke (search with a
//! kind filter, grouping by district, sorting by distance). Run with
//! `cargo bench --bench spots`. Goal: well under 16 ms per keystroke.
//!
//! `cargo bench --bench spots -- --csv PATH [--count N]` writes the generated
//! directory (fictitious spots, all named 「サンプル」, inside the city) as a
//! CSV instead, for `.ci/bench-spots.sh` to build the app with.
#![allow(clippy::print_stdout)] // a benchmark reports on stdout

mod timing;

use std::hint::black_box;
use std::time::Instant;

use tsunagaru_inochi::domain::cp932;
use tsunagaru_inochi::domain::geo::{Boundary, LatLon};
use tsunagaru_inochi::domain::spot::{
    District, Kind, Spot, SpotQuery, by_distance, directory_csv, group_by_district,
};
use tsunagaru_inochi::domain::spot_source::{SpotRow, read};

use timing::{keystrokes, ms_since};

/// Words of fictitious names, their readings and kinds.
const WORDS: [(&str, &str, Kind); 10] = [
    ("薬局", "ヤッキョク", Kind::Shop),
    ("商店", "ショウテン", Kind::Shop),
    ("内科クリニック", "ナイカクリニック", Kind::Medical),
    ("書店", "ショテン", Kind::Shop),
    ("美容室", "ビヨウシツ", Kind::Shop),
    ("子ども食堂の会", "コドモショクドウノカイ", Kind::Group),
    ("商事株式会社", "ショウジカブシキガイシャ", Kind::Company),
    ("公民館", "コウミンカン", Kind::Public),
    ("歯科医院", "シカイイン", Kind::Medical),
    ("協力者", "キョウリョクシャ", Kind::Individual),
];

/// What people type, one keystroke at a time.
const TYPED: [&str; 6] = [
    "さんぷる",
    "ｻﾝﾌﾟﾙ",
    "やっきょく",
    "びようしつ 12",
    "サンプル内科クリニック 9999",
    "こうみんかん",
];

/// A small deterministic random source (xorshift), so every run builds
/// the same directory.
struct Random(u64);

impl Random {
    fn next(&mut self) -> f64 {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 >> 11) as f64 / (1u64 << 53) as f64
    }
}

fn boundary() -> Boundary {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/data/geo/tatsuno-boundary.geojson"
    );
    let text = std::fs::read_to_string(path).expect("the boundary file");
    Boundary::from_geojson(&text).expect("the boundary reads")
}

/// `count` fictitious spots at random places inside the city.
fn generate(count: usize, boundary: &Boundary) -> Vec<SpotRow> {
    let (sw, ne) = boundary.bbox();
    let mut random = Random(0x9E37_79B9_7F4A_7C15);
    (0..count)
        .map(|n| {
            let at = loop {
                let p = LatLon {
                    lat: sw.lat + random.next() * (ne.lat - sw.lat),
                    lon: sw.lon + random.next() * (ne.lon - sw.lon),
                };
                if boundary.contains(p) {
                    break p;
                }
            };
            let (word, reading, kind) = WORDS[n % WORDS.len()];
            let district = District::ALL[(n / 7) % District::ALL.len()];
            SpotRow {
                row: n + 2,
                id: format!("bench-{n:05}"),
                name: format!("サンプル{word} {n}"),
                kana: format!("サンプル{reading} {n}"),
                kind,
                district,
                address: format!("兵庫県たつの市{}（サンプル住所）", district.label()),
                at: Some(LatLon {
                    lat: (at.lat * 1e5).round() / 1e5,
                    lon: (at.lon * 1e5).round() / 1e5,
                }),
                // The network's own office (たつの市健康課), never an invented number.
                phone: (n % 4 == 0)
                    .then(|| ("0791-63-2112".to_owned(), "tel:0791632112".to_owned())),
                url: String::new(),
                offers: "相談窓口のチラシを置いています。".to_owned(),
                registered: "2025-04-01".to_owned(),
                note: "ベンチマーク用の架空のスポットです".to_owned(),
            }
        })
        .collect()
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let arg = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let count: usize = arg("--count")
        .and_then(|c| c.parse().ok())
        .unwrap_or(10_000);
    let boundary = boundary();

    let t = Instant::now();
    let rows = generate(count, &boundary);
    let generated = ms_since(t);
    let spots: &'static [Spot] = Box::leak(
        rows.iter()
            .cloned()
            .map(SpotRow::leak)
            .collect::<Vec<_>>()
            .into_boxed_slice(),
    );
    let csv = directory_csv(spots);

    if let Some(path) = arg("--csv") {
        if let Some(parent) = std::path::Path::new(&path).parent() {
            std::fs::create_dir_all(parent).expect("the folder can be created");
        }
        std::fs::write(&path, &csv).expect("the CSV can be written");
        println!(
            "wrote {count} fictitious spots to {path} ({} bytes)",
            csv.len()
        );
        return;
    }

    println!("{count} spots generated in {generated:.1} ms");
    let t = Instant::now();
    let (text, _) = cp932::decode(csv.as_bytes()).expect("decodes");
    let imported = read(&text, &boundary).expect("the generated directory passes the checks");
    println!(
        "import with every check (CSV {} KB): {:.1} ms",
        csv.len() / 1024,
        ms_since(t)
    );
    black_box(imported);

    let everyone: Vec<u32> = (0..spots.len() as u32).collect();
    let here = LatLon {
        lat: 34.8581,
        lon: 134.5456,
    };
    let queries = keystrokes(&TYPED);
    let kinds = [None, Some(Kind::Shop), Some(Kind::Medical)];
    let rounds = 20;
    let mut worst = [0.0f64; 3];
    let mut total = [0.0f64; 3];
    let mut n = 0usize;
    for _ in 0..rounds {
        for kind in kinds {
            for q in &queries {
                let t = Instant::now();
                let hits = SpotQuery::new(black_box(q), kind).filter(spots);
                let filter = ms_since(t);
                let t = Instant::now();
                black_box(group_by_district(spots, &hits));
                let group = ms_since(t);
                let t = Instant::now();
                black_box(by_distance(spots, &hits, here));
                let near = ms_since(t);
                for (i, v) in [filter, group, near].into_iter().enumerate() {
                    worst[i] = worst[i].max(v);
                    total[i] += v;
                }
                n += 1;
            }
        }
    }
    let label = [
        "filter (search + kind)",
        "group by district",
        "sort by distance",
    ];
    println!(
        "per keystroke over {count} spots ({} keystrokes x {} kinds x {rounds} rounds):",
        queries.len(),
        kinds.len()
    );
    for i in 0..3 {
        println!(
            "  {:<24} mean {:>7.3} ms, worst {:>7.3} ms",
            label[i],
            total[i] / n as f64,
            worst[i]
        );
    }
    let t = Instant::now();
    black_box(group_by_district(spots, &everyone));
    println!("  group all, no filter      {:>7.3} ms", ms_since(t));
    let t = Instant::now();
    black_box(directory_csv(spots));
    println!("CSV download of all spots: {:.1} ms", ms_since(t));
}
