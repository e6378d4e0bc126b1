//! The quiet notice that a new release is ready: 「新しい版があります・更新」.

use leptos::prelude::*;

use crate::domain::i18n;
use crate::pwa::UseServiceWorkerReturn;
use crate::state::use_lang;

/// Shown at the bottom of the screen once a new release has been fetched in
/// the background; the app switches only when the person taps 更新.
#[component]
pub fn UpdateNotice(
    /// From [`crate::pwa::use_service_worker`].
    service_worker: UseServiceWorkerReturn,
) -> impl IntoView {
    let t = i18n::common(use_lang());
    let (dismissed, set_dismissed) = signal(false);
    let (updating, set_updating) = signal(false);
    let shown = move || service_worker.update_ready.get() && !dismissed.get();
    view! {
        <Show when=shown>
            <div class="update-notice" role="status">
                <p>{t.update_ready}</p>
                <button
                    type="button"
                    class="text-button update-notice__apply"
                    disabled=move || updating.get()
                    on:click=move |_| {
                        set_updating.set(true);
                        service_worker.apply_update.run(());
                    }
                >
                    {move || if updating.get() { t.update_applying } else { t.update_apply }}
                </button>
                <button
                    type="button"
                    class="text-button"
                    aria-label=t.update_later_label
                    on:click=move |_| set_dismissed.set(true)
                >
                    {t.update_later}
                </button>
            </div>
        </Show>
    }
}
