//! Everyday words people type into the search, and the lines a counsellor
//! would suggest for each: one test per word, against the bundled data.
#![cfg(not(target_arch = "wasm32"))]

use tsunagaru_inochi::domain::category::{Audience, Category};
use tsunagaru_inochi::domain::data::{INDEX, WINDOWS};
use tsunagaru_inochi::domain::model::Window;

/// The windows that `query` finds, best first.
fn found(query: &str) -> Vec<&'static Window> {
    INDEX
        .search(query)
        .iter()
        .map(|h| &WINDOWS[h.index])
        .collect()
}

fn ids(windows: &[&Window]) -> Vec<&'static str> {
    windows.iter().map(|w| w.id).collect()
}

/// Every window of the data that serves `audience`.
fn serving(audience: Audience) -> Vec<&'static str> {
    WINDOWS
        .iter()
        .filter(|w| w.audiences.contains(&audience))
        .map(|w| w.id)
        .collect()
}

fn assert_finds_every_foreign_language_line(query: &str) {
    let mut got = ids(&found(query));
    got.sort_unstable();
    let mut want = serving(Audience::ForeignLanguage);
    want.sort_unstable();
    assert!(want.len() >= 2, "the data has lines in foreign languages");
    assert_eq!(got, want, "「{query}」");
}

#[test]
fn gaikokujin_finds_the_lines_in_foreign_languages() {
    assert_finds_every_foreign_language_line("外国人");
    assert_finds_every_foreign_language_line("がいこくじん");
}

#[test]
fn eigo_finds_the_lines_in_foreign_languages() {
    assert_finds_every_foreign_language_line("英語");
    assert_finds_every_foreign_language_line("English");
}

/// Whether `query` finds at least `min` lines, each of which helps with
/// one of `categories`, and the lines of `must` among them.
fn assert_finds(query: &str, min: usize, categories: &[Category], must: &[&str]) {
    let got = found(query);
    assert!(got.len() >= min, "「{query}」 finds {:?}", ids(&got));
    for w in &got {
        assert!(
            w.categories.iter().any(|c| categories.contains(c)),
            "「{query}」 finds {} ({:?})",
            w.id,
            w.categories
        );
    }
    for id in must {
        assert!(
            ids(&got).contains(id),
            "「{query}」 misses {id}: {:?}",
            ids(&got)
        );
    }
}

#[test]
fn gamble_finds_lines_for_addiction_and_debts() {
    // A counsellor suggests the lines for the mind and those for debts.
    assert_finds(
        "ギャンブル",
        3,
        &[Category::Mental, Category::Money],
        &["houterasu", "yorisoi"],
    );
    assert_finds(
        "gambling",
        3,
        &[Category::Mental, Category::Money],
        &["houterasu"],
    );
}

#[test]
fn tsukareta_finds_lines_for_the_mind() {
    assert_finds(
        "疲れた",
        3,
        &[Category::Mental, Category::Crisis],
        &["inochi-sos", "kokoro-dial"],
    );
    assert_finds(
        "つかれた",
        3,
        &[Category::Mental, Category::Crisis],
        &["kokoro-dial"],
    );
    assert_finds(
        "tired",
        3,
        &[Category::Mental, Category::Crisis],
        &["kokoro-dial"],
    );
}

#[test]
fn kaigo_finds_lines_for_carers() {
    // A carer worn out by looking after a parent: the line for any worry,
    // the lines for the mind, and the city, which knows its care windows.
    for query in ["介護", "かいご"] {
        assert_finds(
            query,
            3,
            &[
                Category::Care,
                Category::Mental,
                Category::Unsure,
                Category::Crisis,
            ],
            &["yorisoi", "kokoro-dial", "tatsuno-kenko"],
        );
    }
}

#[test]
fn kosodate_finds_lines_for_parents() {
    // Raising a child: the child guidance centres (the national line and the
    // centre for 西播磨) and the lines a worried parent may call.
    for query in ["子育て", "こそだて"] {
        assert_finds(
            query,
            4,
            &[Category::Parenting, Category::Family],
            &["jidou-soudan-dial", "himeji-kodomo", "gyakutai-189"],
        );
    }
}
