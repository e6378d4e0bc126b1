//! Choosing a registered spot from the bundled directory: a select of every
//! spot by its name and district. The sticker studio and the leaflet page
//! use it.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::domain::spot::Spot;
use crate::domain::spot_data::SPOTS;

/// The select of the directory's spots.
#[component]
pub fn SpotPicker(
    /// The select's DOM id.
    id: &'static str,
    /// Its label.
    label: &'static str,
    /// The first option's words: no spot chosen.
    none: &'static str,
    /// Whether the select is off.
    #[prop(optional)]
    disabled: bool,
    /// The id of the spot shown as chosen ("" for none).
    chosen: Signal<String>,
    /// Called with the spot chosen (none for the first option).
    #[prop(into)]
    on_choose: Callback<Option<&'static Spot>>,
) -> impl IntoView {
    view! {
        <div class="sticker-field">
            <label for=id>{label}</label>
            <select
                id=id
                disabled=disabled
                prop:value=move || chosen.get()
                on:change=move |ev| {
                    let id = event_target_value(&ev);
                    on_choose.run(SPOTS.iter().find(|s| s.id == id));
                }
            >
                <option value="">{none}</option>
                {SPOTS
                    .iter()
                    .map(|s| {
                        // A spot's name and its district are Japanese names.
                        view! {
                            <option value=s.id lang="ja">
                                {format!("{}（{}）", s.name, s.district.label())}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
