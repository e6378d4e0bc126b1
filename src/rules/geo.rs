//! Places on the ground: points in degrees and the distance between them,
//! the city boundary (is a spot inside the city?), the offline map's
//! projection, and the outline as a compact SVG path.
//!
//! The boundary is read from `data/geo/tatsuno-boundary.geojson` at build
//! time only; the app receives the projected outline as a string.

use std::fmt::Write as _;

/// The credit the boundary data's licence asks for wherever the map is
/// shown, word for word (so in Japanese whatever the page's language).
pub const MAP_CREDIT: &str = "出典：「国土数値情報（行政区域データ）」（国土交通省）（https://nlftp.mlit.go.jp/ksj/gml/datalist/KsjTmplt-N03.html）を加工して作成";

/// Mean Earth radius in metres (IUGG).
const EARTH_RADIUS_M: f64 = 6_371_008.8;

/// How far outside the outline a point may lie and still count as inside:
/// the outline is simplified at about 40 m, and coordinates copied from a
/// map are rarely better than a few tens of metres.
pub const BOUNDARY_TOLERANCE_M: f64 = 100.0;

/// A point in WGS 84 degrees.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct LatLon {
    /// Latitude, north positive.
    pub lat: f64,
    /// Longitude, east positive.
    pub lon: f64,
}

impl LatLon {
    /// The great-circle distance to `other`, in metres (haversine).
    pub fn distance_m(self, other: LatLon) -> f64 {
        let (p1, p2) = (self.lat.to_radians(), other.lat.to_radians());
        let dp = p2 - p1;
        let dl = (other.lon - self.lon).to_radians();
        let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_M * a.sqrt().min(1.0).asin()
    }

    /// Whether both numbers are finite and within the ranges of the globe.
    pub fn is_valid(self) -> bool {
        self.lat.is_finite()
            && self.lon.is_finite()
            && (-90.0..=90.0).contains(&self.lat)
            && (-180.0..=180.0).contains(&self.lon)
    }
}

/// A distance as people say it: 「350 m」, 「1.2 km」, 「12 km」.
pub fn format_distance(metres: f64) -> String {
    if !metres.is_finite() || metres < 0.0 {
        return String::new();
    }
    if metres < 1000.0 {
        // Tens of metres: a phone's position is not better than that.
        let m = ((metres / 10.0).round() * 10.0).max(10.0);
        format!("{m:.0} m")
    } else if metres < 10_000.0 {
        format!("{:.1} km", metres / 1000.0)
    } else {
        format!("{:.0} km", metres / 1000.0)
    }
}

/// One polygon: an outer ring and its holes, each a list of points (the
/// closing point may repeat the first).
#[derive(Clone, Debug, PartialEq)]
pub struct Polygon {
    /// The outer ring.
    pub exterior: Vec<LatLon>,
    /// Holes cut out of it.
    pub holes: Vec<Vec<LatLon>>,
}

/// An area made of polygons (a mainland and islets).
#[derive(Clone, Debug, PartialEq)]
pub struct Boundary {
    /// The polygons.
    pub polygons: Vec<Polygon>,
}

impl Boundary {
    /// Reads every `Polygon` and `MultiPolygon` geometry of a GeoJSON text
    /// (coordinates are `[longitude, latitude]`).
    pub fn from_geojson(text: &str) -> Result<Boundary, String> {
        let mut polygons = Vec::new();
        let key = "\"coordinates\"";
        let mut rest = text;
        while let Some(at) = rest.find(key) {
            rest = &rest[at + key.len()..];
            let after_colon = rest
                .trim_start()
                .strip_prefix(':')
                .ok_or("GeoJSON: \"coordinates\" の後に「:」がありません")?;
            let mut parser = Nested {
                text: after_colon.as_bytes(),
                at: 0,
            };
            let value = parser.value()?;
            rest = &after_colon[parser.at..];
            match value.depth() {
                3 => polygons.push(polygon_of(&value)?),
                4 => {
                    if let Tree::List(items) = &value {
                        for p in items {
                            polygons.push(polygon_of(p)?);
                        }
                    }
                }
                _ => {} // points and lines bound nothing
            }
        }
        if polygons.is_empty() {
            return Err("GeoJSON に多角形（Polygon / MultiPolygon）がありません".to_owned());
        }
        Ok(Boundary { polygons })
    }

