//! A consultation window in a list: name, what it helps with, whether it is
//! open now, and the call button.

use leptos::prelude::*;

use crate::components::call_button::CallButton;
use crate::domain::model::{Method, Window};
use crate::state::use_now;

/// One window in a result list.
#[component]
pub fn WindowCard(
    /// The window to show.
    window: &'static Window,
) -> impl IntoView {
    let now = use_now();
    let phone = window.main_phone();
    let methods = Method::ALL.into_iter().filter(|m| window.offers(*m));
    view! {
        <li class="window-card">
            <h3 class="window-card__name">
                <a href=format!("window/?id={}", window.id)>{window.name}</a>
            </h3>
            <p class="window-card__helps">{window.helps}</p>
            <p class="window-card__meta">
                <span class="tag">{window.area.label()}</span>
                {methods.map(|m| view! { <span class="tag">{m.label()}</span> }).collect_view()}
            </p>
            {phone
                .map(|(contact, number)| {
                    view! {
                        <div class="window-card__call">
                            <p class="line-card__status">
                                {move || contact.hours.state(now.0.get()).describe(now.0.get())}
                            </p>
                            <CallButton window=window phone=number />
                        </div>
                    }
                })}
        </li>
    }
}
