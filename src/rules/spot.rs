//! 協力スポット: the cooperating spots of the network, as the city keeps them
//! in a spreadsheet (`data/spots.csv`, read and checked at build time by
//! [`super::spot_source`]), and what the app does with them: search, group
//! by district, sort by distance, link to a map app, export as open data.

use std::fmt::Write as _;

use super::csv;
use super::geo::{LatLon, format_distance};
use super::lang::Lang;
use super::phone::spoken;
use super::text::{escape_markup, fold, percent_encode};

/// The directory's columns, in order, named after the Digital Agency's
/// 自治体標準オープンデータセット facility list (公共施設一覧), plus 種別,
/// 地区 and 登録日 which that list lacks. The CSV export of the directory and
/// the registration form's one-row CSV both use exactly these.
pub const COLUMNS: [&str; 13] = [
    "ID",
    "名称",
    "名称_カナ",
    "種別",
    "地区",
    "所在地_連結表記",
    "緯度",
    "経度",
    "電話番号",
    "URL",
    "説明",
    "登録日",
    "備考",
];

/// The URL parameter that names a spot (`?s=<id>`), written by the sticker's
/// QR code and read by the home and spots pages.
pub const SPOT_PARAM: &str = "s";

/// The longest id the app accepts (ids travel in URLs and file names).
pub const MAX_ID_LEN: usize = 40;

/// The file name of the directory's CSV download.
pub const CSV_FILE_NAME: &str = "tatsuno-tsunagaru-spots.csv";

/// What kind of place a spot is (種別).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Kind {
    /// 企業・事業所
    Company,
    /// 店舗
    Shop,
    /// 医療機関
    Medical,
    /// 団体・グループ
    Group,
    /// 公共施設
    Public,
    /// 個人
    Individual,
}

impl Kind {
    /// Every kind, in the order of the filter.
    pub const ALL: [Kind; 6] = [
        Kind::Company,
        Kind::Shop,
        Kind::Medical,
        Kind::Group,
        Kind::Public,
        Kind::Individual,
    ];

    /// The word of the directory's 種別 column (`data/spots.csv`): what
    /// goes to the city (the file, its CSV, the registration's row, the
    /// list the city prints) stays Japanese by design. On screen a kind is
    /// named in the person's language by `i18n::spot_kind_label`.
    pub const fn label(self) -> &'static str {
        match self {
            Kind::Company => "企業・事業所",
            Kind::Shop => "店舗",
            Kind::Medical => "医療機関",
            Kind::Group => "団体・グループ",
            Kind::Public => "公共施設",
            Kind::Individual => "個人",
        }
    }

    /// The id used in URLs (`?k=shop`).
    pub const fn id(self) -> &'static str {
        match self {
            Kind::Company => "company",
            Kind::Shop => "shop",
            Kind::Medical => "medical",
            Kind::Group => "group",
            Kind::Public => "public",
            Kind::Individual => "individual",
        }
    }

    /// The kind written as `label` in the data.
    pub fn from_label(label: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.label() == label)
    }

    /// The kind with URL id `id`.
    pub fn from_id(id: &str) -> Option<Kind> {
        Kind::ALL.into_iter().find(|k| k.id() == id)
    }
}

/// The four districts of the city (地区), the former towns merged in 2005.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum District {
    /// 龍野 (former 龍野市)
    Tatsuno,
    /// 新宮 (former 新宮町)
    Shingu,
    /// 揖保川 (former 揖保川町)
    Ibogawa,
    /// 御津 (former 御津町)
    Mitsu,
}

impl District {
    /// Every district, in the order of the list.
    pub const ALL: [District; 4] = [
        District::Tatsuno,
        District::Shingu,
        District::Ibogawa,
        District::Mitsu,
    ];

