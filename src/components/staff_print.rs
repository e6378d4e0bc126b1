//! What the staff page prints: sticker sheets (through the sticker studio's
//! print area and styles, true size) or the 協力スポット一覧 (A4, its own
//! named page). The area is in the page only while there is something to
//! print, so the browser's own print command prints the page otherwise.
#![cfg(feature = "full")]

use leptos::prelude::*;

/// Something to print.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum PrintJob {
    /// Nothing: the page prints as it is.
    #[default]
    Nothing,
    /// A4 sticker sheets, as SVG pages.
    Stickers(String),
    /// The list of spots, as an HTML article.
    Roster(String),
}

/// Puts `job` in the print area, then opens the browser's print dialog.
pub fn print(jobs: RwSignal<PrintJob>, job: PrintJob) {
    jobs.set(job);
    // Let the print area update before the print dialog freezes the page.
    gloo::timers::callback::Timeout::new(50, || {
        if let Some(window) = web_sys::window() {
            _ = window.print();
        }
    })
    .forget();
}

/// The print area (a child of `<main>`, hidden on screen).
#[component]
pub fn StaffPrint(
    /// What to print; emptied after printing.
    job: RwSignal<PrintJob>,
) -> impl IntoView {
    let after_print = window_event_listener(leptos::ev::afterprint, move |_| {
        job.set(PrintJob::Nothing);
    });
    on_cleanup(move || after_print.remove());
    move || {
        match job.get() {
        PrintJob::Nothing => None,
        PrintJob::Stickers(pages) => Some(
            view! { <div class="sticker-print" aria-hidden="true" lang="ja" inner_html=pages></div> }
                .into_any(),
        ),
        PrintJob::Roster(html) => Some(
            view! { <div class="roster-print" aria-hidden="true" inner_html=html></div> }
                .into_any(),
        ),
    }
    }
}
