//! The installable, offline app: registers the service worker (`src/sw.js`,
//! generated into the build by `.ci/post-build.mjs`), tells the page when a
//! new release is ready, and offers the browser's install prompt.
//!
//! A new release is fetched in the background; the page switches only when
//! the person agrees ([`UseServiceWorkerReturn::apply_update`]). Every tab
//! that the old release controlled reloads when the new one takes over, so no
//! tab runs a mix of old and new files.

use leptos::prelude::*;
use wasm_bindgen::{JsCast, JsValue, closure::Closure};

use crate::state::base_path;

/// What [`use_service_worker`] gives the page.
#[derive(Clone, Copy)]
pub struct UseServiceWorkerReturn {
    /// A new release is installed and waits for the person's agreement.
    pub update_ready: ReadSignal<bool>,
    /// Switches to the waiting release; every tab reloads.
    pub apply_update: Callback<()>,
}

/// Registers the service worker once, and watches for new releases.
pub fn use_service_worker() -> UseServiceWorkerReturn {
    let (update_ready, set_update_ready) = signal(false);
    let registration = StoredValue::new_local(None::<web_sys::ServiceWorkerRegistration>);
    let apply_update = Callback::new(move |()| {
        let waiting = registration.with_value(|r| r.as_ref().and_then(|r| r.waiting()));
        if let Some(worker) = waiting {
            _ = worker.post_message(&JsValue::from_str("skipWaiting"));
        }
    });
    let Some(window) = web_sys::window() else {
        return UseServiceWorkerReturn {
            update_ready,
            apply_update,
        };
    };
    let navigator = window.navigator();
    if !js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        return UseServiceWorkerReturn {
            update_ready,
            apply_update,
        };
    }
    let container = navigator.service_worker();
    // A page that a release controlled reloads (once) when another takes
    // over; the very first install takes over without a reload. Counted, not
    // read at load only: a tab whose visit installed the first release is
    // controlled from then on, and must reload for the next one too.
    let changes = std::cell::Cell::new(u8::from(container.controller().is_some()));
    let on_change = Closure::<dyn Fn()>::new(move || {
        let seen = changes.get();
        changes.set(seen.saturating_add(1));
        if seen == 1
            && let Some(w) = web_sys::window()
        {
            _ = w.location().reload();
        }
    });
    container.set_oncontrollerchange(Some(on_change.as_ref().unchecked_ref()));
    on_change.forget();

    // Registered once the page has loaded, so that caching the whole app for
    // offline use never competes with the first screen.
    let start = move || register(container.clone(), registration, set_update_ready);
    if window
        .document()
        .is_some_and(|d| d.ready_state() == "complete")
    {
        start();
    } else {
        let on_load = Closure::once_into_js(start);
        _ = window.add_event_listener_with_callback("load", on_load.unchecked_ref());
    }
    UseServiceWorkerReturn {
        update_ready,
        apply_update,
    }
}

/// Registers `sw.js` and watches it for new releases.
fn register(
    container: web_sys::ServiceWorkerContainer,
    registration: StoredValue<Option<web_sys::ServiceWorkerRegistration>, LocalStorage>,
    set_update_ready: WriteSignal<bool>,
) {
    let scope = base_path();
    let options = web_sys::RegistrationOptions::new();
    options.set_scope(&scope);
    let promise = container.register_with_options(&format!("{scope}sw.js"), &options);
    leptos::task::spawn_local(async move {
        let registered = wasm_bindgen_futures::JsFuture::from(promise).await;
        let Ok(registration_js) = registered else {
            log::warn!("the service worker did not register: {registered:?}");
            return;
        };
        let reg: web_sys::ServiceWorkerRegistration = registration_js.unchecked_into();
        registration.set_value(Some(reg.clone()));
        let has_controller = || {
            web_sys::window().is_some_and(|w| w.navigator().service_worker().controller().is_some())
        };
        if reg.waiting().is_some() && has_controller() {
            set_update_ready.set(true);
        }
        let watched = reg.clone();
        let on_found = Closure::<dyn Fn()>::new(move || {
            let Some(installing) = watched.installing() else {
                return;
            };
            let worker = installing.clone();
            let on_state = Closure::<dyn Fn()>::new(move || {
                if worker.state() == web_sys::ServiceWorkerState::Installed && has_controller() {
                    set_update_ready.set(true);
                }
            });
            installing.set_onstatechange(Some(on_state.as_ref().unchecked_ref()));
            on_state.forget();
        });
        reg.set_onupdatefound(Some(on_found.as_ref().unchecked_ref()));
        on_found.forget();
        // Look for a new release whenever the app comes back to the screen.
        let on_visible = Closure::<dyn Fn()>::new(move || {
            let visible = web_sys::window()
                .and_then(|w| w.document())
                .is_some_and(|d| d.visibility_state() == web_sys::VisibilityState::Visible);
            if visible {
                _ = reg.update();
            }
        });
        if let Some(document) = web_sys::window().and_then(|w| w.document()) {
            _ = document.add_event_listener_with_callback(
                "visibilitychange",
                on_visible.as_ref().unchecked_ref(),
            );
        }
        on_visible.forget();
    });
}