    /// The word of the directory's 地区 column (`data/spots.csv`): what
    /// goes to the city stays Japanese by design. On screen a district is
    /// named in the person's language by `i18n::district_label`.
    pub const fn label(self) -> &'static str {
        match self {
            District::Tatsuno => "龍野",
            District::Shingu => "新宮",
            District::Ibogawa => "揖保川",
            District::Mitsu => "御津",
        }
    }

    /// A short ASCII id (for DOM ids).
    pub const fn id(self) -> &'static str {
        match self {
            District::Tatsuno => "tatsuno",
            District::Shingu => "shingu",
            District::Ibogawa => "ibogawa",
            District::Mitsu => "mitsu",
        }
    }

    /// The district written as `label` in the data.
    pub fn from_label(label: &str) -> Option<District> {
        District::ALL.into_iter().find(|d| d.label() == label)
    }
}

/// A spot's phone number, checked by the build.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SpotPhone {
    /// As written for people: `0791-63-2112`.
    pub display: &'static str,
    /// The `tel:` URI.
    pub tel: &'static str,
}

/// One cooperating spot, as the app holds it: `'static` data generated at
/// build time from the checked CSV.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Spot {
    /// ID: unique, ASCII letters, digits, `-`, `_` and `.` (see [`is_valid_id`]).
    pub id: &'static str,
    /// 名称
    pub name: &'static str,
    /// 名称_カナ (may be empty).
    pub kana: &'static str,
    /// 種別
    pub kind: Kind,
    /// 地区
    pub district: District,
    /// 所在地_連結表記 (may be empty, for example for a person).
    pub address: &'static str,
    /// 緯度・経度, inside the city (may be absent).
    pub at: Option<LatLon>,
    /// 電話番号 (may be absent).
    pub phone: Option<SpotPhone>,
    /// URL, http(s) (may be empty).
    pub url: &'static str,
    /// 説明: what the spot offers (may be empty).
    pub offers: &'static str,
    /// 登録日 as `YYYY-MM-DD` (may be empty).
    pub registered: &'static str,
    /// 備考 (may be empty).
    pub note: &'static str,
    /// Name and reading folded for search ([`search_text`]).
    pub folded: &'static str,
}

/// The text a spot is searched by: its name and reading, folded
/// ([`fold`]) and without spaces, one per line.
pub fn search_text(name: &str, kana: &str) -> String {
    let squeeze = |s: &str| fold(s).replace(' ', "");
    if kana.is_empty() {
        squeeze(name)
    } else {
        format!("{}\n{}", squeeze(name), squeeze(kana))
    }
}

/// Whether `id` can be a spot's id: 1 to [`MAX_ID_LEN`] ASCII letters,
/// digits, `-`, `_` or `.`, so it travels in a URL and a file name as it is.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= MAX_ID_LEN
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
}

/// The name of the spot with `id` in `names` (pairs of id and name, sorted
/// by id), for the greeting on the home page. Malformed ids find nothing.
pub fn name_of<'a>(names: &[(&str, &'a str)], id: &str) -> Option<&'a str> {
    if !is_valid_id(id) {
        return None;
    }
    names
        .binary_search_by(|(key, _)| (*key).cmp(id))
        .ok()
        .map(|i| names[i].1)
}

/// The line the home page shows to someone who scanned a spot's sticker.
pub fn greeting(name: &str) -> String {
    format!("{name}は協力スポットです")
}

/// The parts of a message `text` before and after its `{placeholder}`
/// (`placeholder` without braces), so the page can put markup around what
/// goes in, such as a spot's name marked `lang="ja"`. Without the
/// placeholder, all of `text` comes first.
pub fn around_placeholder<'a>(text: &'a str, placeholder: &str) -> (&'a str, &'a str) {
    text.split_once(&format!("{{{placeholder}}}"))
        .unwrap_or((text, ""))
}

/// What the list shows: a search text and an optional kind.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SpotQuery {
    terms: Vec<String>,
    kind: Option<Kind>,
}

