//! Putting the app on the home screen, where the browser allows it.

use leptos::prelude::*;

use crate::pwa::{InstallWay, use_install_prompt};

/// A button for the browser's install prompt, or on iPhone and iPad a short
/// help text for Safari's share menu; nothing when neither applies.
#[component]
pub fn InstallHint() -> impl IntoView {
    let install = use_install_prompt();
    move || {
        match install.way.get() {
        InstallWay::None => None,
        InstallWay::Prompt => Some(
            view! {
                <p class="install-hint">
                    "ホーム画面に追加すると、電波がないときもすぐに開けます。"
                    <br />
                    <button
                        type="button"
                        class="text-button"
                        on:click=move |_| install.prompt.run(())
                    >
                        "ホーム画面に追加"
                    </button>
                </p>
            }
            .into_any(),
        ),
        InstallWay::ShareMenu => Some(
            view! {
                <p class="install-hint">
                    "ホーム画面に追加すると、電波がないときもすぐに開けます。"
                    "Safariの共有ボタン（四角から上向きの矢印）から「ホーム画面に追加」を選んでください。"
                </p>
            }
            .into_any(),
        ),
    }
    }
}
