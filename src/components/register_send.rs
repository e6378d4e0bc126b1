//! The way out of the registration form: send the letter by e-mail, copy
//! it, save the A4 document or the directory's CSV row, print; and, once
//! it was sent, clear what the device kept. Every action first checks the
//! form as a submit does, so a problem is shown instead of a half-filled
//! letter. The buttons and messages are in the current language; the
//! letter, the document and the CSV row are in Japanese whatever it is.
#![cfg(feature = "full")]

use leptos::prelude::*;

use crate::browser::{copy_text, save_text};
use crate::components::register_field::ids;
use crate::components::sentence::sentence;
use crate::domain::data::{HEALTH_DIVISION_ID, window};
use crate::domain::i18n;
use crate::domain::registration::{
    ADDRESSEE, FieldError, KENKO_EMAIL, LETTER_END, Mode, NotListed, Registration,
};
use crate::state::use_lang;

/// The actions of the registration form.
#[component]
pub fn RegisterSend(
    /// The checked form, or its problems.
    registration: Memo<Result<Registration, Vec<FieldError>>>,
    /// Organisation or individual (only organisations have a directory row).
    mode: Memo<Mode>,
    /// Checks the form as a submit does (every error shown, focus on the
    /// first); `true` when it can be sent.
    on_check: Callback<(), bool>,
    /// The person says it was sent: clear the form (after confirming).
    on_sent: Callback<()>,
) -> impl IntoView {
    let lang = use_lang();
    let t = i18n::register(lang);
    let status = RwSignal::new(String::new());
    let mailto =
        Memo::new(move |_| registration.with(|r| r.as_ref().ok().map(|r| r.mailto(KENKO_EMAIL))));
    let listed = Memo::new(move |_| {
        registration.with(|r| r.as_ref().ok().map(|r| r.directory_row().map(|_| ())))
    });
    let with_valid = move |f: &dyn Fn(&Registration) -> String| {
        if on_check.run(())
            && let Some(message) = registration.with_untracked(|r| r.as_ref().ok().map(f))
        {
            status.set(message);
        }
    };

    let open_mail = move |ev: leptos::ev::MouseEvent| {
        if on_check.run(()) {
            status.set(t.mail_opened.to_owned());
        } else {
            ev.prevent_default();
        }
    };
    let copy = Callback::new(move |()| {
        if !on_check.run(()) {
            return;
        }
        let Some(text) =
            registration.with_untracked(|r| r.as_ref().ok().map(Registration::plain_text))
        else {
            return;
        };
        copy_text(&text, move |ok| {
            status.set(if ok { t.copied } else { t.copy_failed }.to_owned());
        });
    });
    let save_document = Callback::new(move |()| {
        with_valid(&|r| match save_text(
            &r.document_html(),
            "text/html;charset=utf-8",
            &r.document_file_name(),
        ) {
            Ok(()) => t.doc_saved.to_owned(),
            Err(e) => {
                log::error!("saving the document: {e}");
                t.doc_failed.to_owned()
            }
        });
    });
    let save_csv = Callback::new(move |()| {
        with_valid(&|r| {
            let saved = r
                .directory_csv()
                .map_err(|why| why.message_in(lang))
                .and_then(|csv| {
                    save_text(&csv, "text/csv;charset=utf-8", &r.csv_file_name()).map_err(|e| {
                        log::error!("saving the CSV row: {e}");
                        t.csv_failed
                    })
                });
            match saved {
                Ok(()) => t.csv_saved.to_owned(),
                Err(why) => why.to_owned(),
            }
        });
    });
    let print = Callback::new(move |()| {
        with_valid(&|_| {
            if let Some(w) = web_sys::window() {
                _ = w.print();
            }
            t.print_opened.to_owned()
        });
    });

    let office = window(HEALTH_DIVISION_ID).and_then(|w| w.main_phone().map(|(_, p)| (w.name, p)));
    // 健康課 and the office keep their Japanese names (people say them on
    // the phone or write them on an envelope).
    let japanese = |words: &'static str| view! { <span lang="ja">{words}</span> };
    let addressee = move |_: &str| japanese(ADDRESSEE);
    let recipient = match KENKO_EMAIL {
        Some(address) => view! {
            <p class="reg-note">
                {sentence(
                    t.to_known,
                    |name| match name {
                        "address" => view! { <span class="reg-address">{address}</span> }.into_any(),
                        _ => japanese(ADDRESSEE).into_any(),
                    },
                    |_| (),
                )}
            </p>
        }
        .into_any(),
        None => view! {
            <p class="reg-note">
                {sentence(t.to_unknown, addressee, |_| ())}
                {office
                    .map(|(office, phone)| {
                        sentence(
                            t.ask,
                            move |name| match name {
                                "phone" => view! { <a href=phone.tel>{phone.display}</a> }.into_any(),
                                _ => japanese(office).into_any(),
                            },
                            |_| (),
                        )
                    })}
            </p>
        }
        .into_any(),
    };

    view! {
        <section class="reg-send" aria-labelledby=ids::SEND_TITLE>
            <h2 id=ids::SEND_TITLE tabindex="-1">
                {t.send_title}
            </h2>
            <p>{sentence(t.send_lead, addressee, |_| ())}</p>
            <div class="reg-actions">
                <a
                    class="reg-button reg-button--primary"
                    href=move || {
                        mailto
                            .with(|m| {
                                m.as_ref()
                                    .map_or_else(|| format!("#{}", ids::FORM), |m| m.url.clone())
                            })
                    }
                    on:click=open_mail
                >
                    {t.mail_button}
                </a>
            </div>
            {recipient}
            {move || {
                mailto
                    .with(|m| m.as_ref().is_some_and(|m| m.too_long))
                    .then(|| {
                        view! {
                            <p class="reg-warning">
                                {sentence(t.long, |_| japanese(LETTER_END), |_| ())}
                            </p>
                        }
                    })
            }}
            <div class="reg-actions">
                <Action label=t.copy_button on_press=copy />
                <Action label=t.doc_button on_press=save_document />
                <Action label=t.print_button on_press=print />
                {move || {
                    (mode.get() == Mode::Organisation)
                        .then(|| view! { <Action label=t.csv_button on_press=save_csv /> })
                }}
            </div>
            <p class="reg-status" role="status">
                {move || status.get()}
            </p>
            {move || {
                (listed.get() == Some(Err(NotListed::Declined)))
                    .then(|| {
                        view! { <p class="reg-note">{NotListed::Declined.message_in(lang)}</p> }
                    })
            }}
            <details class="reg-letter">
                <summary>{t.letter_summary}</summary>
                {move || {
                    registration
                        .with(|r| match r {
                            // The letter as it is sent: in Japanese.
                            Ok(r) => view! { <pre lang="ja">{r.plain_text()}</pre> }.into_any(),
                            Err(_) => view! { <p>{t.letter_not_ready}</p> }.into_any(),
                        })
                }}
            </details>
            <section class="reg-done" aria-labelledby=ids::DONE_TITLE>
                <h3 id=ids::DONE_TITLE>{t.done_title}</h3>
                <p>{t.done_text}</p>
                <Action label=t.done_button on_press=on_sent />
            </section>
        </section>
    }
}

/// One button of the actions. (A single kind of button for every action
/// keeps the page's code small.)
#[component]
fn Action(
    /// What the button says.
    label: &'static str,
    /// What it does.
    on_press: Callback<()>,
) -> impl IntoView {
    view! {
        <button type="button" class="reg-button" on:click=move |_| on_press.run(())>
            {label}
        </button>
    }
}
