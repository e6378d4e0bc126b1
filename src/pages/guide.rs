//! 協力スポットの方へ: a short guide for the people at a spot, in the order of
//! the city's list (気づく, 声をかける, 聴く, つなぐ, 見守る), in the spirit of
//! the national gatekeeper (ゲートキーパー) training. It prints on one A4
//! sheet for the back room in every language (style/main.css, `.guide`
//! print rules). Its texts are `data/i18n/guide.toml`, a full-build section.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::components::sentence::sentence;
use crate::domain::category::Category;
use crate::domain::data::{HEALTH_DIVISION_ID, window};
use crate::domain::i18n::{self, Guide};
use crate::domain::lang::Lang;
use crate::domain::model::Window;
use crate::domain::route::Route;
use crate::state::{href, use_lang};

/// Which worry goes to which part of the app's consultation windows: the
/// worry in everyday words, then the category (named as on its button).
fn referrals(t: &'static Guide) -> [(&'static str, Category); 7] {
    [
        (t.worry_mental, Category::Mental),
        (t.worry_money, Category::Money),
        (t.worry_work, Category::Work),
        (t.worry_family, Category::Family),
        (t.worry_violence, Category::Violence),
        (t.worry_school, Category::School),
        (t.worry_unsure, Category::Unsure),
    ]
}

/// Guide page for the staff of a 協力スポット.
#[component]
pub fn GuidePage() -> impl IntoView {
    let lang = use_lang();
    let t = i18n::guide(lang);
    let office = window(HEALTH_DIVISION_ID).and_then(|w| w.main_phone().map(|(_, p)| (w, p)));
    view! {
        <article class="guide">
            <h1>{t.title}</h1>
            <p class="lead">{t.lead}</p>
            <p class="guide__print no-print">
                <button type="button" class="text-button" on:click=move |_| print()>
                    {t.print}
                </button>
            </p>

            <section aria-labelledby="guide-notice">
                <h2 id="guide-notice">{t.notice_title}</h2>
                <ul>
                    <li>{t.notice_1}</li>
                    <li>{t.notice_2}</li>
                    <li>{t.notice_3}</li>
                    <li>{t.notice_4}</li>
                </ul>
            </section>

            <section aria-labelledby="guide-ask">
                <h2 id="guide-ask">{t.ask_title}</h2>
                <ul>
                    <li>{t.ask_1}</li>
                    <li>{t.ask_2}</li>
                    <li>{t.ask_3}</li>
                </ul>
                <p>{t.ask_note}</p>
            </section>

            <section aria-labelledby="guide-listen">
                <h2 id="guide-listen">{t.listen_title}</h2>
                <ul>
                    <li>{t.listen_1}</li>
                    <li>{t.listen_2}</li>
                    <li>{t.listen_3}</li>
                </ul>
                <p class="guide__die">
                    {sentence(t.die, |_| (), |words| view! { <strong>{words}</strong> })}
                </p>
            </section>

            <section aria-labelledby="guide-connect">
                <h2 id="guide-connect">{t.connect_title}</h2>
                <p>{t.connect_lead}</p>
                <ul class="guide__referrals">
                    {referrals(t)
                        .map(|(worry, category)| {
                            view! {
                                <li>
                                    {worry}
                                    " → "
                                    <a href=href(
                                        Route::Home,
                                        &format!("c={}", category.id()),
                                    )>{i18n::category_label(category, lang)}</a>
                                </li>
                            }
                        })}
                </ul>
                <p class="guide__urgent">
                    {sentence(
                        t.urgent,
                        |name| match name {
                            "police" => view! { <a href="tel:110">{t.urgent_police}</a> },
                            _ => view! { <a href="tel:119">{t.urgent_ambulance}</a> },
                        },
                        |_| (),
                    )}
                </p>
            </section>

            <section aria-labelledby="guide-watch">
                <h2 id="guide-watch">{t.watch_title}</h2>
                <ul>
                    <li>{t.watch_1}</li>
                    <li>{t.watch_2}</li>
                </ul>
            </section>

            <p class="guide__contact">
                {office
                    .map(|(w, phone)| {
                        sentence(
                            t.contact,
                            move |name| match name {
                                "phone" => view! { <a href=phone.tel>{phone.display}</a> }.into_any(),
                                _ => office_name(w, lang),
                            },
                            |_| (),
                        )
                    })}
            </p>
        </article>
    }
}

/// The office's name from the data; in English with its Japanese name beside
/// it (marked as Japanese), which people may need to say on the phone.
fn office_name(w: &'static Window, lang: Lang) -> AnyView {
    match lang {
        Lang::En => view! {
            {w.name_in(lang)}
            " ("
            <span lang="ja">{w.name}</span>
            ")"
        }
        .into_any(),
        _ => format!("{} {}", w.organisation_in(lang), w.name_in(lang)).into_any(),
    }
}

fn print() {
    if let Some(window) = web_sys::window() {
        _ = window.print();
    }
}
