//! ステッカー: the sticker studio. A spot types its name (and id), picks a
//! size and a number, sees the sticker as it will print, then prints an A4
//! sheet at true size, or saves it as SVG or as a 300 dpi PNG.
//!
//! Everything computed lives in [`crate::domain::sticker`]; this page only
//! holds the choices and talks to the browser (storage, print, downloads).
//! The print sheet is always in the page but shown only in print media, so
//! the browser's own print command prints the sheet too.
//!
//! Only the full build holds this page (and its texts, `data/i18n/sticker.toml`).
#![cfg(feature = "full")]

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};

use crate::browser::{blob, save_blob};
use crate::components::spot_picker::SpotPicker;
use crate::components::sticker_size_copies::{SizeCopies, StickerSizeCopies};
use crate::domain::i18n::{self, route_label};
use crate::domain::lang::Lang;
use crate::domain::public_url::{Concern, PUBLIC_URL, concern};
use crate::domain::route::Route;
use crate::domain::spot::Spot;
use crate::domain::spot_data::SPOTS;
use crate::domain::sticker::{
    self, MARK_MM, PNG_DPI, PrintCorrection, Sticker, StickerError, png_from_data_url, png_size_px,
    render_ruler_svg_in, render_sheets, render_svg, render_svg_file,
};
use crate::state::{base_path, href, keys, use_lang};

/// DOM ids of the studio's fields, for labels and error messages.
mod ids {
    pub const NAME: &str = "sticker-name";
    pub const FROM_DIRECTORY: &str = "sticker-from-directory";
    pub const SPOT_ID: &str = "sticker-spot-id";
    pub const BASE: &str = "sticker-base";
    pub const BASE_NOTE: &str = "sticker-base-note";
    pub const BASE_WARNING: &str = "sticker-base-warning";
    pub const MEASURE: &str = "sticker-measure";
    pub const MEASURE_NOTE: &str = "sticker-measure-note";
    pub const LEFT: &str = "sticker-mark-left";
    pub const TOP: &str = "sticker-mark-top";
    pub const SHIFT_NOTE: &str = "sticker-shift-note";
    pub const PREVIEW_TITLE: &str = "sticker-preview-title";
    pub const CALIBRATION_TITLE: &str = "sticker-calibration-title";
}

/// What the print area holds when the browser prints.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum PrintMode {
    /// The A4 sheets of stickers.
    Sheet,
    /// The 100 mm calibration ruler.
    Ruler,
}

/// The sticker's own language: it is the city's Japanese design, whatever
/// the language of the studio around it.
const ARTWORK_LANG: &str = "ja";

