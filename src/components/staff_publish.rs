//! アプリに反映する手順: how a checked file becomes the live app, step by
//! step (the same steps as the README's section on deploying).
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::domain::i18n;
use crate::state::use_lang;

/// The steps from a checked file to the published app.
#[component]
pub fn StaffPublish() -> impl IntoView {
    let t = i18n::staff(use_lang());
    view! {
        <section class="staff-section" aria-labelledby="staff-publish-title">
            <h2 id="staff-publish-title">{t.publish_title}</h2>
            <p>{t.publish_text}</p>
            <ol class="staff-steps">
                <li>
                    <p>{t.publish_step_save}</p>
                </li>
                <li>
                    <p>{t.publish_step_replace}</p>
                    <p>
                        <code>"data/spots.csv"</code>
                    </p>
                </li>
                <li>
                    <p>{t.publish_step_build}</p>
                    <pre>
                        <code>"bash .ci/build.sh"</code>
                    </pre>
                </li>
                <li>
                    <p>{t.publish_step_copy}</p>
                    <p>
                        <code>"dist/"</code>
                    </p>
                </li>
                <li>
                    <p>{t.publish_step_check}</p>
                </li>
            </ol>
        </section>
    }
}
