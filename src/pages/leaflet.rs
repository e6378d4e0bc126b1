//! 相談先チラシ: a spot prints the leaflet of places to get help, a sheet of
//! pocket cards or a poster, from the same checked data as the app. It
//! opens on the A4 leaflet with every worry, ready to print; the choices
//! are kept on this device.
//!
//! Everything printed is drawn by [`crate::domain::leaflet`]; this page holds
//! the choices and talks to the browser (storage, print, download). The
//! pages to print are always in the document but shown only in print media
//! (the sticker studio's print styles), so the browser's own print command
//! prints them too, with the studio's printer correction.
#![cfg(feature = "full")]

use leptos::prelude::*;
use wasm_bindgen::JsValue;

use crate::browser::{blob, save_blob};
use crate::components::sentence::sentence;
use crate::components::spot_picker::SpotPicker;
use crate::domain::category::Category;
use crate::domain::data::WINDOWS;
use crate::domain::i18n::{self, route_label};
use crate::domain::lang::Lang;
use crate::domain::leaflet::{
    Choices, Format, LeafletError, Print, file_name, find_spot, render, svg_file, target_url,
};
use crate::domain::route::Route;
use crate::domain::spot::Spot;
use crate::domain::spot_data::SPOTS;
use crate::pages::sticker::{app_base_url, load_correction};
use crate::state::{href, keys, use_lang};

/// DOM ids of the page's fields, for labels and messages.
mod ids {
    pub const LANG: &str = "leaflet-lang";
    pub const WORRIES_NOTE: &str = "leaflet-worries-note";
    pub const SPOT_PICKER: &str = "leaflet-spot-picker";
    pub const SPOT_ID: &str = "leaflet-spot-id";
    pub const SPOT_NOTE: &str = "leaflet-spot-note";
    pub const BASE: &str = "leaflet-base";
    pub const BASE_NOTE: &str = "leaflet-base-note";
    pub const PREVIEW_TITLE: &str = "leaflet-preview-title";
}

