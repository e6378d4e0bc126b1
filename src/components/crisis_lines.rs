//! 「今すぐ話したい」: the crisis lines, open ones first, each with its state
//! and a call button, under one line on 119 for when life is in danger now.
//! The block's markup is the static first screen's (`domain::dial`); on that
//! screen, in Japanese, the app keeps the static block and draws its lines
//! into it (see [`crate::first_screen`]). Below them, the lines that help in
//! foreign languages.

use leptos::prelude::*;

use crate::components::call_button::CallButton;
use crate::components::window_card::WindowName;
use crate::domain::category::Audience;
use crate::domain::data::WINDOWS;
use crate::domain::dial::crisis_block_html;
use crate::domain::i18n;
use crate::domain::search::crisis_lines;
use crate::first_screen::{Kept, Part};
use crate::state::{use_lang, use_now};

/// The crisis block at the top of the home page.
#[component]
pub fn CrisisLines() -> impl IntoView {
    let now = use_now();
    let lang = use_lang();
    let t = i18n::home(lang);
    let lines = move || {
        let now = now.0.get();
        crisis_lines(WINDOWS, now)
            .into_iter()
            .filter_map(|w| w.main_phone().map(|(contact, phone)| (w, contact, phone)))
            .map(|(w, contact, phone)| {
                let state = contact.hours.state(now);
                view! {
                    <li class="line-card" class:line-card--open=state.is_open()>
                        <div class="line-card__text">
                            <p class="line-card__name">
                                <a href=format!("window/?id={}", w.id)>
                                    <WindowName window=w />
                                </a>
                            </p>
                            <p class="line-card__status">{i18n::line_status(contact, now, lang)}</p>
                        </div>
                        <CallButton window=w phone=phone />
                    </li>
                }
            })
            .collect_view()
    };
    let block = crisis_block_html(t.crisis_title, t.crisis_lead, t.emergency, "");
    Kept::new(
        Part::Crisis,
        block,
        view! {
            <ul class="crisis__lines">{lines}</ul>
            <ForeignLanguageLines />
        },
    )
}

/// The windows that help in foreign languages (audience 外国語 in the data).
#[component]
fn ForeignLanguageLines() -> impl IntoView {
    let lang = use_lang();
    let t = i18n::home(lang);
    view! {
        <div class="crisis__foreign">
            <h3 class="crisis__foreign-title">{t.foreign_title}</h3>
            <p>{t.foreign_lead}</p>
            <ul>
                {WINDOWS
                    .iter()
                    .filter(|w| w.audiences.contains(&Audience::ForeignLanguage))
                    .map(|w| {
                        view! {
                            <li>
                                <a href=format!("window/?id={}", w.id)>
                                    <WindowName window=w />
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </div>
    }
}