    /// Whether `p` lies inside (holes excluded), by ray casting.
    pub fn contains(&self, p: LatLon) -> bool {
        self.polygons.iter().any(|poly| {
            ring_contains(&poly.exterior, p) && !poly.holes.iter().any(|h| ring_contains(h, p))
        })
    }

    /// How far `p` lies outside the area, in metres; 0 inside.
    pub fn distance_outside_m(&self, p: LatLon) -> f64 {
        if self.contains(p) {
            return 0.0;
        }
        self.rings()
            .map(|ring| ring_distance_m(ring, p))
            .fold(f64::INFINITY, f64::min)
    }

    /// Whether `p` is inside, or outside by at most [`BOUNDARY_TOLERANCE_M`].
    pub fn accepts(&self, p: LatLon) -> bool {
        self.distance_outside_m(p) <= BOUNDARY_TOLERANCE_M
    }

    /// Every ring, outer rings and holes.
    pub fn rings(&self) -> impl Iterator<Item = &[LatLon]> {
        self.polygons.iter().flat_map(|p| {
            std::iter::once(p.exterior.as_slice()).chain(p.holes.iter().map(Vec::as_slice))
        })
    }

    /// The south-west and north-east corners of the bounding box.
    pub fn bbox(&self) -> (LatLon, LatLon) {
        let mut min = LatLon {
            lat: f64::INFINITY,
            lon: f64::INFINITY,
        };
        let mut max = LatLon {
            lat: f64::NEG_INFINITY,
            lon: f64::NEG_INFINITY,
        };
        for p in self.rings().flatten() {
            min.lat = min.lat.min(p.lat);
            min.lon = min.lon.min(p.lon);
            max.lat = max.lat.max(p.lat);
            max.lon = max.lon.max(p.lon);
        }
        (min, max)
    }
}

fn ring_contains(ring: &[LatLon], p: LatLon) -> bool {
    let mut inside = false;
    let n = ring.len();
    if n < 3 {
        return false;
    }
    let mut j = n - 1;
    for i in 0..n {
        let (a, b) = (ring[i], ring[j]);
        if (a.lat > p.lat) != (b.lat > p.lat) {
            let cross = (b.lon - a.lon) * (p.lat - a.lat) / (b.lat - a.lat) + a.lon;
            if p.lon < cross {
                inside = !inside;
            }
        }
        j = i;
    }
    inside
}

/// Distance in metres from `p` to the nearest edge of `ring`, in a local
/// flat projection around `p` (exact enough within a city).
fn ring_distance_m(ring: &[LatLon], p: LatLon) -> f64 {
    let ky = EARTH_RADIUS_M.to_radians();
    let kx = ky * p.lat.to_radians().cos();
    let local = |q: LatLon| ((q.lon - p.lon) * kx, (q.lat - p.lat) * ky);
    let mut best = f64::INFINITY;
    for pair in ring.windows(2) {
        best = best.min(segment_distance(local(pair[0]), local(pair[1])));
    }
    if let (Some(first), Some(last)) = (ring.first(), ring.last()) {
        best = best.min(segment_distance(local(*last), local(*first)));
    }
    best
}

/// Distance from the origin to the segment `a`–`b`.
fn segment_distance(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (dx, dy) = (b.0 - a.0, b.1 - a.1);
    let len2 = dx * dx + dy * dy;
    let t = if len2 == 0.0 {
        0.0
    } else {
        (-(a.0 * dx + a.1 * dy) / len2).clamp(0.0, 1.0)
    };
    (a.0 + t * dx).hypot(a.1 + t * dy)
}