/// The leaflet page.
#[component]
pub fn LeafletPage() -> impl IntoView {
    let lang = use_lang();
    let t = i18n::leaflet(lang);
    let choices = RwSignal::new(load_choices(lang));
    let change = move |f: &dyn Fn(&mut Choices)| {
        choices.update(|c| f(c));
        choices.with_untracked(save_choices);
    };
    let base_text = RwSignal::new(String::new());
    let correction = load_correction();
    let default_base = app_base_url();

    let spot = Memo::new(move |_| choices.with(|c| find_spot(&c.spot_id, SPOTS)));
    let worries = Memo::new(move |_| choices.with(Choices::worries_to_print));
    let url = Memo::new(move |_| {
        let id = spot.get().ok().flatten().map_or("", |s| s.id);
        target_url(&base_text.get(), &default_base, id)
    });
    let pages = Memo::new(move |_| -> Result<Vec<String>, LeafletError> {
        let spot = spot.get()?;
        let worries = worries.get()?;
        let url = url.get()?;
        let (format, print_lang) = choices.with(|c| (c.format, c.lang));
        render(&Print {
            windows: WINDOWS,
            format,
            lang: print_lang,
            worries,
            spot_name: spot.map(|s| s.name.to_owned()).unwrap_or_default(),
            url,
            correction,
        })
    });
    let format = Memo::new(move |_| choices.with(|c| c.format));
    let print_lang = Memo::new(move |_| choices.with(|c| c.lang));
    let status = RwSignal::new(String::new());

    let print = move |_| {
        if let Some(window) = web_sys::window() {
            _ = window.print();
        }
    };
    let download = move |_| {
        let result = pages.get_untracked();
        let c = choices.get_untracked();
        status.set(match result {
            Ok(pages) => download_svgs(&pages, &c, lang),
            Err(e) => e.message(lang),
        });
    };

    view! {
        <h1>{route_label(Route::Leaflet, lang)}</h1>
        <p class="lead">{t.lead}</p>
        <div class="sticker-studio">
            <form class="sticker-form" on:submit=|ev| ev.prevent_default()>
                <fieldset class="reg-section">
                    <legend>{t.format_legend}</legend>
                    <div class="reg-options">
                        {Format::ALL
                            .into_iter()
                            .map(|f| {
                                let id = format!("leaflet-format-{}", f.key());
                                view! {
                                    <div class="reg-option">
                                        <input
                                            id=id.clone()
                                            type="radio"
                                            name="leaflet-format"
                                            value=f.key()
                                            prop:checked=move || format.get() == f
                                            on:change=move |_| change(&|c| c.format = f)
                                        />
                                        <label for=id>{f.label_in(lang)}</label>
                                    </div>
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
                <div class="sticker-field">
                    <label for=ids::LANG>{t.lang_label}</label>
                    <select
                        id=ids::LANG
                        prop:value=move || print_lang.get().id()
                        on:change=move |ev| {
                            if let Some(l) = Lang::from_id(&event_target_value(&ev)) {
                                change(&|c| c.lang = l);
                            }
                        }
                    >
                        {Lang::ALL
                            .into_iter()
                            .map(|l| {
                                view! {
                                    <option
                                        value=l.id()
                                        lang=l.tag()
                                        selected=move || print_lang.get() == l
                                    >
                                        {l.native_name()}
                                    </option>
                                }
                            })
                            .collect_view()}
                    </select>
                </div>
                <Worries choices=choices worries=worries on_change=change />
                <SpotFields choices=choices spot_error=Signal::derive(move || spot.get().err()) on_change=change />
                <div class="sticker-field">
                    <label for=ids::BASE>{t.base_label}</label>
                    <input
                        id=ids::BASE
                        type="url"
                        inputmode="url"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=app_base_url()
                        aria-describedby=ids::BASE_NOTE
                        aria-invalid=move || url.get().is_err().to_string()
                        bind:value=base_text
                    />
                    <p
                        id=ids::BASE_NOTE
                        class="sticker-hint"
                        class:sticker-error=move || url.get().is_err()
                        aria-live="polite"
                    >
                        {move || match url.get() {
                            Ok(_) => t.base_hint.to_owned(),
                            Err(e) => e.message(lang),
                        }}
                    </p>
                </div>
            </form>

            <section class="sticker-preview-area" aria-labelledby=ids::PREVIEW_TITLE>
                <h2 id=ids::PREVIEW_TITLE>{t.preview_title}</h2>
                {move || match pages.get() {
                    Ok(pages) => {
                        view! {
                            <div
                                class="sticker-preview leaflet-preview"
                                lang=print_lang.get().tag()
                                inner_html=pages.first().cloned().unwrap_or_default()
                            ></div>
                        }
                            .into_any()
                    }
                    Err(e) => {
                        view! {
                            <p class="sticker-error sticker-preview-error" role="alert">
                                {e.message(lang)}
                            </p>
                        }
                            .into_any()
                    }
                }}
                <div class="sticker-actions">
                    <button
                        type="button"
                        class="text-button sticker-primary"
                        disabled=move || pages.with(Result::is_err)
                        on:click=print
                    >
                        {t.print}
                    </button>
                    <button
                        type="button"
                        class="text-button"
                        disabled=move || pages.with(Result::is_err)
                        on:click=download
                    >
                        {t.save_svg}
                    </button>
                </div>
                <p class="sticker-hint" aria-live="polite">
                    {move || status.get()}
                </p>
                <p class="sticker-hint">{t.print_hint}</p>
                <p class="sticker-hint">
                    {sentence(
                        t.correction_note,
                        |_| correction.describe_in(lang),
                        |words| view! { <a href=href(Route::Sticker, "")>{words}</a> },
                    )}
                </p>
                <p class="sticker-hint">{t.remembered}</p>
            </section>
        </div>

        // Shown only in print media (style/sticker.css): the pages to print.
        <div
            class="sticker-print"
            class:leaflet-a3=move || format.get() == Format::PosterA3
            aria-hidden="true"
            lang=move || print_lang.get().tag()
            inner_html=move || pages.get().map(|p| p.concat()).unwrap_or_default()
        ></div>
    }
}

/// The worries on the leaflet: all (the default), or the ones ticked.
#[component]
fn Worries(
    /// The page's choices.
    choices: RwSignal<Choices>,
    /// The worries to print, or why there are none.
    worries: Memo<Result<Option<Vec<Category>>, LeafletError>>,
    /// Changes the choices (and keeps them).
    on_change: impl Fn(&dyn Fn(&mut Choices)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let t = i18n::leaflet(lang);
    let all = Memo::new(move |_| choices.with(|c| c.all_worries));
    let used = Memo::new(move |_| choices.with(|c| c.format.uses_worries()));
    let error = move || worries.get().err();
    let option = move |all_worries: bool, label: &'static str| {
        let id = format!(
            "leaflet-worries-{}",
            if all_worries { "all" } else { "chosen" }
        );
        view! {
            <div class="reg-option">
                <input
                    id=id.clone()
                    type="radio"
                    name="leaflet-worries"
                    prop:checked=move || all.get() == all_worries
                    disabled=move || !used.get()
                    aria-describedby=ids::WORRIES_NOTE
                    on:change=move |_| on_change(&|c| c.all_worries = all_worries)
                />
                <label for=id>{label}</label>
            </div>
        }
    };
    view! {
        <fieldset class="reg-section reg-mode">
            <legend>{t.worries_legend}</legend>
            <div class="reg-options">
                {option(true, t.worries_all)} {option(false, t.worries_chosen)}
            </div>
            <div class="reg-options reg-field leaflet-worries">
                {Category::ALL
                    .into_iter()
                    .map(|category| {
                        let id = format!("leaflet-worry-{}", category.id());
                        view! {
                            <div class="reg-option">
                                <input
                                    id=id.clone()
                                    type="checkbox"
                                    value=category.id()
                                    prop:checked=move || {
                                        choices.with(|c| c.worries.contains(&category))
                                    }
                                    disabled=move || all.get() || !used.get()
                                    aria-describedby=ids::WORRIES_NOTE
                                    on:change=move |ev| {
                                        let on = event_target_checked(&ev);
                                        on_change(&|c| c.toggle_worry(category, on));
                                    }
                                />
                                <label for=id>{i18n::category_label(category, lang)}</label>
                            </div>
                        }
                    })
                    .collect_view()}
            </div>
            <p
                id=ids::WORRIES_NOTE
                class="sticker-hint"
                class:sticker-error=move || error().is_some()
                aria-live="polite"
            >
                {move || match error() {
                    Some(e) => e.message(lang),
                    None if used.get() => t.worries_hint.to_owned(),
                    None => t.worries_only_leaflet.to_owned(),
                }}
            </p>
        </fieldset>
    }
}

/// The spot handing it out: chosen from the directory, or its id typed.
#[component]
fn SpotFields(
    /// The page's choices.
    choices: RwSignal<Choices>,
    /// Why the typed id is refused, if it is.
    spot_error: Signal<Option<LeafletError>>,
    /// Changes the choices (and keeps them).
    on_change: impl Fn(&dyn Fn(&mut Choices)) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let t = i18n::leaflet(lang);
    let id = Memo::new(move |_| choices.with(|c| c.spot_id.clone()));
    let listed = move || {
        let id = id.get();
        if SPOTS.iter().any(|s| s.id == id) {
            id
        } else {
            String::new()
        }
    };
    let choose = move |spot: Option<&'static Spot>| {
        let id = spot.map_or("", |s| s.id);
        on_change(&|c| id.clone_into(&mut c.spot_id));
    };
    view! {
        <SpotPicker
            id=ids::SPOT_PICKER
            label=t.spot_picker_label
            none=t.spot_picker_none
            chosen=Signal::derive(listed)
            on_choose=choose
        />
        <div class="sticker-field">
            <label for=ids::SPOT_ID>{t.spot_id_label}</label>
            <input
                id=ids::SPOT_ID
                type="text"
                inputmode="latin"
                autocomplete="off"
                spellcheck="false"
                aria-describedby=ids::SPOT_NOTE
                aria-invalid=move || spot_error.get().is_some().to_string()
                prop:value=move || id.get()
                on:input=move |ev| {
                    let typed = event_target_value(&ev);
                    on_change(&|c| c.spot_id.clone_from(&typed));
                }
            />
            <p
                id=ids::SPOT_NOTE
                class="sticker-hint"
                class:sticker-error=move || spot_error.get().is_some()
                aria-live="polite"
            >
                {move || match spot_error.get() {
                    Some(e) => e.message(lang),
                    None => t.spot_id_hint.to_owned(),
                }}
            </p>
        </div>
    }
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The kept choices, or the defaults (printed in the page's language).
fn load_choices(lang: Lang) -> Choices {
    local_storage()
        .and_then(|s| s.get_item(keys::LEAFLET_CHOICES).ok().flatten())
        .map_or_else(|| Choices::new(lang), |v| Choices::from_stored(&v, lang))
}

/// Keeps the choices on this device.
fn save_choices(choices: &Choices) {
    if let Some(storage) = local_storage() {
        _ = storage
            .set_item(keys::LEAFLET_CHOICES, &choices.to_stored())
            .map_err(|e| log::error!("saving the leaflet choices: {e:?}"));
    }
}

/// Saves each page as an SVG file; returns a status line in `lang`.
fn download_svgs(pages: &[String], choices: &Choices, lang: Lang) -> String {
    let t = i18n::leaflet(lang);
    let count = pages.len();
    let saved = pages.iter().enumerate().try_for_each(|(i, page)| {
        let name = file_name(choices.format, choices.lang, &choices.spot_id, i, count);
        blob(
            &js_sys::Array::of1(&JsValue::from_str(&svg_file(page))),
            "image/svg+xml;charset=utf-8",
        )
        .and_then(|b| save_blob(&b, &name))
    });
    match saved {
        Ok(()) => t.svg_saved.to_owned(),
        Err(e) => {
            log::error!("SVG download: {e}");
            t.svg_failed.to_owned()
        }
    }
}
