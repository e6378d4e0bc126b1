//! 「今すぐ話したい」: the crisis lines, open ones first, each with its state
//! and a call button. Same markup as the static first screen in index.html.

use leptos::prelude::*;

use crate::components::call_button::CallButton;
use crate::domain::data::WINDOWS;
use crate::domain::search::crisis_lines;
use crate::state::use_now;

/// The crisis block at the top of the home page.
#[component]
pub fn CrisisLines() -> impl IntoView {
    let now = use_now();
    view! {
        <section class="crisis" aria-labelledby="crisis-title">
            <h2 id="crisis-title" class="crisis__title">"今すぐ話したい"</h2>
            <p class="crisis__lead">"ひとりで抱えこまないで。電話で話を聴いてもらえます。"</p>
            <ul class="crisis__lines">
                {move || {
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
                                            <a href=format!("window/?id={}", w.id)>{w.name}</a>
                                        </p>
                                        <p class="line-card__status">{state.describe(now)}</p>
                                    </div>
                                    <CallButton window=w phone=phone />
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
        </section>
    }
}