fn polygon_of(tree: &Tree) -> Result<Polygon, String> {
    let Tree::List(rings) = tree else {
        return Err("GeoJSON: 多角形の形が正しくありません".to_owned());
    };
    let mut rings = rings.iter().map(ring_of);
    let exterior = rings
        .next()
        .ok_or("GeoJSON: 外周のない多角形があります")??;
    let holes = rings.collect::<Result<Vec<_>, _>>()?;
    Ok(Polygon { exterior, holes })
}

fn ring_of(tree: &Tree) -> Result<Vec<LatLon>, String> {
    let Tree::List(points) = tree else {
        return Err("GeoJSON: 輪の形が正しくありません".to_owned());
    };
    points
        .iter()
        .map(|pt| match pt {
            Tree::List(xy) => match xy.as_slice() {
                [Tree::Number(lon), Tree::Number(lat), ..] => Ok(LatLon {
                    lat: *lat,
                    lon: *lon,
                }),
                _ => Err("GeoJSON: 点は [経度, 緯度] です".to_owned()),
            },
            Tree::Number(_) => Err("GeoJSON: 点は [経度, 緯度] です".to_owned()),
        })
        .collect()
}

/// A JSON value made only of arrays and numbers (GeoJSON coordinates).
#[derive(Debug)]
enum Tree {
    Number(f64),
    List(Vec<Tree>),
}

impl Tree {
    fn depth(&self) -> usize {
        match self {
            Tree::Number(_) => 0,
            Tree::List(items) => 1 + items.first().map_or(0, Tree::depth),
        }
    }
}

/// A reader for [`Tree`]s.
struct Nested<'a> {
    text: &'a [u8],
    at: usize,
}

impl Nested<'_> {
    fn skip_space(&mut self) {
        while self.text.get(self.at).is_some_and(u8::is_ascii_whitespace) {
            self.at += 1;
        }
    }

    fn value(&mut self) -> Result<Tree, String> {
        self.skip_space();
        match self.text.get(self.at) {
            Some(b'[') => {
                self.at += 1;
                let mut items = Vec::new();
                loop {
                    self.skip_space();
                    if self.text.get(self.at) == Some(&b']') {
                        self.at += 1;
                        return Ok(Tree::List(items));
                    }
                    items.push(self.value()?);
                    self.skip_space();
                    match self.text.get(self.at) {
                        Some(b',') => self.at += 1,
                        Some(b']') => {}
                        _ => return Err("GeoJSON: 座標の配列が閉じていません".to_owned()),
                    }
                }
            }
            Some(c) if c.is_ascii_digit() || *c == b'-' => {
                let start = self.at;
                while self.text.get(self.at).is_some_and(|c| {
                    c.is_ascii_digit() || matches!(c, b'-' | b'+' | b'.' | b'e' | b'E')
                }) {
                    self.at += 1;
                }
                std::str::from_utf8(&self.text[start..self.at])
                    .ok()
                    .and_then(|s| s.parse().ok())
                    .map(Tree::Number)
                    .ok_or_else(|| "GeoJSON: 数として読めない座標があります".to_owned())
            }
            _ => Err("GeoJSON: 座標は数の配列です".to_owned()),
        }
    }
}

/// The offline map's projection: equirectangular, with longitude shrunk by
/// the cosine of the middle latitude so the city keeps its shape. Map units
/// grow right (east) and down (south), as SVG does.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Projection {
    /// Longitude at x = `margin`.
    pub west: f64,
    /// Latitude at y = `margin`.
    pub north: f64,
    /// Map units per degree of longitude.
    pub kx: f64,
    /// Map units per degree of latitude.
    pub ky: f64,
    /// Empty border around the area, in map units.
    pub margin: f64,
    /// Width of the whole map, margins included.
    pub width: f64,
    /// Height of the whole map, margins included.
    pub height: f64,
}

impl Projection {
    /// The projection that draws the box `sw`–`ne` `inner_width` units wide,
    /// with `margin` units around it.
    pub fn fit(sw: LatLon, ne: LatLon, inner_width: f64, margin: f64) -> Projection {
        let mid = ((sw.lat + ne.lat) / 2.0).to_radians().cos();
        let kx = inner_width / (ne.lon - sw.lon);
        let ky = kx / mid;
        Projection {
            west: sw.lon,
            north: ne.lat,
            kx,
            ky,
            margin,
            width: inner_width + 2.0 * margin,
            height: (ne.lat - sw.lat) * ky + 2.0 * margin,
        }
    }

