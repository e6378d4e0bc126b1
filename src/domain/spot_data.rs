//! The bundled directory of cooperating spots, converted from
//! `data/spots.csv` (or a test fixture, see the README) at build time and
//! checked there (see `data/build.rs`), and the offline map's geometry.
//!
//! Only the spots page uses [`SPOTS`] and the map; the home page needs no
//! more than [`SPOT_NAMES`] (through [`spot_name`]), which keeps the first
//! visit light.

// The generated code names these only when some spot uses them (the real
// directory may be empty, or have no spot with coordinates or a phone).
#[allow(unused_imports)]
use super::geo::{LatLon, Projection};
#[allow(unused_imports)]
use super::spot::{District, Kind, Spot, SpotPhone, name_of};

include!(concat!(env!("OUT_DIR"), "/spots.rs"));
include!(concat!(env!("OUT_DIR"), "/spot_map.rs"));

/// The name of the spot with `id`; `None` for an unknown or malformed id.
pub fn spot_name(id: &str) -> Option<&'static str> {
    name_of(SPOT_NAMES, id)
}

/// The position in [`SPOTS`] of the spot with `id`.
pub fn spot_index(id: &str) -> Option<u32> {
    SPOTS.iter().position(|s| s.id == id).map(|i| i as u32)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_and_spots_agree() {
        assert_eq!(SPOT_NAMES.len(), SPOTS.len());
        for s in SPOTS {
            assert_eq!(spot_name(s.id), Some(s.name));
            assert_eq!(spot_index(s.id).map(|i| SPOTS[i as usize].id), Some(s.id));
        }
        assert_eq!(spot_name("no-such-spot"), None);
        assert_eq!(spot_name("<script>"), None);
    }

    #[test]
    fn the_map_fits_the_city() {
        assert!(MAP_OUTLINE.starts_with('M'));
        const { assert!(MAP_PROJECTION.width > 500.0 && MAP_PROJECTION.height > 900.0) };
        for s in SPOTS {
            if let Some(at) = s.at {
                let (x, y) = MAP_PROJECTION.project(at);
                assert!((0.0..=MAP_PROJECTION.width).contains(&x), "{}", s.id);
                assert!((0.0..=MAP_PROJECTION.height).contains(&y), "{}", s.id);
            }
        }
    }
}
