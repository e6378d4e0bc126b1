//! Sticker sheets for spots the staff choose: each spot's own sticker
//! (its name, and a QR code that opens the app with `?s=<its id>`), drawn
//! and laid out on A4 by the sticker studio's own functions
//! ([`render_sheets`]), with the printer correction saved in the studio.
//! Each spot gets its own page or pages, so a sheet can go to its spot as
//! it is.

use super::super::sticker::{PrintCorrection, Sticker, StickerError, StickerSize, render_sheets};

/// One spot to print: its id and name.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Chosen {
    /// The spot's id (its `?s=`).
    pub id: String,
    /// The spot's name, printed under the QR code.
    pub name: String,
}

/// The A4 pages (standalone SVGs, one document can hold them all) that
/// print `copies` stickers of `size` for each spot of `chosen`, whose QR
/// codes lead to `base_url` with the spot's `?s=`.
pub fn sticker_pages(
    chosen: &[Chosen],
    base_url: &str,
    size: StickerSize,
    copies: usize,
    correction: PrintCorrection,
) -> Result<Vec<String>, StickerError> {
    let mut pages = Vec::new();
    for (n, spot) in chosen.iter().enumerate() {
        let sticker = Sticker {
            spot_name: spot.name.clone(),
            spot_id: spot.id.clone(),
            base_url: base_url.to_owned(),
            size,
        };
        // The studio names each page's sticker after the page number; in
        // one document, the spots' pages must not share those ids.
        let own = |page: String| {
            page.replace(
                "id=\"tsunagaru-sheet-",
                &format!("id=\"tsunagaru-spot{}-sheet-", n + 1),
            )
            .replace(
                "href=\"#tsunagaru-sheet-",
                &format!("href=\"#tsunagaru-spot{}-sheet-", n + 1),
            )
        };
        pages.extend(
            render_sheets(&sticker, copies, correction)?
                .into_iter()
                .map(own),
        );
    }
    Ok(pages)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::sticker::sheet_layout;

    fn chosen() -> Vec<Chosen> {
        vec![
            Chosen {
                id: "sample-001".to_owned(),
                name: "サンプル薬局 <本町店>".to_owned(),
            },
            Chosen {
                id: "sample-002".to_owned(),
                name: "サンプル商事".to_owned(),
            },
        ]
    }

    #[test]
    fn each_spot_gets_its_own_pages_with_its_own_ids() {
        let size = StickerSize::default();
        let per_sheet = sheet_layout(size).per_sheet();
        let pages = sticker_pages(
            &chosen(),
            "https://example.jp/tsunagaru/",
            size,
            per_sheet + 1,
            PrintCorrection::NONE,
        )
        .unwrap_or_else(|e| panic!("{e}"));
        assert_eq!(pages.len(), 4, "two pages for each spot");
        let mut ids = std::collections::HashSet::new();
        for (i, page) in pages.iter().enumerate() {
            let doc = roxmltree::Document::parse(page).unwrap_or_else(|e| panic!("{e}"));
            let names: Vec<&str> = doc
                .descendants()
                .filter(|n| {
                    n.attribute("class")
                        .is_some_and(|c| c.split(' ').any(|c| c == "spot-name"))
                })
                .flat_map(|n| n.descendants().filter_map(|t| t.text()))
                .collect();
            let want = if i < 2 {
                "サンプル薬局 <本町店>"
            } else {
                "サンプル商事"
            };
            assert!(names.concat().contains(want), "page {i}: {names:?}");
            for node in doc.descendants() {
                if let Some(id) = node.attribute("id") {
                    assert!(ids.insert(id.to_owned()), "id {id} twice");
                }
                if let Some(href) = node.attribute("href") {
                    let target = href.trim_start_matches('#');
                    assert!(
                        doc.descendants().any(|n| n.attribute("id") == Some(target)),
                        "page {i}: {href} points nowhere on its page"
                    );
                }
            }
        }
        assert!(
            sticker_pages(&[], "https://example.jp/", size, 1, PrintCorrection::NONE)
                .is_ok_and(|p| p.is_empty())
        );
        assert!(sticker_pages(&chosen(), "ftp://x", size, 1, PrintCorrection::NONE).is_err());
    }
}