    /// Map coordinates of `p`.
    pub fn project(&self, p: LatLon) -> (f64, f64) {
        (
            self.margin + (p.lon - self.west) * self.kx,
            self.margin + (self.north - p.lat) * self.ky,
        )
    }
}

/// Where a box of `box_w` × `box_h` pixels draws a `view_w` × `view_h` view
/// box with SVG's default `xMidYMid meet`: `(scale, offset_x, offset_y)`,
/// so that pixel = offset + unit × scale.
pub fn meet(view_w: f64, view_h: f64, box_w: f64, box_h: f64) -> (f64, f64, f64) {
    let scale = (box_w / view_w).min(box_h / view_h);
    (
        scale,
        (box_w - view_w * scale) / 2.0,
        (box_h - view_h * scale) / 2.0,
    )
}

/// The index of the point nearest to `at` among `points`, if one lies
/// within `max_dist` (same units).
pub fn nearest(
    points: impl IntoIterator<Item = (u32, (f64, f64))>,
    at: (f64, f64),
    max_dist: f64,
) -> Option<u32> {
    let mut best: Option<(u32, f64)> = None;
    for (i, (x, y)) in points {
        let d = (x - at.0).hypot(y - at.1);
        if d <= max_dist && best.is_none_or(|(_, bd)| d < bd) {
            best = Some((i, d));
        }
    }
    best.map(|(i, _)| i)
}