/// Removes the app's offline copy from this device: unregisters its service
/// worker and deletes its caches. Whether all of it went. Offline use then
/// needs one visit with a network again (which makes a new copy).
#[cfg(feature = "full")]
pub async fn erase_offline_copy() -> bool {
    use wasm_bindgen_futures::JsFuture;
    let Some(window) = web_sys::window() else {
        return false;
    };
    let mut ok = true;
    let navigator = window.navigator();
    if js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false) {
        // Only this app's registration: another app may share the origin.
        let scope = window.document().and_then(|d| d.base_uri().ok().flatten());
        match JsFuture::from(navigator.service_worker().get_registrations()).await {
            Ok(list) => {
                for reg in js_sys::Array::from(&list).iter() {
                    let reg: web_sys::ServiceWorkerRegistration = reg.unchecked_into();
                    if scope.as_deref() == Some(reg.scope().as_str()) {
                        ok &= match reg.unregister() {
                            Ok(done) => JsFuture::from(done).await.is_ok(),
                            Err(_) => false,
                        };
                    }
                }
            }
            Err(_) => ok = false,
        }
    }
    if let Ok(caches) = window.caches() {
        match JsFuture::from(caches.keys()).await {
            Ok(names) => {
                for name in js_sys::Array::from(&names).iter() {
                    let Some(name) = name.as_string() else {
                        continue;
                    };
                    if name.starts_with(crate::domain::storage::CACHE_PREFIX) {
                        ok &= JsFuture::from(caches.delete(&name)).await.is_ok();
                    }
                }
            }
            Err(_) => ok = false,
        }
    }
    ok
}

/// How this browser can install the app, if at all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum InstallWay {
    /// Not offered (already installed, or the browser has no way).
    None,
    /// The browser's own prompt is ready.
    Prompt,
    /// iPhone and iPad: Safari's share menu, ホーム画面に追加.
    ShareMenu,
}

/// What [`use_install_prompt`] gives the page.
#[derive(Clone, Copy)]
pub struct UseInstallPromptReturn {
    /// How the app can be installed now.
    pub way: ReadSignal<InstallWay>,
    /// Shows the browser's install prompt.
    pub prompt: Callback<()>,
}

/// Keeps the browser's install prompt (`beforeinstallprompt`) for a button.
pub fn use_install_prompt() -> UseInstallPromptReturn {
    let (way, set_way) = signal(InstallWay::None);
    let event = StoredValue::new_local(None::<web_sys::Event>);
    let prompt = Callback::new(move |()| {
        let Some(ev) = event.with_value(Clone::clone) else {
            return;
        };
        if let Ok(show) = js_sys::Reflect::get(&ev, &JsValue::from_str("prompt"))
            && let Some(show) = show.dyn_ref::<js_sys::Function>()
        {
            _ = show.call0(&ev);
        }
        event.set_value(None);
        set_way.set(InstallWay::None);
    });
    let Some(window) = web_sys::window() else {
        return UseInstallPromptReturn { way, prompt };
    };
    let standalone = window
        .match_media("(display-mode: standalone)")
        .ok()
        .flatten()
        .is_some_and(|m| m.matches());
    let agent = window.navigator().user_agent().unwrap_or_default();
    let apple_mobile = ["iPhone", "iPad", "iPod"].iter().any(|d| agent.contains(d));
    let ios_standalone =
        js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("standalone"))
            .ok()
            .and_then(|v| v.as_bool())
            .unwrap_or(false);
    if standalone || ios_standalone {
        return UseInstallPromptReturn { way, prompt };
    }
    if apple_mobile {
        set_way.set(InstallWay::ShareMenu);
    }
    let on_prompt = Closure::<dyn Fn(web_sys::Event)>::new(move |ev: web_sys::Event| {
        ev.prevent_default();
        event.set_value(Some(ev));
        set_way.set(InstallWay::Prompt);
    });
    _ = window.add_event_listener_with_callback(
        "beforeinstallprompt",
        on_prompt.as_ref().unchecked_ref(),
    );
    // An offer that came before the app started, kept by index.html.
    if let Ok(early) = js_sys::Reflect::get(&window, &JsValue::from_str("earlyInstallPrompt"))
        && early.is_object()
    {
        event.set_value(Some(early.unchecked_into()));
        set_way.set(InstallWay::Prompt);
    }
    on_prompt.forget();
    let on_installed = Closure::<dyn Fn()>::new(move || set_way.set(InstallWay::None));
    _ = window
        .add_event_listener_with_callback("appinstalled", on_installed.as_ref().unchecked_ref());
    on_installed.forget();
    UseInstallPromptReturn { way, prompt }
}