impl SpotQuery {
    /// A query for `text` (folded; every word must match the name or its
    /// reading) and `kind` (none means every kind).
    pub fn new(text: &str, kind: Option<Kind>) -> SpotQuery {
        SpotQuery {
            terms: fold(text)
                .split(' ')
                .filter(|t| !t.is_empty())
                .map(str::to_owned)
                .collect(),
            kind,
        }
    }

    /// Whether the query narrows the list at all.
    pub fn is_empty(&self) -> bool {
        self.terms.is_empty() && self.kind.is_none()
    }

    /// Whether `spot` matches.
    pub fn matches(&self, spot: &Spot) -> bool {
        self.kind.is_none_or(|k| spot.kind == k)
            && self.terms.iter().all(|t| spot.folded.contains(t.as_str()))
    }

    /// The positions in `spots` of every match, in order.
    pub fn filter(&self, spots: &[Spot]) -> Vec<u32> {
        spots
            .iter()
            .enumerate()
            .filter(|(_, s)| self.matches(s))
            .map(|(i, _)| i as u32)
            .collect()
    }
}

/// `hits` (positions in `spots`) grouped by district, in the order of
/// [`District::ALL`], keeping their order within a district; districts
/// without a hit are left out.
pub fn group_by_district(spots: &[Spot], hits: &[u32]) -> Vec<(District, Vec<u32>)> {
    District::ALL
        .into_iter()
        .map(|d| {
            let members: Vec<u32> = hits
                .iter()
                .copied()
                .filter(|&i| spots.get(i as usize).is_some_and(|s| s.district == d))
                .collect();
            (d, members)
        })
        .filter(|(_, members)| !members.is_empty())
        .collect()
}

/// `hits` nearest first from `from`, each with its distance in metres;
/// spots without coordinates come last, in their original order.
pub fn by_distance(spots: &[Spot], hits: &[u32], from: LatLon) -> Vec<(u32, Option<f64>)> {
    let mut out: Vec<(u32, Option<f64>)> = hits
        .iter()
        .map(|&i| {
            let d = spots
                .get(i as usize)
                .and_then(|s| s.at)
                .map(|at| from.distance_m(at));
            (i, d)
        })
        .collect();
    // A stable sort keeps equal distances and the unplaced in list order.
    out.sort_by(|a, b| match (a.1, b.1) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (Some(_), None) => std::cmp::Ordering::Less,
        (None, Some(_)) => std::cmp::Ordering::Greater,
        (None, None) => std::cmp::Ordering::Equal,
    });
    out
}

/// One spot as a CSV row in [`COLUMNS`] order.
pub fn csv_fields(spot: &Spot) -> [String; 13] {
    let coordinate = |v: Option<f64>| v.map(|v| v.to_string()).unwrap_or_default();
    [
        spot.id.to_owned(),
        spot.name.to_owned(),
        spot.kana.to_owned(),
        spot.kind.label().to_owned(),
        spot.district.label().to_owned(),
        spot.address.to_owned(),
        coordinate(spot.at.map(|p| p.lat)),
        coordinate(spot.at.map(|p| p.lon)),
        spot.phone.map(|p| p.display.to_owned()).unwrap_or_default(),
        spot.url.to_owned(),
        spot.offers.to_owned(),
        spot.registered.to_owned(),
        spot.note.to_owned(),
    ]
}

/// The whole directory as open data: UTF-8 with a BOM (so spreadsheets
/// read it as Japanese), the header of [`COLUMNS`], CRLF line ends.
pub fn directory_csv(spots: &[Spot]) -> String {
    let rows: Vec<[String; 13]> = spots.iter().map(csv_fields).collect();
    csv::document(&COLUMNS, &rows)
}