/// Douglas–Peucker: the points of `line` needed to stay within `tolerance`
/// of it (first and last always kept).
pub fn simplify(line: &[(f64, f64)], tolerance: f64) -> Vec<(f64, f64)> {
    if line.len() < 3 {
        return line.to_vec();
    }
    let mut keep = vec![false; line.len()];
    keep[0] = true;
    keep[line.len() - 1] = true;
    let mut stack = vec![(0, line.len() - 1)];
    while let Some((first, last)) = stack.pop() {
        let (a, b) = (line[first], line[last]);
        let mut far = (0, 0.0);
        for (i, p) in line.iter().enumerate().take(last).skip(first + 1) {
            let d = segment_distance((a.0 - p.0, a.1 - p.1), (b.0 - p.0, b.1 - p.1));
            if d > far.1 {
                far = (i, d);
            }
        }
        if far.1 > tolerance {
            keep[far.0] = true;
            stack.push((first, far.0));
            stack.push((far.0, last));
        }
    }
    line.iter()
        .zip(keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect()
}

/// The boundary as one SVG path in `projection`'s units: each ring
/// simplified to `tolerance` units, written with relative moves to one
/// decimal. Rings that shrink below three points are dropped.
pub fn outline_path(boundary: &Boundary, projection: &Projection, tolerance: f64) -> String {
    let mut out = String::new();
    for ring in boundary.rings() {
        let mut points: Vec<(f64, f64)> = ring.iter().map(|p| projection.project(*p)).collect();
        if points.len() > 1 && points.first() == points.last() {
            points.pop();
        }
        // Simplify as a closed line: split at the point farthest from the
        // first, so both halves have fixed ends.
        let Some(far) = (1..points.len()).max_by(|&i, &j| {
            let d = |k: usize| (points[k].0 - points[0].0).hypot(points[k].1 - points[0].1);
            d(i).total_cmp(&d(j))
        }) else {
            continue;
        };
        let mut first_half = simplify(&points[..=far], tolerance);
        let mut second: Vec<(f64, f64)> = points[far..].to_vec();
        second.push(points[0]);
        let second_half = simplify(&second, tolerance);
        first_half.extend_from_slice(&second_half[1..second_half.len() - 1]);
        if first_half.len() < 3 {
            continue;
        }
        // Relative moves from rounded positions, so rounding never drifts.
        let round = |v: f64| (v * 10.0).round() as i64;
        let mut prev = (round(first_half[0].0), round(first_half[0].1));
        _ = write!(out, "M{}{}", decimal(prev.0), signed(prev.1));
        out.push('l');
        let mut first = true;
        for p in &first_half[1..] {
            let cur = (round(p.0), round(p.1));
            if cur == prev {
                continue;
            }
            if first {
                _ = write!(out, "{}{}", decimal(cur.0 - prev.0), signed(cur.1 - prev.1));
                first = false;
            } else {
                _ = write!(out, "{}{}", signed(cur.0 - prev.0), signed(cur.1 - prev.1));
            }
            prev = cur;
        }
        out.push('z');
    }
    out
}

/// Tenths as a decimal without needless zeros: 125 → "12.5", 120 → "12",
/// 5 → ".5" (SVG reads numbers without a leading zero).
fn decimal(tenths: i64) -> String {
    let sign = if tenths < 0 { "-" } else { "" };
    let abs = tenths.unsigned_abs();
    match (abs / 10, abs % 10) {
        (whole, 0) => format!("{sign}{whole}"),
        (0, tenth) => format!("{sign}.{tenth}"),
        (whole, tenth) => format!("{sign}{whole}.{tenth}"),
    }
}

/// A number that follows another in a path: a space unless a minus sign
/// already separates them.
fn signed(tenths: i64) -> String {
    if tenths < 0 {
        decimal(tenths)
    } else {
        format!(" {}", decimal(tenths))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SQUARE: &str = r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"note":"say \"coordinates\""},
        "geometry":{"type":"MultiPolygon","coordinates":[[[[134.0,34.0],[134.1,34.0],[134.1,34.1],[134.0,34.1],[134.0,34.0]],
        [[134.04,34.04],[134.06,34.04],[134.06,34.06],[134.04,34.06],[134.04,34.04]]],
        [[[135.0,35.0],[135.01,35.0],[135.01,35.01],[135.0,35.0]]]]}}]}"#;

    fn square() -> Boundary {
        Boundary::from_geojson(SQUARE).unwrap_or(Boundary {
            polygons: Vec::new(),
        })
    }

    #[test]
    fn reads_multipolygons_with_holes() {
        let b = square();
        assert_eq!(b.polygons.len(), 2);
        assert_eq!(b.polygons[0].exterior.len(), 5);
        assert_eq!(b.polygons[0].holes.len(), 1);
        let (sw, ne) = b.bbox();
        assert_eq!(
            (sw.lat, sw.lon, ne.lat, ne.lon),
            (34.0, 134.0, 35.01, 135.01)
        );
    }

    #[test]
    fn refuses_broken_geojson() {
        assert!(Boundary::from_geojson("{}").is_err());
        assert!(Boundary::from_geojson(r#"{"coordinates":[[[1,2],[3"#).is_err());
        assert!(Boundary::from_geojson(r#"{"coordinates":[[["a",2]]]}"#).is_err());
    }

    #[test]
    fn inside_outside_and_holes() {
        let b = square();
        let at = |lat, lon| LatLon { lat, lon };
        assert!(b.contains(at(34.02, 134.02)));
        assert!(!b.contains(at(34.05, 134.05)), "in the hole");
        assert!(!b.contains(at(34.2, 134.05)));
        assert!(b.contains(at(35.002, 135.008)), "the islet");
        assert_eq!(b.distance_outside_m(at(34.02, 134.02)), 0.0);
    }

    #[test]
    fn tolerance_accepts_points_just_outside() {
        let b = square();
        // 0.0005° of latitude is about 56 m; 0.002° about 222 m.
        assert!(b.accepts(LatLon {
            lat: 34.1005,
            lon: 134.05
        }));
        assert!(!b.accepts(LatLon {
            lat: 34.102,
            lon: 134.05
        }));
        let d = b.distance_outside_m(LatLon {
            lat: 34.1005,
            lon: 134.05,
        });
        assert!((d - 55.6).abs() < 1.0, "{d}");
    }

    #[test]
    fn distances_match_known_values() {
        // One degree of latitude is about 111.2 km.
        let a = LatLon {
            lat: 34.0,
            lon: 134.5,
        };
        let b = LatLon {
            lat: 35.0,
            lon: 134.5,
        };
        assert!((a.distance_m(b) - 111_195.0).abs() < 50.0);
        assert_eq!(a.distance_m(a), 0.0);
        // Tatsuno city hall to Himeji station, about 13.7 km.
        let hall = LatLon {
            lat: 34.8581,
            lon: 134.5456,
        };
        let himeji = LatLon {
            lat: 34.8267,
            lon: 134.6906,
        };
        let d = hall.distance_m(himeji);
        assert!((13_000.0..14_500.0).contains(&d), "{d}");
    }

    #[test]
    fn distances_read_naturally() {
        assert_eq!(format_distance(3.0), "10 m");
        assert_eq!(format_distance(347.0), "350 m");
        assert_eq!(format_distance(1_234.0), "1.2 km");
        assert_eq!(format_distance(12_345.0), "12 km");
        assert_eq!(format_distance(f64::NAN), "");
    }

    #[test]
    fn projection_keeps_north_up_and_shape() {
        let p = Projection::fit(
            LatLon {
                lat: 34.0,
                lon: 134.0,
            },
            LatLon {
                lat: 35.0,
                lon: 135.0,
            },
            100.0,
            10.0,
        );
        assert_eq!(
            p.project(LatLon {
                lat: 35.0,
                lon: 134.0
            }),
            (10.0, 10.0)
        );
        let (x, y) = p.project(LatLon {
            lat: 34.0,
            lon: 135.0,
        });
        assert!((x - 110.0).abs() < 1e-9);
        // A degree of latitude is longer than one of longitude at 34.5°N.
        assert!(y - 10.0 > 120.0 && y - 10.0 < 122.0, "{y}");
        assert!((p.height - y - 10.0).abs() < 1e-9);
    }

    #[test]
    fn meet_centres_the_view() {
        assert_eq!(meet(100.0, 200.0, 100.0, 200.0), (1.0, 0.0, 0.0));
        assert_eq!(meet(100.0, 200.0, 300.0, 200.0), (1.0, 100.0, 0.0));
        assert_eq!(meet(100.0, 200.0, 50.0, 400.0), (0.5, 0.0, 150.0));
    }

    #[test]
    fn nearest_point_within_reach() {
        let pts = [(0, (0.0, 0.0)), (1, (10.0, 0.0)), (2, (10.0, 3.0))];
        assert_eq!(nearest(pts, (9.0, 1.0), 5.0), Some(1));
        assert_eq!(nearest(pts, (10.0, 2.5), 5.0), Some(2));
        assert_eq!(nearest(pts, (50.0, 50.0), 5.0), None);
        assert_eq!(nearest([], (0.0, 0.0), 5.0), None);
    }

    #[test]
    fn simplify_drops_points_on_a_line() {
        let line = [(0.0, 0.0), (1.0, 0.01), (2.0, 0.0), (3.0, 5.0), (4.0, 0.0)];
        assert_eq!(
            simplify(&line, 0.1),
            vec![(0.0, 0.0), (2.0, 0.0), (3.0, 5.0), (4.0, 0.0)]
        );
        assert_eq!(simplify(&line[..2], 0.1), line[..2].to_vec());
    }

    #[test]
    fn outline_is_a_compact_relative_path() {
        let b = square();
        let (sw, ne) = b.bbox();
        let p = Projection::fit(sw, ne, 100.0, 10.0);
        let path = outline_path(&b, &p, 0.5);
        assert!(path.starts_with('M'));
        assert_eq!(path.matches('M').count(), 3, "{path}");
        assert_eq!(path.matches('z').count(), 3);
        assert!(!path.contains("NaN") && !path.contains(".0 "));
    }

    #[test]
    fn decimals_are_short() {
        assert_eq!(decimal(125), "12.5");
        assert_eq!(decimal(120), "12");
        assert_eq!(decimal(-5), "-.5");
        assert_eq!(decimal(0), "0");
        assert_eq!(signed(-5), "-.5");
        assert_eq!(signed(5), " .5");
    }
}
