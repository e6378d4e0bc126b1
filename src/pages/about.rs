//! このネットワークについて: what the network is, how a resident uses it,
//! what a 協力スポット does, what the sticker means, who can join and how,
//! and how it differs from the city's other 見守り activities. Written from
//! the city's own page, in short sections; the texts are in
//! `data/i18n/about.toml`.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::components::sentence::sentence;
use crate::domain::data::{HEALTH_DIVISION_ID, window};
use crate::domain::i18n::{self, About, Part, parts, route_label};
use crate::domain::lang::Lang;
use crate::domain::route::Route;
use crate::domain::text::japanese_runs;
use crate::state::{href, use_lang};

/// The three 見守り activities compared, this network first: the column
/// header of each.
fn activities(t: &'static About) -> [&'static str; 3] {
    [t.activity_ours, t.activity_isolation, t.activity_wandering]
}

/// The comparison: one row per aspect, one cell per activity (in the order
/// of [`activities`]).
fn comparison(t: &'static About) -> [(&'static str, [&'static str; 3]); 3] {
    [
        (t.row_aim, [t.aim_ours, t.aim_isolation, t.aim_wandering]),
        (t.row_for, [t.for_ours, t.for_isolation, t.for_wandering]),
        (
            t.row_role,
            [t.role_ours, t.role_isolation, t.role_wandering],
        ),
    ]
}

/// About page: the network in short sections.
#[component]
pub fn AboutPage() -> impl IntoView {
    let lang = use_lang();
    let t = i18n::about(lang);
    // In English, the Japanese names left in a text are marked for screen
    // readers and for the right glyphs.
    let m = move |text: &str| marked(lang, text);
    // The words of a sentence's marked span as a link to a page.
    let link = |route| move |words: &'static str| view! { <a href=href(route, "")>{words}</a> };
    let office = window(HEALTH_DIVISION_ID).and_then(|w| w.main_phone().map(|(_, p)| (w, p)));
    view! {
        <h1>{route_label(Route::About, lang)}</h1>
        <p class="lead">{m(t.lead)}</p>
        <p class="help-now">{sentence(t.help_now, |_| (), link(Route::Home))}</p>

        <section aria-labelledby="about-what">
            <h2 id="about-what">{t.what_title}</h2>
            <p>{t.what_1}</p>
            <p>{t.what_2}</p>
        </section>

        <section aria-labelledby="about-how">
            <h2 id="about-how">{t.how_title}</h2>
            <ol class="steps">
                <li>{t.how_1}</li>
                <li>{sentence(t.how_2, |_| (), link(Route::Home))}</li>
                <li>{t.how_3}</li>
                <li>{t.how_4}</li>
            </ol>
        </section>

        <section aria-labelledby="about-spot">
            <h2 id="about-spot">{t.spot_title}</h2>
            <ul>
                <li>{t.spot_1}</li>
                <li>{t.spot_2}</li>
                <li>{t.spot_3}</li>
                <li>{t.spot_4}</li>
                <li>{t.spot_5}</li>
            </ul>
            <p>{sentence(t.spot_guide, |_| (), link(Route::Guide))}</p>
        </section>

        <section aria-labelledby="about-sticker">
            <h2 id="about-sticker">{t.sticker_title}</h2>
            <p>{m(t.sticker_text)}</p>
            <p>{sentence(t.sticker_make, |_| (), link(Route::Sticker))}</p>
        </section>

        <section aria-labelledby="about-join">
            <h2 id="about-join">{t.join_title}</h2>
            <p>{t.join_text}</p>
            <ol class="steps">
                <li>{m(t.join_step_1)}</li>
                // In English the words hold the form's Japanese title, marked
                // like the rest of the page's Japanese.
                <li>
                    {parts(t.join_step_2)
                        .map(|part| match part {
                            Part::Marked(words) => link(Route::Register)(words).into_any(),
                            Part::Words(words) | Part::Value(words) => m(words).into_any(),
                        })
                        .collect_view()}
                </li>
                <li>{t.join_step_3}</li>
                <li>{t.join_step_4}</li>
            </ol>
        </section>

        <section aria-labelledby="about-compare">
            <h2 id="about-compare">{t.compare_title}</h2>
            <p>{t.compare_lead}</p>
            <Comparison lang=lang />
        </section>

        <section aria-labelledby="about-contact">
            <h2 id="about-contact">{t.contact_title}</h2>
            <p>
                {office
                    .map(|(w, phone)| {
                        sentence(
                            t.contact_line,
                            move |name| match name {
                                "phone" => view! { <a href=phone.tel>{phone.display}</a> }.into_any(),
                                "organisation" => m(w.organisation).into_any(),
                                _ => m(w.name).into_any(),
                            },
                            |_| (),
                        )
                    })}
            </p>
        </section>
    }
}

/// The three 見守り activities side by side. On a phone each row becomes a
/// card: the aspect, then each activity's cell under its name (a label that
/// is shown there only, hidden from screen readers, which announce the
/// column header instead).
#[component]
fn Comparison(
    /// The page's language.
    lang: Lang,
) -> impl IntoView {
    let t = i18n::about(lang);
    let names = activities(t);
    view! {
        <table class="compare">
            <caption class="visually-hidden">{t.compare_caption}</caption>
            <thead>
                <tr>
                    <th scope="col">{t.compare_aspect}</th>
                    {names.map(|name| view! { <th scope="col">{marked(lang, name)}</th> })}
                </tr>
            </thead>
            <tbody>
                {comparison(t)
                    .map(|(aspect, cells)| {
                        view! {
                            <tr>
                                <th scope="row">{aspect}</th>
                                {cells
                                    .into_iter()
                                    .zip(names)
                                    .map(|(cell, name)| {
                                        view! {
                                            <td>
                                                <span class="compare__label" aria-hidden="true">
                                                    {marked(lang, name)}
                                                </span>
                                                {marked(lang, cell)}
                                            </td>
                                        }
                                    })
                                    .collect_view()}
                            </tr>
                        }
                    })}
            </tbody>
        </table>
    }
}

/// `text` as shown in `lang`: in English, each run of Japanese (an official
/// name people need to say or read on paper) in `<span lang="ja">`.
fn marked(lang: Lang, text: &str) -> Vec<AnyView> {
    if lang != Lang::En {
        return vec![text.to_owned().into_any()];
    }
    japanese_runs(text)
        .into_iter()
        .map(|(japanese, part)| {
            let part = part.to_owned();
            if japanese {
                view! { <span lang="ja">{part}</span> }.into_any()
            } else {
                part.into_any()
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::model::Window;
    use crate::domain::text::is_japanese;

    // Japanese cannot be written in this file (tests/i18n.rs), so the
    // Japanese side of each case comes from the catalogue and the data.
    fn ja() -> &'static About {
        i18n::about(Lang::Ja)
    }

    fn office() -> &'static Window {
        window(HEALTH_DIVISION_ID).expect("the data holds the health division")
    }

    /// The Japanese runs of a text.
    fn names(text: &str) -> Vec<&str> {
        japanese_runs(text)
            .into_iter()
            .filter_map(|(japanese, part)| japanese.then_some(part))
            .collect()
    }

    #[test]
    fn runs_split_a_text_and_join_back_to_it() {
        for lang in Lang::ALL {
            let t = i18n::about(lang);
            for text in [
                t.lead,
                t.join_step_2,
                t.activity_wandering,
                t.role_isolation,
            ] {
                let runs = japanese_runs(text);
                assert_eq!(runs.iter().map(|(_, p)| *p).collect::<String>(), text);
                for (japanese, part) in runs {
                    assert!(!part.is_empty());
                    assert_eq!(japanese, part.chars().any(is_japanese), "{text}: {part}");
                }
            }
        }
        assert_eq!(japanese_runs("No Japanese."), vec![(false, "No Japanese.")]);
        assert_eq!(japanese_runs(""), Vec::<(bool, &str)>::new());
    }

    #[test]
    fn official_names_in_english_are_found_whole() {
        let en = i18n::about(Lang::En);
        // A name with Latin letters inside it.
        assert_eq!(names(en.activity_wandering), vec![ja().activity_wandering]);
        // The form's title, with its full-width brackets and digit.
        let title = ja()
            .join_step_2
            .split(['\u{300c}', '\u{300d}'])
            .nth(1)
            .expect("the Japanese step quotes the form's title");
        assert_eq!(names(en.join_step_2), vec![title]);
        // The division, at the start of the Japanese step.
        let division = names(en.join_step_1);
        assert_eq!(division.len(), 1);
        assert!(ja().join_step_1.starts_with(division[0]));
        // The city and its division as one name; the place as another.
        let w = office();
        assert_eq!(names(w.name), vec![w.name]);
        assert_eq!(names(w.organisation), vec![w.organisation]);
    }

    #[test]
    fn latin_words_next_to_a_name_stay_outside_it() {
        let name = office().name;
        assert_eq!(
            japanese_runs(&format!("{name} is open")),
            vec![(true, name), (false, " is open")]
        );
        let aim = ja().row_aim;
        assert_eq!(
            japanese_runs(&format!("{aim}ABC, {aim} and {aim}.")),
            vec![
                (true, aim),
                (false, "ABC, "),
                (true, aim),
                (false, " and "),
                (true, aim),
                (false, "."),
            ]
        );
    }

    #[test]
    fn the_comparison_has_a_cell_for_every_activity_in_every_language() {
        for lang in Lang::ALL {
            let t = i18n::about(lang);
            assert!(activities(t).iter().all(|a| !a.is_empty()));
            for (aspect, cells) in comparison(t) {
                assert!(!aspect.is_empty());
                assert!(cells.iter().all(|c| !c.is_empty()));
            }
        }
    }
}
