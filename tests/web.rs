//! Component tests in a real browser (wasm-bindgen-test in headless
//! Chromium): mount a component into a fresh element, interact, assert.
#![cfg(target_arch = "wasm32")]

use leptos::prelude::*;
use tsunagaru_inochi::components::site_header::SiteHeader;
use tsunagaru_inochi::domain::lang::Lang;
use tsunagaru_inochi::domain::route::Route;
use tsunagaru_inochi::state::CurrentLang;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

fn fresh_section() -> web_sys::HtmlElement {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .expect("a document");
    let section = document.create_element("section").expect("an element");
    document
        .body()
        .expect("a body")
        .append_child(&section)
        .expect("appended");
    section.dyn_into().expect("an HtmlElement")
}

#[wasm_bindgen_test]
async fn header_links_every_section_and_marks_the_current_one() {
    let section = fresh_section();
    let current = RwSignal::new(Route::Spots);
    let _handle = leptos::mount::mount_to(section.clone(), move || {
        // The language switch in the header reads the app's language.
        provide_context(CurrentLang(RwSignal::new(Lang::Ja)));
        view! { <SiteHeader current=current /> }
    });
    leptos::task::tick().await;

    let links = section.query_selector_all("nav a").expect("links");
    assert_eq!(links.length(), 5);
    let text = section.text_content().unwrap_or_default();
    for label in [
        "相談窓口",
        "協力スポット",
        "ステッカー",
        "登録",
        "このネットワークについて",
    ] {
        assert!(text.contains(label), "missing {label}");
    }
    let marked = section
        .query_selector("[aria-current=page]")
        .expect("query")
        .expect("one marked");
    assert_eq!(marked.get_attribute("href").as_deref(), Some("spots/"));

    // The mark follows the route.
    current.set(Route::About);
    leptos::task::tick().await;
    let marked = section
        .query_selector("[aria-current=page]")
        .expect("query")
        .expect("one marked");
    assert_eq!(marked.get_attribute("href").as_deref(), Some("about/"));

    // A window's detail page belongs to the 相談窓口 section.
    current.set(Route::Window);
    leptos::task::tick().await;
    let marked = section
        .query_selector("[aria-current=page]")
        .expect("query")
        .expect("one marked");
    assert_eq!(marked.get_attribute("href").as_deref(), Some("./"));
}

#[wasm_bindgen_test]
async fn quick_exit_and_its_note_are_inside_the_header_landmark() {
    let section = fresh_section();
    let _handle = leptos::mount::mount_to(section.clone(), move || {
        provide_context(CurrentLang(RwSignal::new(Lang::Ja)));
        view! { <SiteHeader current=Route::Home /> }
    });
    leptos::task::tick().await;
    let header = section
        .query_selector("header")
        .expect("query")
        .expect("a header");
    let first = header.first_element_child().expect("a first child");
    assert!(
        first.class_list().contains("quick-exit"),
        "すぐに閉じる comes first"
    );
    let note = header
        .query_selector("#quick-exit-note")
        .expect("query")
        .expect("the note, inside the header");
    assert_eq!(
        first.get_attribute("aria-describedby").as_deref(),
        Some(note.id().as_str())
    );
}

#[wasm_bindgen_test]
fn forgetting_the_visit_keeps_what_was_saved_on_purpose() {
    use tsunagaru_inochi::state::{forget_this_visit, keep_typed_text, keys, typed_text};
    let window = web_sys::window().expect("a window");
    let local = window.local_storage().ok().flatten().expect("localStorage");
    local
        .set_item(keys::REGISTER_DRAFT, "draft")
        .expect("stored");
    keep_typed_text(keys::SEARCH, "しにたい");
    assert_eq!(typed_text(keys::SEARCH), "しにたい");
    forget_this_visit();
    assert_eq!(typed_text(keys::SEARCH), "");
    assert_eq!(
        local
            .get_item(keys::REGISTER_DRAFT)
            .ok()
            .flatten()
            .as_deref(),
        Some("draft")
    );
    local.remove_item(keys::REGISTER_DRAFT).expect("removed");
    // Emptied, the search is not kept at all.
    keep_typed_text(keys::SEARCH, "x");
    keep_typed_text(keys::SEARCH, "");
    let session = window
        .session_storage()
        .ok()
        .flatten()
        .expect("sessionStorage");
    assert_eq!(session.get_item(keys::SEARCH).ok().flatten(), None);
}

