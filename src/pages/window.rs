//! One consultation window in detail (`window/?id=…`): every contact method
//! with its hours, state and cost; copy and share; where the facts come from.

use leptos::prelude::*;

use crate::components::call_button::CallButton;
use crate::domain::data::window;
use crate::domain::model::{Confidence, Contact, Method, Window};
use crate::state::{use_location, use_now};

/// URL parameter naming the window.
pub const ID_PARAM: &str = "id";

/// Window page: contact methods, hours, cost and source of one window.
#[component]
pub fn WindowPage() -> impl IntoView {
    let location = use_location();
    let found = Memo::new(move |_| location.query_value(ID_PARAM).and_then(|id| window(&id)));
    move || match found.get() {
        Some(w) => view! { <WindowDetail window=w /> }.into_any(),
        None => view! {
            <h1>"相談窓口の詳細"</h1>
            <p>"この相談窓口は見つかりませんでした。"</p>
            <p>
                <a href="./">"相談窓口の一覧へ"</a>
            </p>
        }
        .into_any(),
    }
}

#[component]
fn WindowDetail(window: &'static Window) -> impl IntoView {
    let v = window.source.verified;
    let verified = format!("{}年{}月{}日", v.year, v.month, v.day);
    let confidence = match window.source.confidence {
        Confidence::Verified => "公式・運営者のページなどで確認".to_owned(),
        Confidence::Secondary => format!("報道などの二次情報（{}時点）", window.source.as_of),
    };
    let audiences: Vec<&str> = window.audiences.iter().map(|a| a.label()).collect();
    let categories: Vec<&str> = window.categories.iter().map(|c| c.label()).collect();
    view! {
        <p class="back-link">
            <a href="./">"← 相談窓口の一覧"</a>
        </p>
        <h1>{window.name}</h1>
        <p class="lead">{window.helps}</p>
        <dl class="facts">
            <dt>"運営"</dt>
            <dd>{window.organisation}</dd>
            <dt>"地域"</dt>
            <dd>{window.area.label()}</dd>
            <dt>"対象"</dt>
            <dd>{audiences.join("・")}</dd>
            <dt>"悩み"</dt>
            <dd>{categories.join("・")}</dd>
        </dl>
        {(!window.note.is_empty()).then(|| view! { <p class="note">{window.note}</p> })}
        <h2>"連絡のしかた"</h2>
        <ul class="contact-list">
            {window
                .contacts
                .iter()
                .map(|c| view! { <ContactItem window=window contact=c /> })
                .collect_view()}
        </ul>
        <h2>"この情報について"</h2>
        <p class="source">
            "出典："
            <a href=window.source.url rel="noopener noreferrer" target="_blank">
                {window.source.url}
            </a>
            <br />
            {format!("最終確認日：{verified}（{confidence}）")}
            <br />
            "受付時間や番号は変わることがあります。つながらない時は、ほかの窓口も試してください。"
        </p>
    }
}

#[component]
fn ContactItem(window: &'static Window, contact: &'static Contact) -> impl IntoView {
    let now = use_now();
    let hours = contact.hours.describe();
    let title = if contact.label.is_empty() {
        contact.method.label().to_owned()
    } else {
        format!("{}（{}）", contact.method.label(), contact.label)
    };
    let copied = RwSignal::new(false);
    view! {
        <li class="contact">
            <h3>{title}</h3>
            {contact
                .phone
                .map(|phone| {
                    let number = phone.display;
                    let share_text = format!("{} {}", window.name, number);
                    view! {
                        <p class="line-card__status">
                            {move || contact.hours.state(now.0.get()).describe(now.0.get())}
                        </p>
                        <CallButton window=window phone=phone />
                        <p class="cost-note">{phone.cost.explain()}</p>
                        <div class="contact__actions">
                            <button
                                type="button"
                                class="text-button"
                                on:click=move |_| {
                                    if let Some(w) = web_sys::window() {
                                        let _ = w.navigator().clipboard().write_text(number);
                                        copied.set(true);
                                    }
                                }
                            >
                                {move || if copied.get() { "コピーしました" } else { "番号をコピー" }}
                            </button>
                            <ShareButton text=share_text />
                        </div>
                    }
                })}
            {contact
                .url
                .map(|url| {
                    let label = match contact.method {
                        Method::Chat => "相談の一覧ページを開く",
                        Method::Mail => "メール相談のページを開く",
                        _ => "ページを開く",
                    };
                    view! {
                        <p>
                            <a class="link-button" href=url rel="noopener noreferrer" target="_blank">
                                {label}
                            </a>
                        </p>
                    }
                })}
            <ul class="hours">{hours.into_iter().map(|h| view! { <li>{h}</li> }).collect_view()}</ul>
            {(!contact.hours_note.is_empty())
                .then(|| view! { <p class="note">{contact.hours_note}</p> })}
        </li>
    }
}

/// Shares the window through the phone's share sheet, where it has one.
#[component]
fn ShareButton(text: String) -> impl IntoView {
    let navigator = web_sys::window().map(|w| w.navigator());
    let can_share = navigator
        .as_ref()
        .is_some_and(|n| js_sys::Reflect::has(n, &"share".into()).unwrap_or(false));
    can_share.then(|| {
        view! {
            <button
                type="button"
                class="text-button"
                on:click=move |_| {
                    if let Some(n) = web_sys::window().map(|w| w.navigator()) {
                        let data = web_sys::ShareData::new();
                        data.set_text(&text);
                        if let Ok(href) = web_sys::window()
                            .map(|w| w.location().href())
                            .unwrap_or(Ok(String::new()))
                        {
                            data.set_url(&href);
                        }
                        let _ = n.share_with_data(&data);
                    }
                }
            >
                "共有する"
            </button>
        }
    })
}
