//! 一覧のファイルを確かめる: the staff choose or drop the directory file;
//! it is checked as the build checks it ([`check_file`]) and every problem
//! is listed with its row and column; the rows without a problem are shown
//! as the spots page would show them, the list by district and the map.
#![cfg(feature = "full")]

use std::sync::Arc;

use leptos::prelude::*;

use crate::components::file_pick::FilePick;
use crate::components::spot_list::SpotList;
use crate::components::spot_map::SpotMap;
use crate::domain::geo::LatLon;
use crate::domain::i18n;
use crate::domain::spot::{Spot, card_id};
use crate::domain::spot_data::SPOTS_ARE_SAMPLE;
use crate::domain::spot_source::SpotRow;
use crate::domain::spreadsheet::Encoding;
use crate::domain::staff::directory::{Directory, check_file, city_boundary};
use crate::domain::text::escape_markup;
use crate::state::use_lang;

/// The directory file the page works on: what the staff chose, checked.
#[derive(Clone, Debug)]
pub struct Checked {
    /// The file's name.
    pub name: String,
    /// The file and what its checks found.
    pub directory: Arc<Directory>,
    /// The rows without a problem, as the app's spots (for the list, the
    /// map and the outputs). Their texts stay in memory until the page is
    /// closed: a staff member checks a few files.
    pub spots: &'static [Spot],
}

impl Checked {
    /// Wraps a checked directory.
    pub fn new(name: String, directory: Directory) -> Checked {
        let spots: Vec<Spot> = directory
            .report
            .rows
            .iter()
            .cloned()
            .map(SpotRow::leak)
            .collect();
        Checked {
            name,
            directory: Arc::new(directory),
            spots: Vec::leak(spots),
        }
    }

    /// Whether the file passed every check (the build would take it).
    pub fn is_clean(&self) -> bool {
        self.directory.report.issues.is_empty()
    }
}

/// Checks `bytes` of the file `name` as the build would.
pub fn check(name: String, bytes: &[u8]) -> Result<Checked, String> {
    let boundary = city_boundary()?;
    check_file(bytes, &boundary, SPOTS_ARE_SAMPLE).map(|d| Checked::new(name, d))
}

/// The file chooser and what the checks found.
#[component]
pub fn StaffCheck(
    /// The file being worked on.
    current: RwSignal<Option<Checked>>,
) -> impl IntoView {
    let t = i18n::staff(use_lang());
    let unreadable = RwSignal::new(None::<String>);
    let on_file = move |(name, bytes): (String, Vec<u8>)| match check(name, &bytes) {
        Ok(checked) => {
            unreadable.set(None);
            current.set(Some(checked));
        }
        Err(why) => {
            unreadable.set(Some(why));
            current.set(None);
        }
    };
    view! {
        <section class="staff-section" aria-labelledby="staff-check-title">
            <h2 id="staff-check-title">{t.check_title}</h2>
            <p>{t.check_text}</p>
            <FilePick
                id="staff-directory-file"
                label=t.check_file_label
                hint=t.check_file_hint
                on_file=on_file
            />
            <div class="staff-result" role="status">
                {move || {
                    unreadable
                        .get()
                        .map(|why| {
                            view! {
                                <p class="staff-error">
                                    {t.check_unreadable} " " <span lang="ja">{why}</span>
                                </p>
                            }
                        })
                }}
                {move || current.with(|c| c.as_ref().map(summary))}
            </div>
            {move || current.with(|c| c.as_ref().map(details))}
        </section>
    }
}

/// One line on the file as a whole.
fn summary(c: &Checked) -> impl IntoView + use<> {
    let t = i18n::staff(use_lang());
    let issues = c.directory.report.issues.len();
    let spots = c.spots.len().to_string();
    let line = if issues == 0 {
        t.summary_clean(&c.name, &spots)
    } else {
        t.summary_issues(&c.name, &spots, &issues.to_string())
    };
    view! {
        <p class=if issues == 0 { "staff-ok" } else { "staff-error" }>{line}</p>
        {(c.directory.encoding == Encoding::ShiftJis)
            .then(|| view! { <p class="staff-note">{t.read_as_shift_jis}</p> })}
    }
}

/// The problems, the warnings and the preview.
fn details(c: &Checked) -> impl IntoView + use<> {
    let t = i18n::staff(use_lang());
    let report = &c.directory.report;
    // Messages name cells the staff typed: escaped, and Japanese whatever
    // the page's language (they are the build's own words).
    let items = |messages: &mut dyn Iterator<Item = &str>| -> String {
        messages
            .map(|m| format!("<li>{}</li>", escape_markup(m)))
            .collect()
    };
    let issues = items(&mut report.issues.iter().map(|i| i.message.as_str()));
    let warnings = items(&mut report.warnings.iter().map(String::as_str));
    let spots = c.spots;
    view! {
        {(!report.issues.is_empty())
            .then(|| {
                view! {
                    <h3>{t.issues_title(&report.issues.len().to_string())}</h3>
                    <p>{t.issues_text}</p>
                    <ul class="staff-issues" lang="ja" inner_html=issues></ul>
                }
            })}
        {(!report.warnings.is_empty())
            .then(|| {
                view! {
                    <h3>{t.warnings_title}</h3>
                    <ul class="staff-warnings" lang="ja" inner_html=warnings></ul>
                }
            })}
        {(!spots.is_empty()).then(|| view! { <Preview spots /> })}
    }
}

/// The rows without a problem, as the spots page shows them.
#[component]
fn Preview(spots: &'static [Spot]) -> impl IntoView {
    let t = i18n::staff(use_lang());
    let hits = Memo::new(move |_| (0..spots.len() as u32).collect::<Vec<u32>>());
    let selected = RwSignal::new(None::<u32>);
    let here = Signal::derive(|| None::<LatLon>);
    let on_pin = Callback::new(move |index: u32| {
        selected.set(Some(index));
        if let Some(spot) = spots.get(index as usize) {
            scroll_to(&card_id(spot));
        }
    });
    let on_show_on_map = Callback::new(move |index: u32| {
        selected.set(Some(index));
        scroll_to("spot-map");
    });
    view! {
        <h3>{t.preview_title(&spots.len().to_string())}</h3>
        <p>{t.preview_text}</p>
        <div class="spots-layout">
            <SpotMap spots hits selected here on_select=on_pin />
            <SpotList spots hits here selected on_show_on_map=on_show_on_map />
        </div>
    }
}

fn scroll_to(id: &str) {
    let id = id.to_owned();
    request_animation_frame(move || {
        if let Some(element) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id(&id))
        {
            element.scroll_into_view();
        }
    });
}
