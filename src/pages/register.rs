//! 登録: the registration form 協力機関登録届出書（様式1）, for an organisation
//! or an individual who wants to join the network.
//!
//! Everything the form knows (fields, checks, the letter, the document, the
//! CSV row) lives in [`crate::domain::registration`]; this page holds the
//! draft, keeps it on the device as it is typed, and shows errors: for a
//! field once the person has finished with it (then live as they type),
//! and for every field on submit, with focus on the first. The filled A4
//! form is always in the page but shown only in print media, so printing
//! (also with the browser's own command) prints the 届出書.

use leptos::prelude::*;
use wasm_bindgen::JsCast;

use crate::components::register_field::{RegisterField, control_id, ids};
use crate::components::register_send::RegisterSend;
use crate::domain::registration::{
    Draft, FIELDS, FORM_NUMBER, FORM_TITLE, FieldId, Mode, Registration, Section, field,
    field_error, validate,
};
use crate::state::{jst_now, keys};

/// Register page: join the network as an organisation or an individual.
#[component]
pub fn RegisterPage() -> impl IntoView {
    let restored = load_draft().filter(Draft::has_input);
    let notice = RwSignal::new(
        restored
            .is_some()
            .then_some("前回の入力内容を復元しました。続きから入力できます。"),
    );
    // Restored values count as finished with: their problems show at once.
    let touched = RwSignal::new(
        restored
            .as_ref()
            .map(|d| {
                FIELDS
                    .iter()
                    .map(|f| f.id)
                    .filter(|id| !d.get(*id).is_empty())
                    .collect::<Vec<_>>()
            })
            .unwrap_or_default(),
    );
    let draft = RwSignal::new(restored.unwrap_or_else(fresh_draft));
    let (revision, set_revision) = signal(0_u32);
    let submitted = RwSignal::new(false);
    let saved = RwSignal::new(true);

    let mode = Memo::new(move |_| draft.with(|d| d.mode));
    let result = Memo::new(move |_| draft.with(validate));

    // Nothing is lost: every change is kept on the device at once.
    Effect::new(move |_| saved.set(draft.with(save_draft)));

    let mark_done = Callback::new(move |id: FieldId| {
        // A note about the form as it was ("no problems", "restored") is
        // stale once the person changes something.
        notice.set(None);
        touched.update(|t| {
            if !t.contains(&id) {
                t.push(id);
            }
        });
    });
    // A submit: every problem shows, focus goes to the first.
    let check = Callback::new(move |()| {
        let first =
            result.with_untracked(|r| r.as_ref().err().and_then(|e| e.first()).map(|e| e.id));
        submitted.set(first.is_some());
        match first {
            Some(id) => {
                touched.set(FIELDS.iter().map(|f| f.id).collect());
                let target = control_id(field(id), mode.get_untracked());
                // After the error texts are in the page, so the field is
                // announced with its message.
                request_animation_frame(move || focus(&target));
                false
            }
            None => true,
        }
    });
    let reset = move |message: &'static str| {
        forget_draft();
        draft.set(fresh_draft());
        touched.set(Vec::new());
        submitted.set(false);
        set_revision.update(|r| *r += 1);
        notice.set(Some(message));
    };
    let clear = move |_| {
        if confirm("入力した内容をすべて消去します。よろしいですか？") {
            reset("入力内容を消去しました。");
        }
    };
    let sent = Callback::new(move |()| {
        if confirm("送信・提出が済んだ入力内容を、この端末から消去します。よろしいですか？")
        {
            reset("入力内容を消去しました。ご協力ありがとうございます。");
        }
    });
    let submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if check.run(()) {
            notice.set(Some(
                "入力内容に問題はありません。「送る・保存する」から送ってください。",
            ));
            focus(ids::SEND_TITLE);
        }
    };

    // The fields, rendered again only when the mode changes or the draft
    // is replaced (typing never re-renders a control).
    let sections = move || {
        revision.track();
        let m = mode.get();
        Section::ALL
            .into_iter()
            .filter(|section| section.fields(m).next().is_some())
            .map(|section| {
                let fields = section
                    .fields(m)
                    .map(|f| {
                        let id = f.id;
                        let error = Memo::new(move |_| {
                            if touched.with(|t| t.contains(&id)) {
                                draft.with(|d| field_error(d, id))
                            } else {
                                None
                            }
                        });
                        view! {
                            <RegisterField
                                field=f
                                mode=m
                                draft=draft
                                error=error
                                on_done=mark_done
                            />
                        }
                    })
                    .collect_view();
                view! {
                    <fieldset class="reg-section">
                        <legend>{section.label(m)}</legend>
                        {fields}
                    </fieldset>
                }
            })
            .collect_view()
    };

    let summary = move || {
        if !submitted.get() {
            return None;
        }
        let errors = result.with(|r| r.as_ref().err().cloned())?;
        let m = mode.get();
        Some(view! {
            <div id=ids::SUMMARY class="reg-summary">
                <p class="reg-summary__title">
                    {format!("{}か所、確認が必要なところがあります。", errors.len())}
                </p>
                <ul>
                    {errors
                        .into_iter()
                        .map(|e| {
                            let f = field(e.id);
                            view! {
                                <li>
                                    <a href=format!("#{}", control_id(f, m))>
                                        {format!("{}: {}", f.label_for(m), e.message)}
                                    </a>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </div>
        })
    };

    view! {
        <h1>"協力スポットに登録する"</h1>
        <p class="lead">
            "たつの市内の企業・団体・事業所・店舗・グループ、そして個人の方も登録できます。"
        </p>
        <p>
            {format!("「{FORM_TITLE}（{FORM_NUMBER}）」をこの画面で作り、")}
            "メールで健康課に送るか、印刷して持参できます。受理されると、協力スポットステッカーが配られます。"
        </p>
        <p id=ids::SAVE_NOTE class="reg-note" class:reg-warning=move || !saved.get()>
            {move || {
                if saved.get() {
                    "入力した内容は、この端末（ブラウザ）の中だけに自動で保存され、送るまでどこにも送信されません。"
                } else {
                    "この端末に保存できません（プライベートブラウズなど）。送り終えるまで、この画面を閉じないでください。"
                }
            }}
        </p>
        <p class="reg-notice" role="status">
            {move || notice.get()}
        </p>
        <form id=ids::FORM class="reg-form" novalidate on:submit=submit>
            <fieldset class="reg-section reg-mode">
                <legend>"登録の区分"</legend>
                <div class="reg-options">
                    {Mode::ALL
                        .into_iter()
                        .map(|m| {
                            let input_id = format!("reg-mode-{}", m.key());
                            view! {
                                <div class="reg-option">
                                    <input
                                        id=input_id.clone()
                                        type="radio"
                                        name="reg-mode"
                                        value=m.key()
                                        prop:checked=move || mode.get() == m
                                        on:change=move |_| draft.update(|d| d.mode = m)
                                    />
                                    <label for=input_id>{m.label()}</label>
                                </div>
                            }
                        })
                        .collect_view()}
                </div>
            </fieldset>
            {sections}
            {summary}
            <div class="reg-actions">
                <button type="submit" class="reg-button reg-button--primary">
                    "入力内容を確認する"
                </button>
                <button type="button" class="reg-button" on:click=clear>
                    "入力内容を消去"
                </button>
            </div>
        </form>
        <RegisterSend registration=result mode=mode on_check=check on_sent=sent />
        // Shown only in print media (style/register.css): the filled form.
        <div
            class="register-print"
            aria-hidden="true"
            inner_html=move || {
                result.with(|r| r.as_ref().map(Registration::sheet_html).unwrap_or_default())
            }
        ></div>
    }
}

/// A new, empty form dated today (in Japan).
fn fresh_draft() -> Draft {
    Draft::new(jst_now().date)
}

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// The draft kept on this device, if any.
fn load_draft() -> Option<Draft> {
    let text = local_storage()?
        .get_item(keys::REGISTER_DRAFT)
        .ok()
        .flatten()?;
    Draft::from_storage(&text)
}

/// Keeps the draft on this device (a draft with nothing typed is not
/// kept). `false` when the browser refuses to store it.
fn save_draft(draft: &Draft) -> bool {
    let Some(storage) = local_storage() else {
        return false;
    };
    let stored = if draft.has_input() {
        storage.set_item(keys::REGISTER_DRAFT, &draft.to_storage())
    } else {
        storage.remove_item(keys::REGISTER_DRAFT)
    };
    stored
        .map_err(|e| log::error!("keeping the registration draft: {e:?}"))
        .is_ok()
}

/// Deletes the draft kept on this device.
fn forget_draft() {
    if let Some(storage) = local_storage() {
        _ = storage.remove_item(keys::REGISTER_DRAFT);
    }
}

/// Asks the person to confirm (the browser's own dialog).
fn confirm(question: &str) -> bool {
    web_sys::window().is_some_and(|w| w.confirm_with_message(question).unwrap_or(false))
}

/// Moves focus to the element with `id`.
fn focus(id: &str) {
    if let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok())
    {
        _ = element.focus();
    }
}
