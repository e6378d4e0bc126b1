//! 市の担当者の方へ: the page of たつの市 健康課's staff. They check the
//! directory file with the build's own checks, add a registration, print
//! the stickers of new spots and the public list, and read how a checked
//! file becomes the live app. No login: the page only reads files the staff
//! choose and writes files they download; nothing leaves the device.
//!
//! The work is in [`crate::domain::staff`]; the sections are components
//! (`staff_*`); this page holds the file being worked on and the print
//! area. Only the full build holds it (and its words, `data/i18n/staff.toml`).
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::components::staff_add::StaffAdd;
use crate::components::staff_check::{Checked, StaffCheck};
use crate::components::staff_print::{PrintJob, StaffPrint};
use crate::components::staff_publish::StaffPublish;
use crate::components::staff_roster::StaffRoster;
use crate::components::staff_stickers::StaffStickers;
use crate::domain::i18n::{self, route_label};
use crate::domain::route::Route;
use crate::domain::spot_data::SPOTS_ARE_SAMPLE;
use crate::state::use_lang;

/// The staff page.
#[component]
pub fn StaffPage() -> impl IntoView {
    let lang = use_lang();
    let t = i18n::staff(lang);
    let current = RwSignal::new(None::<Checked>);
    let added = RwSignal::new(Vec::<String>::new());
    let job = RwSignal::new(PrintJob::Nothing);
    view! {
        <h1>{route_label(Route::Staff, lang)}</h1>
        <p class="lead">{t.lead}</p>
        <p class="staff-private" role="note">
            {t.on_device}
        </p>
        {SPOTS_ARE_SAMPLE
            .then(|| {
                view! {
                    <p class="sample-notice" role="note">
                        {t.sample_notice}
                    </p>
                }
            })}
        <StaffCheck current />
        <StaffAdd current added />
        <StaffStickers current added job />
        <StaffRoster current job />
        <StaffPublish />
        <StaffPrint job />
    }
}