#[cfg(feature = "full")]
#[wasm_bindgen_test]
async fn a_registration_field_is_labelled_and_its_error_follows_the_typing() {
    use tsunagaru_inochi::components::register_field::RegisterField;
    use tsunagaru_inochi::domain::registration::{Draft, FieldId, Mode, field, field_error_in};

    let section = fresh_section();
    let draft = RwSignal::new(Draft::default());
    let postal = FieldId::of("postal").expect("data/form.toml has a postal code");
    let _handle = leptos::mount::mount_to(section.clone(), move || {
        let error = Memo::new(move |_| draft.with(|d| field_error_in(d, postal, Lang::Ja)));
        view! {
            <RegisterField
                field=field(postal)
                mode=Mode::Organisation
                draft=draft
                error=error
                on_done=Callback::new(|_| {})
            />
        }
    });
    leptos::task::tick().await;

    let input: web_sys::HtmlInputElement = section
        .query_selector("input")
        .expect("query")
        .expect("an input")
        .dyn_into()
        .expect("an input element");
    let label = section
        .query_selector("label")
        .expect("query")
        .expect("a label");
    assert_eq!(label.get_attribute("for"), Some(input.id()));
    assert!(
        label
            .text_content()
            .unwrap_or_default()
            .contains("郵便番号")
    );
    let described = input.get_attribute("aria-describedby").unwrap_or_default();
    assert!(described.contains("reg-postal-error"));
    assert_eq!(input.get_attribute("aria-invalid").as_deref(), Some("true"));
    let message = || {
        section
            .query_selector("#reg-postal-error")
            .ok()
            .flatten()
            .and_then(|e| e.text_content())
            .unwrap_or_default()
    };
    assert_eq!(message(), "郵便番号を入力してください。");

    // Typing writes to the draft, and the message follows.
    input.set_value("６７９ー４１００");
    let event = web_sys::Event::new("input").expect("an event");
    input.dispatch_event(&event).expect("dispatched");
    leptos::task::tick().await;
    assert_eq!(
        draft.with_untracked(|d| d.get(postal).to_owned()),
        "６７９ー４１００"
    );
    assert_eq!(
        input.get_attribute("aria-invalid").as_deref(),
        Some("false")
    );
    assert_eq!(message(), "");
}

/// The setting `confirmed` of data/form.toml: while false, the registration
/// page says that the city's own 様式1 is always accepted and links the
/// city's page; once true, the sentence is gone.
#[cfg(feature = "full")]
#[wasm_bindgen_test]
async fn the_unconfirmed_note_links_the_citys_form_until_the_fields_are_confirmed() {
    use tsunagaru_inochi::components::register_unconfirmed::RegisterUnconfirmed;
    use tsunagaru_inochi::domain::registration::CITY_NETWORK_PAGE;
    for confirmed in [false, true] {
        let section = fresh_section();
        let _handle = leptos::mount::mount_to(section.clone(), move || {
            view! { <RegisterUnconfirmed confirmed=confirmed /> }
        });
        leptos::task::tick().await;
        let link = section.query_selector("a").expect("query");
        if confirmed {
            assert!(link.is_none());
            assert_eq!(section.text_content().unwrap_or_default(), "");
        } else {
            let link = link.expect("a link");
            assert_eq!(
                link.get_attribute("href").as_deref(),
                Some(CITY_NETWORK_PAGE)
            );
            let text = section.text_content().unwrap_or_default();
            assert!(text.contains("様式1（WordまたはPDF）"), "{text}");
            assert!(text.contains("いつでも受け付けています"), "{text}");
        }
    }
}

#[cfg(feature = "full")]
#[wasm_bindgen_test]
async fn an_empty_directory_says_what_a_spot_is_and_where_to_go() {
    use tsunagaru_inochi::components::spots_empty::SpotsEmpty;
    let section = fresh_section();
    let _handle = leptos::mount::mount_to(section.clone(), || view! { <SpotsEmpty /> });
    leptos::task::tick().await;

    let text = section.text_content().unwrap_or_default();
    for words in [
        "ステッカー",
        "協力スポットになるには",
        "いま相談したいときは",
    ] {
        assert!(text.contains(words), "missing {words}");
    }
    let hrefs: Vec<String> = {
        let links = section.query_selector_all("a").expect("links");
        (0..links.length())
            .filter_map(|i| links.item(i))
            .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
            .filter_map(|a| a.get_attribute("href"))
            .collect()
    };
    assert!(hrefs.iter().any(|h| h == "register/"), "{hrefs:?}");
    assert!(hrefs.iter().any(|h| h == "./"), "{hrefs:?}");
    assert!(
        hrefs
            .iter()
            .any(|h| h.starts_with("https://www.city.tatsuno.lg.jp/"))
    );
}

#[cfg(feature = "full")]
#[wasm_bindgen_test]
async fn the_offline_map_draws_the_city_with_its_credit() {
    use tsunagaru_inochi::components::spot_map::{MAP_CREDIT, SpotMap};
    let section = fresh_section();
    let _handle = leptos::mount::mount_to(section.clone(), || {
        view! {
            <SpotMap
                hits=Signal::derive(Vec::new)
                selected=Signal::derive(|| None)
                here=Signal::derive(|| None)
                on_select=Callback::new(|_: u32| {})
            />
        }
    });
    leptos::task::tick().await;

    let outline = section
        .query_selector(".spot-map__city")
        .expect("query")
        .expect("the outline");
    assert!(
        outline
            .get_attribute("d")
            .unwrap_or_default()
            .starts_with('M')
    );
    let text = section.text_content().unwrap_or_default();
    assert!(text.contains(MAP_CREDIT));
    assert!(MAP_CREDIT.contains("国土数値情報（行政区域データ）"));
}
