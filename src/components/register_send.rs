//! The way out of the registration form: send the letter by e-mail, copy
//! it, save the A4 document or the directory's CSV row, print; and, once
//! it was sent, clear what the device kept. Every action first checks the
//! form as a submit does, so a problem is shown instead of a half-filled
//! letter.

use leptos::prelude::*;

use crate::browser::{copy_text, save_text};
use crate::components::register_field::ids;
use crate::domain::data::{HEALTH_DIVISION_ID, window};
use crate::domain::registration::{
    ADDRESSEE, FieldError, KENKO_EMAIL, LETTER_END, Mode, NotListed, Registration,
};

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
            status.set(
                "メールアプリを開きました。送信が済んだら、下の「送信・提出が済みました」を押してください。"
                    .to_owned(),
            );
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
            status.set(
                if ok {
                    "文章をコピーしました。メールなどに貼り付けて送れます。"
                } else {
                    "コピーできませんでした。下の「送る文章を見る」を開いて、文章を選んでコピーしてください。"
                }
                .to_owned(),
            );
        });
    });
    let save_document = Callback::new(move |()| {
        with_valid(&|r| {
            match save_text(
                &r.document_html(),
                "text/html;charset=utf-8",
                &r.document_file_name(),
            ) {
                Ok(()) => "届出書（A4のHTMLファイル）を保存しました。ブラウザで開いて印刷するか、メールに添付して送れます。".to_owned(),
                Err(e) => {
                    log::error!("saving the document: {e}");
                    "届出書を保存できませんでした。「印刷する」から印刷やPDFへの保存ができます。".to_owned()
                }
            }
        });
    });
    let save_csv = Callback::new(move |()| {
        with_valid(&|r| {
            let saved = r
                .directory_csv()
                .map_err(NotListed::message)
                .and_then(|csv| {
                    save_text(&csv, "text/csv;charset=utf-8", &r.csv_file_name()).map_err(|e| {
                        log::error!("saving the CSV row: {e}");
                        "一覧用のCSVを保存できませんでした。"
                    })
                });
            match saved {
                Ok(()) => "一覧用のCSV（協力スポット一覧と同じ列の1行）を保存しました。".to_owned(),
                Err(why) => why.to_owned(),
            }
        });
    });
    let print = Callback::new(move |()| {
        with_valid(&|_| {
            if let Some(w) = web_sys::window() {
                _ = w.print();
            }
            "印刷の画面を開きました。用紙はA4、倍率は100%で印刷してください。".to_owned()
        });
    });

    let office = window(HEALTH_DIVISION_ID).and_then(|w| w.main_phone().map(|(_, p)| (w.name, p)));
    let recipient = match KENKO_EMAIL {
        Some(address) => view! {
            <p class="reg-note">
                "宛先は" {ADDRESSEE} "（" <span class="reg-address">{address}</span> "）です。"
            </p>
        }
        .into_any(),
        None => view! {
            <p class="reg-note">
                "メールアプリは、件名と本文が入り、宛先が空欄のまま開きます。宛先に" {ADDRESSEE}
                "のメールアドレス（市のホームページに載っています）を入れて送ってください。"
                {office
                    .map(|(name, phone)| {
                        view! {
                            "わからないときは、" {name} "（電話 " <a href=phone.tel>{phone.display}</a>
                            "）におたずねください。"
                        }
                    })}
            </p>
        }
        .into_any(),
    };

    view! {
        <section class="reg-send" aria-labelledby=ids::SEND_TITLE>
            <h2 id=ids::SEND_TITLE tabindex="-1">
                "送る・保存する"
            </h2>
            <p>
                "届出書は、メールで" {ADDRESSEE}
                "に送れます。印刷して持参したり、保存したファイルをメールに添付したりすることもできます。"
            </p>
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
                    "メールで送る"
                </a>
            </div>
            {recipient}
            {move || {
                mailto
                    .with(|m| m.as_ref().is_some_and(|m| m.too_long))
                    .then(|| {
                        view! {
                            <p class="reg-warning">
                                {format!(
                                    "内容が長いため、メールアプリによっては本文が途中で切れることがあります。送る前に、本文の最後に「{LETTER_END}」があるか確かめてください。切れているときは、「文章をコピー」してメールに貼り付けるか、「届出書を保存」したファイルをメールに添付してください。",
                                )}
                            </p>
                        }
                    })
            }}
            <div class="reg-actions">
                <Action label="文章をコピー" on_press=copy />
                <Action label="届出書を保存（A4・HTML）" on_press=save_document />
                <Action label="印刷する（A4）" on_press=print />
                {move || {
                    (mode.get() == Mode::Organisation)
                        .then(|| view! { <Action label="一覧用のCSVを保存" on_press=save_csv /> })
                }}
            </div>
            <p class="reg-status" role="status">
                {move || status.get()}
            </p>
            {move || {
                (listed.get() == Some(Err(NotListed::Declined)))
                    .then(|| view! { <p class="reg-note">{NotListed::Declined.message()}</p> })
            }}
            <details class="reg-letter">
                <summary>"送る文章を見る"</summary>
                <pre>
                    {move || {
                        registration
                            .with(|r| match r {
                                Ok(r) => r.plain_text(),
                                Err(_) => {
                                    "入力内容に確認が必要なところがあるため、まだ表示できません。"
                                        .to_owned()
                                }
                            })
                    }}
                </pre>
            </details>
            <section class="reg-done" aria-labelledby=ids::DONE_TITLE>
                <h3 id=ids::DONE_TITLE>"送信・提出が済んだら"</h3>
                <p>
                    "メールを送信したか、届出書を提出したら、この端末に残っている入力内容を消去できます。"
                </p>
                <Action label="送信・提出が済みました（入力内容を消去）" on_press=on_sent />
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
