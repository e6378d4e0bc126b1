//! Putting the app on the home screen, where the browser allows it.

use leptos::prelude::*;

use crate::domain::i18n;
use crate::pwa::{InstallWay, use_install_prompt};
use crate::state::use_lang;

/// A button for the browser's install prompt, or on iPhone and iPad a short
/// help text for Safari's share menu; nothing when neither applies.
#[component]
pub fn InstallHint() -> impl IntoView {
    let install = use_install_prompt();
    let t = i18n::common(use_lang());
    move || match install.way.get() {
        InstallWay::None => None,
        InstallWay::Prompt => Some(
            view! {
                <p class="install-hint">
                    {t.install_why}
                    <br />
                    <button
                        type="button"
                        class="text-button"
                        on:click=move |_| install.prompt.run(())
                    >
                        {t.install_button}
                    </button>
                </p>
            }
            .into_any(),
        ),
        InstallWay::ShareMenu => Some(
            view! {
                <p class="install-hint">
                    {t.install_why}
                    " "
                    {t.install_safari}
                </p>
            }
            .into_any(),
        ),
    }
}
