//! One consultation window in detail (`window/?id=…`): every contact method
//! with its hours, state and cost; copy and share; where the facts come from.

use leptos::prelude::*;

use crate::components::call_button::CallButton;
use crate::components::window_card::WindowName;
use crate::domain::data::window;
use crate::domain::i18n::{self, route_label};
use crate::domain::lang::Lang;
use crate::domain::model::{Confidence, Contact, Method, Source, Window};
use crate::domain::route::Route;
use crate::domain::schedule::Hours;
use crate::state::{use_lang, use_location, use_now};

/// URL parameter naming the window.
pub const ID_PARAM: &str = "id";

/// Window page: contact methods, hours, cost and source of one window.
#[component]
pub fn WindowPage() -> impl IntoView {
    let location = use_location();
    let found = Memo::new(move |_| location.query_value(ID_PARAM).and_then(|id| window(&id)));
    let lang = use_lang();
    let t = i18n::home(lang);
    move || match found.get() {
        Some(w) => view! { <WindowDetail window=w /> }.into_any(),
        None => view! {
            <h1>{route_label(Route::Window, lang)}</h1>
            <p>{t.window_missing}</p>
            <p>
                <a href="./">{t.window_list}</a>
            </p>
        }
        .into_any(),
    }
}

#[component]
fn WindowDetail(window: &'static Window) -> impl IntoView {
    let lang = use_lang();
    let t = i18n::home(lang);
    let audiences: Vec<&str> = window
        .audiences
        .iter()
        .map(|a| i18n::audience_label(*a, lang))
        .collect();
    let categories: Vec<&str> = window
        .categories
        .iter()
        .map(|c| i18n::category_label(*c, lang))
        .collect();
    let note = window.note_in(lang);
    view! {
        <p class="back-link">
            <a href="./">{t.window_back}</a>
        </p>
        <h1>
            <WindowName window=window />
        </h1>
        <p class="lead">{window.helps_in(lang)}</p>
        <dl class="facts">
            <dt>{t.runs}</dt>
            <dd>{window.organisation_in(lang)}</dd>
            <dt>{t.area}</dt>
            <dd>{i18n::area_label(window.area, lang)}</dd>
            <dt>{i18n::home(lang).audience}</dt>
            <dd>{audiences.join(t.list_separator)}</dd>
            <dt>{t.worries}</dt>
            <dd>{categories.join(t.list_separator)}</dd>
        </dl>
        {(!note.is_empty()).then(|| view! { <p class="note">{note}</p> })}
        <h2>{t.how_to_reach}</h2>
        <ul class="contact-list">
            {window
                .contacts
                .iter()
                .map(|c| view! { <ContactItem window=window contact=c /> })
                .collect_view()}
        </ul>
        <h2>{t.about_info}</h2>
        {source_note(t.source.to_owned(), window.source, lang)}
        // An ordinary number given for a short code has a source of its own.
        {window
            .contacts
            .iter()
            .find_map(|c| c.phone?.ordinary)
            .map(|o| source_note(t.ordinary_source(o.phone.display), o.source, lang))}
        <p class="source">{t.may_change}</p>
    }
}

/// Where facts come from: `what` (「出典：」), the page, and when and how
/// they were checked.
fn source_note(what: String, source: Source, lang: Lang) -> impl IntoView {
    let t = i18n::home(lang);
    let v = source.verified;
    let verified = t.date(
        &v.year.to_string(),
        &two_digits(v.month, lang),
        &two_digits(v.day, lang),
    );
    let confidence = match source.confidence {
        Confidence::Verified => t.confidence_verified.to_owned(),
        Confidence::Secondary => t.confidence_secondary(source.as_of_in(lang)),
    };
    // Where a link leads to a page in Japanese, English says so.
    let in_japanese = if lang == Lang::En { t.in_japanese } else { "" };
    view! {
        <p class="source">
            {what}
            <a href=source.url lang="ja" rel="noopener noreferrer" target="_blank">
                {source.url}
            </a>
            {in_japanese}
            <br />
            {t.verified(&verified, &confidence)}
        </p>
    }
}

#[component]
fn ContactItem(window: &'static Window, contact: &'static Contact) -> impl IntoView {
    let now = use_now();
    let lang = use_lang();
    let t = i18n::home(lang);
    let method = i18n::method_label(contact.method, lang);
    let title = if contact.label.is_empty() {
        method.to_owned()
    } else {
        t.contact_title(method, contact.label_in(lang))
    };
    // A number with unknown hours shows its note as its status instead.
    let hours_note = if contact.phone.is_some() && contact.hours == Hours::Unknown {
        ""
    } else {
        contact.hours_note_in(lang)
    };
    let in_japanese = if lang == Lang::En { t.in_japanese } else { "" };
    let copied = RwSignal::new(false);
    view! {
        <li class="contact">
            <h3>{title}</h3>
            {contact
                .phone
                .map(|phone| {
                    let number = phone.display;
                    let share_text = if lang == Lang::En {
                        format!("{} ({}) {number}", window.name_en, window.name)
                    } else {
                        format!("{} {number}", window.name_in(lang))
                    };
                    view! {
                        <p class="line-card__status">
                            {move || i18n::line_status(contact, now.0.get(), lang)}
                        </p>
                        <CallButton window=window phone=phone with_ordinary=true />
                        <p class="cost-note">{i18n::cost_explain(phone.cost, lang)}</p>
                        // On an iPhone the call button holds a copy
                        // button itself (style/main.css hides this one).
                        <div class="contact__actions">
                            <button
                                type="button"
                                class="text-button contact__copy"
                                on:click=move |_| {
                                    if let Some(w) = web_sys::window() {
                                        let _ = w.navigator().clipboard().write_text(number);
                                        copied.set(true);
                                    }
                                }
                            >
                                {move || if copied.get() { t.copied } else { t.copy_number }}
                            </button>
                            <ShareButton text=share_text />
                        </div>
                    }
                })}
            {contact
                .url
                .map(|url| {
                    let label = match contact.method {
                        Method::Chat => t.open_chat,
                        Method::Mail => t.open_mail,
                        _ => t.open_page,
                    };
                    view! {
                        <p>
                            <a class="link-button" href=url rel="noopener noreferrer" target="_blank">
                                {label}
                            </a>
                            {in_japanese}
                        </p>
                    }
                })}
            <ul class="hours">
                {move || {
                    i18n::hours_lines(contact.hours, now.0.get(), lang)
                        .into_iter()
                        .map(|h| view! { <li>{h}</li> })
                        .collect_view()
                }}
            </ul>
            {(!hours_note.is_empty()).then(|| view! { <p class="note">{hours_note}</p> })}
        </li>
    }
}

/// Shares the window through the phone's share sheet, where it has one.
#[component]
fn ShareButton(text: String) -> impl IntoView {
    let t = i18n::home(use_lang());
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
                {t.share}
            </button>
        }
    })
}

/// A month or day as written in a date: `9` in Japanese, `09` in English
/// (ISO order, `2026-09-01`).
fn two_digits(n: u8, lang: Lang) -> String {
    if lang == Lang::En && n < 10 {
        format!("0{n}")
    } else {
        n.to_string()
    }
}