/// A `geo:` URI (RFC 5870, with the `q=` label that map apps read) for the
/// spot's coordinates, or its address when it has none.
pub fn geo_uri(spot: &Spot) -> Option<String> {
    if let Some(at) = spot.at {
        let (lat, lon) = (coordinate(at.lat), coordinate(at.lon));
        Some(format!(
            "geo:{lat},{lon}?q={lat},{lon}({})",
            percent_encode(spot.name)
        ))
    } else if !spot.address.is_empty() {
        Some(format!("geo:0,0?q={}", percent_encode(spot.address)))
    } else {
        None
    }
}

/// The same place on a map site, for phones and computers without an app
/// for `geo:` links (Google Maps' documented search URL, which phones hand
/// to the installed map app).
pub fn map_site_url(spot: &Spot) -> Option<String> {
    let query = if let Some(at) = spot.at {
        format!("{},{}", coordinate(at.lat), coordinate(at.lon))
    } else if !spot.address.is_empty() {
        spot.address.to_owned()
    } else {
        return None;
    };
    Some(format!(
        "https://www.google.com/maps/search/?api=1&query={}",
        percent_encode(&query)
    ))
}

/// The DOM id of a spot's card in the list (ids are URL-safe, so valid in
/// HTML).
pub fn card_id(spot: &Spot) -> String {
    format!("spot-{}", spot.id)
}

/// The class the list gives the selected spot's card.
pub const SELECTED_CARD_CLASS: &str = "spot-card--selected";

/// The words on a spot's card, in one language (see [`card_html`]); the
/// list fills them from the message catalogue (`data/i18n/spots.toml`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CardLabels {
    /// The language of the words. In English, what the spot typed (name,
    /// address, what it offers, note) is marked `lang="ja"`.
    pub lang: Lang,
    /// The name of each kind, in the order of [`Kind::ALL`].
    pub kinds: [&'static str; Kind::ALL.len()],
    /// What the call link says before the number, with `{name}`.
    pub call: String,
    /// The distance, with `{distance}` (`1.2 km`).
    pub distance: String,
    /// 「地図アプリで開く」
    pub map_app: &'static str,
    /// 「この地図で見る」
    pub show_on_map: &'static str,
    /// The spot's own site.
    pub website: &'static str,
    /// The spelled-out number after the call link, with `{digits}`.
    pub spoken: String,
    /// 「シャープ」, as `#` is read aloud.
    pub number_hash: &'static str,
    /// What is read between the groups of a number.
    pub number_groups: &'static str,
}