/// Sticker page: design, check and print a 協力スポットステッカー.
#[component]
pub fn StickerPage() -> impl IntoView {
    let lang = use_lang();
    let t = i18n::sticker(lang);
    // The address set at build time, or this app's own address.
    let default_base = PUBLIC_URL.map_or_else(app_base_url, str::to_owned);
    let name = RwSignal::new(String::new());
    let spot_id = RwSignal::new(String::new());
    let size_copies = SizeCopies::default();
    let SizeCopies {
        size,
        per_sheet,
        copies,
        ..
    } = size_copies;
    let base_text = RwSignal::new(String::new());
    let correction = RwSignal::new(load_correction());
    let print_mode = RwSignal::new(PrintMode::Sheet);
    let status = RwSignal::new(String::new());

    // The directory's spot of this name and id, if it is one.
    let listed = Signal::derive(move || {
        let id = spot_id.get();
        let listed = SPOTS.iter().any(|s| s.id == id && s.name == name.get());
        if listed { id } else { String::new() }
    });
    let fill_in = move |spot: Option<&'static Spot>| {
        if let Some(spot) = spot {
            name.set(spot.name.to_owned());
            spot_id.set(spot.id.to_owned());
        }
    };

    let placeholder = default_base.clone();
    let sticker = Memo::new(move |_| {
        let typed = base_text.get();
        Sticker {
            spot_name: name.get(),
            spot_id: spot_id.get(),
            base_url: if typed.trim().is_empty() {
                default_base.clone()
            } else {
                typed
            },
            size: size.get(),
        }
    });
    let url = Memo::new(move |_| sticker.with(Sticker::url));
    let svg = Memo::new(move |_| sticker.with(render_svg));
    let sheets = Memo::new(move |_| {
        let copies = copies.get().unwrap_or(per_sheet.get());
        sticker.with(|s| render_sheets(s, copies, correction.get()))
    });
    let base_error = Memo::new(move |_| {
        url.get()
            .err()
            .filter(StickerError::is_url_error)
            .map(|e| e.message(lang))
    });
    // Would the printed QR code open for the people who scan it?
    let target_warning = move || {
        let concern = url.with(|u| u.as_deref().ok().and_then(concern))?;
        Some(match concern {
            Concern::ThisDevice => t.target_this_device,
            Concern::IpAddress => t.target_ip_address,
            Concern::LocalName => t.target_local_name,
            Concern::NotHttps => t.target_not_https,
        })
    };

    let print = move |mode: PrintMode| {
        print_mode.set(mode);
        // Let the print area update before the print dialog freezes the page.
        gloo::timers::callback::Timeout::new(50, move || {
            if let Some(window) = web_sys::window() {
                _ = window.print();
            }
        })
        .forget();
    };
    // After any print (also the browser's own command), the print area
    // goes back to the sheet. Some browsers return from print() before
    // printing, so this waits for the event.
    let after_print = window_event_listener(leptos::ev::afterprint, move |_| {
        print_mode.set(PrintMode::Sheet);
    });
    on_cleanup(move || after_print.remove());

    view! {
        <h1>{route_label(Route::Sticker, lang)}</h1>
        <p class="lead">{t.lead}</p>
        <p>
            <a href=href(Route::Leaflet, "")>{t.leaflet_link}</a>
        </p>
        <div class="sticker-studio">
            <form class="sticker-form" on:submit=|ev| ev.prevent_default()>
                // Choosing a registered spot fills in its name and id (both
                // can still be typed by hand).
                <SpotPicker
                    id=ids::FROM_DIRECTORY
                    label=t.picker_label
                    none=if SPOTS.is_empty() { t.picker_empty } else { t.picker_choose }
                    disabled=SPOTS.is_empty()
                    chosen=listed
                    on_choose=fill_in
                />
                <div class="sticker-field">
                    <label for=ids::NAME>{t.name_label}</label>
                    <input id=ids::NAME type="text" autocomplete="organization" bind:value=name />
                    <p class="sticker-hint">{t.name_hint}</p>
                </div>
                <div class="sticker-field">
                    <label for=ids::SPOT_ID>{t.spot_id_label}</label>
                    <input
                        id=ids::SPOT_ID
                        type="text"
                        inputmode="latin"
                        autocomplete="off"
                        spellcheck="false"
                        bind:value=spot_id
                    />
                    <p class="sticker-hint">{t.spot_id_hint}</p>
                </div>
                <StickerSizeCopies
                    ids="sticker"
                    look="sticker"
                    chosen=size_copies
                    copies_label=t.copies_label
                    note=move |per_sheet, n| {
                        t.copies_note(
                            &per_sheet.to_string(),
                            &n.to_string(),
                            &n.div_ceil(per_sheet.max(1)).to_string(),
                        )
                    }
                />
                <div class="sticker-field">
                    <label for=ids::BASE>{t.base_label}</label>
                    <input
                        id=ids::BASE
                        type="url"
                        inputmode="url"
                        autocomplete="off"
                        spellcheck="false"
                        placeholder=placeholder
                        aria-describedby=format!("{} {}", ids::BASE_NOTE, ids::BASE_WARNING)
                        aria-invalid=move || base_error.get().is_some().to_string()
                        bind:value=base_text
                    />
                    <p
                        id=ids::BASE_NOTE
                        class="sticker-hint"
                        class:sticker-error=move || base_error.get().is_some()
                        aria-live="polite"
                    >
                        {move || base_error.get().unwrap_or_else(|| t.base_hint.to_owned())}
                    </p>
                    <p id=ids::BASE_WARNING class="sticker-hint sticker-error" role="status">
                        {target_warning}
                    </p>
                </div>
            </form>

            <section class="sticker-preview-area" aria-labelledby=ids::PREVIEW_TITLE>
                <h2 id=ids::PREVIEW_TITLE>{t.preview_title}</h2>
                {(lang != Lang::Ja)
                    .then(|| view! { <p class="sticker-hint">{t.printed_in_japanese}</p> })}
                {move || match svg.get() {
                    Ok(svg) => {
                        view! { <div class="sticker-preview" lang=ARTWORK_LANG inner_html=svg></div> }
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
                {move || {
                    url.get()
                        .ok()
                        .map(|url| {
                            view! {
                                <p class="sticker-url">{t.qr_target}" " <code>{url}</code></p>
                            }
                        })
                }}
                <div class="sticker-actions">
                    <button
                        type="button"
                        class="text-button sticker-primary"
                        disabled=move || sheets.with(Result::is_err) || copies.with(Result::is_err)
                        on:click=move |_| print(PrintMode::Sheet)
                    >
                        {t.print_sheet}
                    </button>
                    <button
                        type="button"
                        class="text-button"
                        disabled=move || svg.with(Result::is_err)
                        on:click=move |_| status.set(download_svg(&sticker.get_untracked(), lang))
                    >
                        {t.save_svg}
                    </button>
                    <button
                        type="button"
                        class="text-button"
                        disabled=move || svg.with(Result::is_err)
                        on:click=move |_| download_png(&sticker.get_untracked(), lang, status)
                    >
                        {t.save_png}
                    </button>
                </div>
                <p class="sticker-hint" aria-live="polite">
                    {move || status.get()}
                </p>
                <p class="sticker-hint">{t.print_hint}</p>
            </section>

            <Calibration correction=correction on_print_ruler=move || print(PrintMode::Ruler) />
        </div>

        // Shown only in print media (style/sticker.css): the A4 sheets (the
        // Japanese sticker), or the calibration ruler (in the studio's
        // language).
        <div
            class="sticker-print"
            aria-hidden="true"
            lang=move || (print_mode.get() == PrintMode::Sheet).then_some(ARTWORK_LANG)
            inner_html=move || match print_mode.get() {
                PrintMode::Sheet => sheets.get().map(|pages| pages.concat()).unwrap_or_default(),
                PrintMode::Ruler => render_ruler_svg_in(correction.get(), lang),
            }
        ></div>
    }
}

/// The printer correction: print a calibration page (a 100 mm ruler and a
/// cross near the corner), measure it, save the correction (kept in this
/// browser).
#[component]
fn Calibration(
    /// The saved correction; updated when the user saves a new one.
    correction: RwSignal<PrintCorrection>,
    /// Prints the calibration page.
    on_print_ruler: impl Fn() + Clone + Send + Sync + 'static,
) -> impl IntoView {
    let lang = use_lang();
    let t = i18n::sticker(lang);
    let measured = RwSignal::new(String::new());
    let left = RwSignal::new(String::new());
    let top = RwSignal::new(String::new());
    let error = RwSignal::new(None::<StickerError>);
    let save = move || {
        let next = correction.get_untracked().measured(
            &measured.get_untracked(),
            &left.get_untracked(),
            &top.get_untracked(),
        );
        match next {
            Ok(value) => {
                save_correction(value);
                correction.set(value);
                error.set(None);
                measured.set(String::new());
                left.set(String::new());
                top.set(String::new());
            }
            Err(e) => error.set(Some(e)),
        }
    };
    let reset = move |_| {
        save_correction(PrintCorrection::NONE);
        correction.set(PrintCorrection::NONE);
        measured.set(String::new());
        left.set(String::new());
        top.set(String::new());
        error.set(None);
    };
    let ruler_error = move || matches!(error.get(), Some(StickerError::Measure));
    let shift_error = move || matches!(error.get(), Some(StickerError::Shift));
    let mark = format!("{MARK_MM}");
    view! {
        <section class="sticker-calibration" aria-labelledby=ids::CALIBRATION_TITLE>
            <h2 id=ids::CALIBRATION_TITLE>{t.calibration_title}</h2>
            <p>{t.calibration_lead}</p>
            <button type="button" class="text-button" on:click=move |_| on_print_ruler()>
                {t.print_ruler}
            </button>
            <form class="sticker-field" on:submit=move |ev| {
                ev.prevent_default();
                save();
            }>
                <label for=ids::MEASURE>{t.measure_label}</label>
                <input
                    id=ids::MEASURE
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    placeholder="100"
                    aria-describedby=ids::MEASURE_NOTE
                    aria-invalid=move || ruler_error().to_string()
                    bind:value=measured
                />
                <p
                    id=ids::MEASURE_NOTE
                    class="sticker-hint"
                    class:sticker-error=ruler_error
                    aria-live="polite"
                >
                    {move || match error.get() {
                        Some(e @ StickerError::Measure) => e.message(lang),
                        _ => correction.get().describe_in(lang),
                    }}
                </p>
                <fieldset class="sticker-shift">
                    <legend>{t.shift_legend}</legend>
                    <div class="sticker-inline">
                        <label for=ids::LEFT>{t.from_left}</label>
                        <input
                            id=ids::LEFT
                            type="text"
                            inputmode="decimal"
                            autocomplete="off"
                            placeholder=mark.clone()
                            aria-describedby=ids::SHIFT_NOTE
                            aria-invalid=move || shift_error().to_string()
                            bind:value=left
                        />
                        <label for=ids::TOP>{t.from_top}</label>
                        <input
                            id=ids::TOP
                            type="text"
                            inputmode="decimal"
                            autocomplete="off"
                            placeholder=mark
                            aria-describedby=ids::SHIFT_NOTE
                            aria-invalid=move || shift_error().to_string()
                            bind:value=top
                        />
                    </div>
                    <p
                        id=ids::SHIFT_NOTE
                        class="sticker-hint"
                        class:sticker-error=shift_error
                        aria-live="polite"
                    >
                        {move || match error.get() {
                            Some(e @ StickerError::Shift) => e.message(lang),
                            _ => t.shift_hint(&MARK_MM.to_string()),
                        }}
                    </p>
                </fieldset>
                <div class="sticker-inline">
                    <button type="submit" class="text-button">
                        {t.save_correction}
                    </button>
                    <button type="button" class="text-button" on:click=reset>
                        {t.reset_correction}
                    </button>
                </div>
            </form>
        </section>
    }
}

/// The app's own consultation page: this origin and the deployment's base
/// path (the home page is the consultation page).
pub(crate) fn app_base_url() -> String {
    let origin = web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default();
    format!("{origin}{}", base_path())
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The saved printer correction, or none.
pub(crate) fn load_correction() -> PrintCorrection {
    local_storage()
        .and_then(|s| s.get_item(keys::STICKER_PRINT_CORRECTION).ok().flatten())
        .and_then(|v| PrintCorrection::from_stored(&v))
        .unwrap_or_default()
}

/// Saves the printer correction (no correction removes the entry).
fn save_correction(correction: PrintCorrection) {
    let Some(storage) = local_storage() else {
        return;
    };
    let saved = if correction.is_none() {
        storage.remove_item(keys::STICKER_PRINT_CORRECTION)
    } else {
        storage.set_item(keys::STICKER_PRINT_CORRECTION, &correction.to_stored())
    };
    _ = saved.map_err(|e| log::error!("saving the print correction: {e:?}"));
}

/// Saves the sticker as an SVG file; returns a status line in `lang`.
fn download_svg(sticker: &Sticker, lang: Lang) -> String {
    let t = i18n::sticker(lang);
    let saved = render_svg_file(sticker)
        .map_err(|e| e.to_string())
        .and_then(|svg| {
            blob(
                &js_sys::Array::of1(&JsValue::from_str(&svg)),
                "image/svg+xml;charset=utf-8",
            )
        })
        .and_then(|blob| save_blob(&blob, &sticker::file_name(sticker, "svg")));
    match saved {
        Ok(()) => t.svg_saved.to_owned(),
        Err(e) => {
            log::error!("SVG download: {e}");
            t.svg_failed.to_owned()
        }
    }
}

/// Saves the sticker as a PNG at [`PNG_DPI`]: the SVG is drawn into a
/// canvas of the physical size in pixels, then stamped with its resolution.
/// The status line is in `lang`.
fn download_png(sticker: &Sticker, lang: Lang, status: RwSignal<String>) {
    let t = i18n::sticker(lang);
    let fail = move |why: String| {
        log::error!("PNG download: {why}");
        status.set(t.png_failed.to_owned());
    };
    let svg = match render_svg(sticker) {
        Ok(svg) => svg,
        Err(e) => return status.set(e.message(lang)),
    };
    let source = blob(
        &js_sys::Array::of1(&JsValue::from_str(&svg)),
        "image/svg+xml;charset=utf-8",
    )
    .and_then(|b| web_sys::Url::create_object_url_with_blob(&b).map_err(|e| format!("{e:?}")));
    let (source, image) = match (source, web_sys::HtmlImageElement::new()) {
        (Ok(source), Ok(image)) => (source, image),
        (Err(e), _) => return fail(e),
        (_, Err(e)) => return fail(format!("{e:?}")),
    };
    let (width, height) = png_size_px(sticker.size);
    let name = sticker::file_name(sticker, "png");
    let loaded = image.clone();
    let url = source.clone();
    let onload = Closure::once_into_js(move || {
        _ = web_sys::Url::revoke_object_url(&url);
        match draw_png(&loaded, width, height).and_then(|png| save_blob(&png, &name)) {
            Ok(()) => status.set(t.png_saved.to_owned()),
            Err(e) => fail(e),
        }
    });
    image.set_onload(Some(onload.unchecked_ref()));
    let onerror = Closure::once_into_js(move || fail("the SVG did not load".to_owned()));
    image.set_onerror(Some(onerror.unchecked_ref()));
    image.set_src(&source);
}

/// Draws a loaded image into a `width`×`height` canvas; returns a PNG blob
/// stamped with [`PNG_DPI`].
fn draw_png(
    image: &web_sys::HtmlImageElement,
    width: u32,
    height: u32,
) -> Result<web_sys::Blob, String> {
    let js = |e: JsValue| format!("{e:?}");
    let canvas = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?
        .create_element("canvas")
        .map_err(js)?
        .dyn_into::<web_sys::HtmlCanvasElement>()
        .map_err(|_| "not a canvas")?;
    canvas.set_width(width);
    canvas.set_height(height);
    let context = canvas
        .get_context("2d")
        .map_err(js)?
        .ok_or("no 2d context")?
        .dyn_into::<web_sys::CanvasRenderingContext2d>()
        .map_err(|_| "not a 2d context")?;
    context
        .draw_image_with_html_image_element_and_dw_and_dh(
            image,
            0.0,
            0.0,
            f64::from(width),
            f64::from(height),
        )
        .map_err(js)?;
    let data_url = canvas.to_data_url_with_type("image/png").map_err(js)?;
    let png = png_from_data_url(&data_url, PNG_DPI).map_err(|e| e.to_string())?;
    let bytes = js_sys::Uint8Array::from(png.as_slice());
    blob(&js_sys::Array::of1(&bytes), "image/png")
}