/// One spot's card in the list, as HTML: name, kind, distance (when the
/// list is sorted by it), address, what it offers, a note, and its actions:
/// a call link, 「地図アプリで開く」 (`geo:` with the map site as
/// `data-fallback`), 「この地図で見る」 (`data-action="show-on-map"` with the
/// spot's position `index` in the list's data) and the spot's own site, all
/// worded by `labels`. Every text is escaped. The list builds a page of
/// cards as one string, which a browser turns into elements far faster than
/// node by node.
pub fn card_html(
    spot: &Spot,
    index: u32,
    distance: Option<f64>,
    selected: bool,
    labels: &CardLabels,
) -> String {
    let e = escape_markup;
    // What the spot typed is Japanese whatever the page's language.
    let ja = if !labels.lang.is_japanese() {
        r#" lang="ja""#
    } else {
        ""
    };
    let mut out = String::with_capacity(1024);
    _ = write!(
        out,
        r#"<li class="spot-card{}" id="{}" tabindex="-1"{}><h3 class="spot-card__name"{ja}>{}</h3><p class="spot-card__meta"><span class="tag">{}</span>"#,
        if selected {
            format!(" {SELECTED_CARD_CLASS}")
        } else {
            String::new()
        },
        e(&card_id(spot)),
        if selected {
            r#" aria-current="true""#
        } else {
            ""
        },
        e(spot.name),
        e(labels.kinds[spot.kind as usize]),
    );
    if let Some(d) = distance {
        let (before, after) = around_placeholder(&labels.distance, "distance");
        _ = write!(
            out,
            r#"<span class="spot-card__distance">{}{}{}</span>"#,
            e(before),
            e(&format_distance(d)),
            e(after),
        );
    }
    out.push_str("</p>");
    for (class, text) in [
        ("spot-card__address", spot.address),
        ("spot-card__offers", spot.offers),
        ("note", spot.note),
    ] {
        if !text.is_empty() {
            _ = write!(out, r#"<p class="{class}"{ja}>{}</p>"#, e(text));
        }
    }
    out.push_str(r#"<div class="spot-card__actions">"#);
    if let Some(p) = spot.phone {
        // Read aloud: 「<name>に電話する、0791-63-2112（0 7 9 1、…）」; what is
        // seen, the number, is part of it (for voice control), as on the
        // consultation windows' call buttons.
        let (before, after) = around_placeholder(&labels.call, "name");
        let name = if ja.is_empty() {
            e(spot.name)
        } else {
            format!(r#"<span lang="ja">{}</span>"#, e(spot.name))
        };
        let digits = labels.spoken.replace(
            "{digits}",
            &spoken(p.display, labels.number_hash, labels.number_groups),
        );
        _ = write!(
            out,
            r#"<a class="spot-card__call" href="{}"><span class="visually-hidden">{}{name}{}</span>{}<span class="visually-hidden">{}</span></a>"#,
            e(p.tel),
            e(before),
            e(after),
            e(p.display),
            e(&digits),
        );
    }
    if let Some(geo) = geo_uri(spot) {
        _ = write!(
            out,
            r#"<a class="spot-card__action" href="{}" data-fallback="{}" data-action="map-app">{}</a>"#,
            e(&geo),
            e(&map_site_url(spot).unwrap_or_default()),
            e(labels.map_app),
        );
    }
    if spot.at.is_some() {
        _ = write!(
            out,
            r#"<button type="button" class="spot-card__action" aria-controls="spot-map" data-action="show-on-map" data-index="{index}">{}</button>"#,
            e(labels.show_on_map),
        );
    }
    if !spot.url.is_empty() {
        _ = write!(
            out,
            r#"<a class="spot-card__action" href="{}" target="_blank" rel="noopener noreferrer">{}</a>"#,
            e(spot.url),
            e(labels.website),
        );
    }
    out.push_str("</div></li>");
    out
}

/// A coordinate to six decimals (about 0.1 m), without trailing zeros.
fn coordinate(v: f64) -> String {
    let s = format!("{v:.6}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    s.to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cards' Japanese words, as in `data/i18n/spots.toml` (which
    /// `tests/spots.rs` checks).
    fn ja() -> CardLabels {
        CardLabels {
            lang: Lang::Ja,
            kinds: Kind::ALL.map(Kind::label),
            call: "{name}に電話する、".to_owned(),
            distance: "ここから約{distance}".to_owned(),
            map_app: "地図アプリで開く",
            show_on_map: "この地図で見る",
            website: "ホームページ",
            spoken: "（{digits}）".to_owned(),
            number_hash: "シャープ",
            number_groups: "、",
        }
    }

    fn spot(id: &'static str, name: &'static str, kana: &'static str) -> Spot {
        Spot {
            id,
            name,
            kana,
            kind: Kind::Shop,
            district: District::Tatsuno,
            address: "",
            at: None,
            phone: None,
            url: "",
            offers: "",
            registered: "",
            note: "",
            folded: Box::leak(search_text(name, kana).into_boxed_str()),
        }
    }

    #[test]
    fn column_names_are_unique() {
        let mut names = COLUMNS.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), COLUMNS.len());
    }

    #[test]
    fn kinds_and_districts_round_trip() {
        for (i, k) in Kind::ALL.into_iter().enumerate() {
            assert_eq!(Kind::from_label(k.label()), Some(k));
            assert_eq!(Kind::from_id(k.id()), Some(k));
            // `CardLabels::kinds` is indexed by the kind.
            assert_eq!(k as usize, i);
        }
        for d in District::ALL {
            assert_eq!(District::from_label(d.label()), Some(d));
        }
        assert_eq!(Kind::from_label("企業"), None);
        assert_eq!(District::from_label("たつの"), None);
    }

    #[test]
    fn ids_are_url_safe() {
        assert!(is_valid_id("spot-0042"));
        assert!(is_valid_id("282294000001"));
        assert!(is_valid_id("a.b_c"));
        for bad in ["", "a b", "スポット", "a/b", "a?b", "<x>", &"9".repeat(41)] {
            assert!(!is_valid_id(bad), "{bad:?}");
        }
    }

    #[test]
    fn names_are_found_by_id_and_malformed_ids_are_not() {
        let names = [("a-1", "サンプル薬局"), ("b-2", "サンプル商店")];
        assert_eq!(name_of(&names, "b-2"), Some("サンプル商店"));
        assert_eq!(name_of(&names, "c-3"), None);
        assert_eq!(name_of(&names, "b 2"), None);
        assert_eq!(name_of(&[], "a-1"), None);
        assert_eq!(greeting("サンプル薬局"), "サンプル薬局は協力スポットです");
    }

    #[test]
    fn search_forgives_kana_width_and_spaces() {
        let spots = [
            spot(
                "1",
                "サンプル薬局 本町店",
                "サンプルヤッキョク ホンマチテン",
            ),
            spot("2", "サンプル美容室", "サンプルビヨウシツ"),
            spot("3", "ＳＡＭＰＬＥ商事", ""),
        ];
        let hits = |q: &str| SpotQuery::new(q, None).filter(&spots);
        assert_eq!(hits("やっきょく"), vec![0]);
        assert_eq!(hits("ﾔｯｷｮｸ"), vec![0]);
        assert_eq!(hits("薬局本町"), vec![0]);
        assert_eq!(hits("本町 薬局"), vec![0]);
        assert_eq!(hits("びようしつ"), vec![1]);
        assert_eq!(hits("ｻﾝﾌﾟﾙ"), vec![0, 1]);
        assert_eq!(hits("sample"), vec![2]);
        assert_eq!(hits("  "), vec![0, 1, 2]);
        assert_eq!(hits("ない"), Vec::<u32>::new());
    }

    #[test]
    fn kind_filter_combines_with_search() {
        let mut clinic = spot("9", "サンプル内科", "サンプルナイカ");
        clinic.kind = Kind::Medical;
        let spots = [spot("1", "サンプル薬局", ""), clinic];
        assert_eq!(
            SpotQuery::new("", Some(Kind::Medical)).filter(&spots),
            vec![1]
        );
        assert_eq!(
            SpotQuery::new("薬局", Some(Kind::Medical)).filter(&spots),
            Vec::<u32>::new()
        );
        assert!(SpotQuery::new(" ", None).is_empty());
        assert!(!SpotQuery::new("", Some(Kind::Shop)).is_empty());
    }

    #[test]
    fn groups_follow_district_order_and_skip_empty_ones() {
        let mut spots = [
            spot("1", "a", ""),
            spot("2", "b", ""),
            spot("3", "c", ""),
            spot("4", "d", ""),
        ];
        spots[0].district = District::Mitsu;
        spots[2].district = District::Shingu;
        let groups = group_by_district(&spots, &[0, 1, 2, 3]);
        assert_eq!(
            groups,
            vec![
                (District::Tatsuno, vec![1, 3]),
                (District::Shingu, vec![2]),
                (District::Mitsu, vec![0]),
            ]
        );
        assert!(group_by_district(&spots, &[]).is_empty());
    }

    #[test]
    fn distance_sort_puts_the_nearest_first_and_unplaced_last() {
        let mut spots = [
            spot("far", "a", ""),
            spot("none", "b", ""),
            spot("near", "c", ""),
            spot("mid", "d", ""),
        ];
        spots[0].at = Some(LatLon {
            lat: 34.90,
            lon: 134.55,
        });
        spots[2].at = Some(LatLon {
            lat: 34.80,
            lon: 134.50,
        });
        spots[3].at = Some(LatLon {
            lat: 34.85,
            lon: 134.52,
        });
        let here = LatLon {
            lat: 34.79,
            lon: 134.50,
        };
        let sorted = by_distance(&spots, &[0, 1, 2, 3], here);
        let order: Vec<&str> = sorted.iter().map(|(i, _)| spots[*i as usize].id).collect();
        assert_eq!(order, vec!["near", "mid", "far", "none"]);
        let d = sorted[0].1.unwrap_or(f64::NAN);
        assert!((d - 1112.0).abs() < 5.0, "{d}");
        assert_eq!(sorted[3].1, None);
    }

    #[test]
    fn csv_export_has_the_columns_and_quotes_what_needs_it() {
        let mut s = spot("spot-1", "サンプル書店, 駅前店", "サンプルショテン");
        s.offers = "一行目\n「二行目」";
        s.at = Some(LatLon {
            lat: 34.8637,
            lon: 134.5455,
        });
        s.phone = Some(SpotPhone {
            display: "0791-63-2112",
            tel: "tel:0791632112",
        });
        s.registered = "2024-04-01";
        let text = directory_csv(&[s]);
        assert!(text.starts_with("\u{FEFF}ID,名称,名称_カナ,種別,地区,所在地_連結表記,緯度,経度,電話番号,URL,説明,登録日,備考\r\n"));
        let records = csv::parse(&text).unwrap_or_default();
        assert_eq!(records.len(), 2);
        assert_eq!(
            records[1].fields,
            vec![
                "spot-1",
                "サンプル書店, 駅前店",
                "サンプルショテン",
                "店舗",
                "龍野",
                "",
                "34.8637",
                "134.5455",
                "0791-63-2112",
                "",
                "一行目\n「二行目」",
                "2024-04-01",
                ""
            ]
        );
    }

    #[test]
    fn cards_escape_every_text_and_carry_their_actions() {
        let mut s = spot("x-1", "<b>サンプル</b> & \"店\"", "");
        s.offers = "一行目\n<script>";
        s.at = Some(LatLon {
            lat: 34.8637,
            lon: 134.5455,
        });
        s.phone = Some(SpotPhone {
            display: "0791-63-2112",
            tel: "tel:0791632112",
        });
        s.url = "https://example.com/?a=1&b=2";
        let html = card_html(&s, 7, Some(1234.0), true, &ja());
        assert!(!html.contains("<b>") && !html.contains("<script>"));
        assert!(html.contains("&lt;b&gt;サンプル&lt;/b&gt; &amp; &quot;店&quot;"));
        assert!(html.starts_with(r#"<li class="spot-card spot-card--selected" id="spot-x-1" tabindex="-1" aria-current="true">"#));
        assert!(html.contains("ここから約1.2 km"));
        assert!(html.contains("一行目\n&lt;script&gt;"));
        assert!(html.contains(r#"href="tel:0791632112""#));
        assert!(html.contains(
            r#"<span class="visually-hidden">&lt;b&gt;サンプル&lt;/b&gt; &amp; &quot;店&quot;に電話する、</span>0791-63-2112<span class="visually-hidden">（0 7 9 1、6 3、2 1 1 2）</span>"#
        ));
        assert!(html.contains(r#"href="geo:34.8637,134.5455?q=34.8637,134.5455("#));
        assert!(html.contains(r#"data-action="show-on-map" data-index="7""#));
        assert!(html.contains(r#"href="https://example.com/?a=1&amp;b=2""#));
        assert!(html.ends_with("</div></li>"));

        let plain = card_html(&spot("y", "サンプル", ""), 0, None, false, &ja());
        assert!(plain.starts_with(r#"<li class="spot-card" id="spot-y" tabindex="-1">"#));
        for absent in [
            "tel:",
            "geo:",
            "show-on-map",
            "distance",
            "spot-card__address",
        ] {
            assert!(!plain.contains(absent), "{absent}");
        }
    }

    #[test]
    fn english_cards_mark_what_the_spot_typed_as_japanese() {
        let mut s = spot("x-1", "サンプル薬局", "");
        s.address = "兵庫県たつの市龍野町";
        s.offers = "チラシがあります";
        s.phone = Some(SpotPhone {
            display: "0791-63-2112",
            tel: "tel:0791632112",
        });
        s.at = Some(LatLon {
            lat: 34.8637,
            lon: 134.5455,
        });
        s.url = "https://example.com/";
        let en = CardLabels {
            lang: Lang::En,
            kinds: ["Company", "Shop", "Clinic", "Group", "Public", "Individual"],
            call: "Call {name}, ".to_owned(),
            distance: "About {distance} from here".to_owned(),
            map_app: "Open in a map app",
            show_on_map: "Show on this map",
            website: "Website",
            spoken: " ({digits})".to_owned(),
            number_hash: "hash",
            number_groups: ", ",
        };
        let html = card_html(&s, 0, Some(350.0), false, &en);
        assert!(html.contains(r#"<h3 class="spot-card__name" lang="ja">サンプル薬局</h3>"#));
        assert!(html.contains(r#"<span class="tag">Shop</span>"#));
        assert!(html.contains("About 350 m from here"));
        assert!(
            html.contains(r#"<p class="spot-card__address" lang="ja">兵庫県たつの市龍野町</p>"#)
        );
        assert!(html.contains(r#"<p class="spot-card__offers" lang="ja">"#));
        assert!(html.contains(
            r#"<span class="visually-hidden">Call <span lang="ja">サンプル薬局</span>, </span>0791-63-2112<span class="visually-hidden"> (0 7 9 1, 6 3, 2 1 1 2)</span>"#
        ));
        assert!(html.contains(">Open in a map app</a>"));
        assert!(html.contains(">Show on this map</button>"));
        assert!(html.contains(">Website</a>"));
        // Japanese pages need no mark: the whole page is Japanese.
        let ja = card_html(&s, 0, None, false, &ja());
        assert!(!ja.contains("lang="));
    }

    #[test]
    fn placeholders_split_their_message() {
        assert_eq!(around_placeholder("Call {name}, ", "name"), ("Call ", ", "));
        assert_eq!(around_placeholder("{name}は", "name"), ("", "は"));
        assert_eq!(around_placeholder("no name", "name"), ("no name", ""));
    }

    #[test]
    fn map_links_use_coordinates_or_the_address() {
        let mut s = spot("1", "サンプル薬局 本町店", "");
        assert_eq!(geo_uri(&s), None);
        assert_eq!(map_site_url(&s), None);
        s.address = "兵庫県たつの市龍野町";
        assert_eq!(
            geo_uri(&s).as_deref(),
            Some(
                "geo:0,0?q=%E5%85%B5%E5%BA%AB%E7%9C%8C%E3%81%9F%E3%81%A4%E3%81%AE%E5%B8%82%E9%BE%8D%E9%87%8E%E7%94%BA"
            )
        );
        s.at = Some(LatLon {
            lat: 34.8637,
            lon: 134.5455,
        });
        let geo = geo_uri(&s).unwrap_or_default();
        assert!(
            geo.starts_with("geo:34.8637,134.5455?q=34.8637,134.5455("),
            "{geo}"
        );
        assert!(!geo.contains(' '));
        assert_eq!(
            map_site_url(&s).as_deref(),
            Some("https://www.google.com/maps/search/?api=1&query=34.8637%2C134.5455")
        );
    }
}
