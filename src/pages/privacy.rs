//! プライバシーと保存データ: what the app does not do, what it keeps on this
//! device and why (from [`crate::domain::storage`]), and one button that
//! erases all of it.

use leptos::prelude::*;

use crate::domain::storage::{ALL, StoredItem};
use crate::state::{erase_stored_data, stored_items_present};

/// Privacy page: no tracking, the list of stored items, and erasing them.
#[component]
pub fn PrivacyPage() -> impl IntoView {
    let (present, set_present) = signal(stored_items_present());
    let (confirming, set_confirming) = signal(false);
    let (status, set_status) = signal(String::new());
    let erase = move |_| {
        let done = erase_stored_data();
        set_present.set(stored_items_present());
        set_confirming.set(false);
        set_status.set(if done {
            "この端末に保存したデータを消去しました。".to_owned()
        } else {
            "一部を消去できませんでした。ブラウザの設定から「サイトデータの削除」をお試しください。"
                .to_owned()
        });
    };
    let is_present = move |item: StoredItem| present.with(|p| p.contains(&item));

    view! {
        <h1>"プライバシーと保存データ"</h1>

        <section aria-labelledby="privacy-no-tracking">
            <h2 id="privacy-no-tracking">"あなたのことを記録しません"</h2>
            <ul>
                <li>
                    "このアプリは、だれが・いつ・何を見たかを記録しません。アクセス解析、広告、Cookieは使っていません。"
                </li>
                <li>
                    "読み込むのはこのアプリ自身のファイルだけです。ほかのサイトとは通信しません。"
                </li>
                <li>
                    "電話のボタンは、電話アプリを開くだけです。どこに電話したかをアプリが送ることはありません。"
                </li>
                <li>
                    "協力スポットを「近い順」に並べるときの位置情報は、この端末の中だけで計算し、送信も保存もしません。"
                </li>
            </ul>
        </section>

        <section aria-labelledby="privacy-offline">
            <h2 id="privacy-offline">"電波がなくても開けるように"</h2>
            <p>
                "一度開くと、このアプリのファイルを端末に保存し、電波がないときも相談窓口を見られるようにします。"
                "保存するのはアプリそのもので、あなたの入力や見たページの記録は入っていません。"
            </p>
        </section>

        <section aria-labelledby="privacy-stored">
            <h2 id="privacy-stored">"この端末に保存しているもの"</h2>
            <p>"あなたが使った機能のために、次のものだけをこの端末に保存します。"</p>
            <ul class="stored-items">
                {ALL
                    .iter()
                    .map(|item| {
                        let item = *item;
                        view! {
                            <li>
                                <span class="stored-items__what">{item.purpose}</span>
                                <span class="stored-items__when">{item.area.lifetime()}</span>
                                <span class="stored-items__state">
                                    {move || {
                                        if is_present(item) { "いま保存あり" } else { "いまはなし" }
                                    }}
                                </span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <div class="erase">
                <Show
                    when=move || confirming.get()
                    fallback=move || {
                        view! {
                            <button
                                type="button"
                                class="text-button erase__start"
                                on:click=move |_| {
                                    set_status.set(String::new());
                                    set_confirming.set(true);
                                }
                            >
                                "この端末に保存したデータを消去"
                            </button>
                        }
                    }
                >
                    <p id="erase-question">
                        "入力中の登録内容やステッカーの補正も消えます。消去しますか？"
                    </p>
                    <div class="erase__actions" role="group" aria-labelledby="erase-question">
                        <button type="button" class="text-button erase__confirm" on:click=erase>
                            "消去する"
                        </button>
                        <button
                            type="button"
                            class="text-button"
                            on:click=move |_| set_confirming.set(false)
                        >
                            "やめる"
                        </button>
                    </div>
                </Show>
                <p class="erase__status" role="status">
                    {move || status.get()}
                </p>
            </div>
        </section>

        <section aria-labelledby="privacy-shared">
            <h2 id="privacy-shared">"家族などと共有している端末では"</h2>
            <p>
                "画面の右上の「すぐに閉じる」を押すと（Escキーを3回押しても）、このアプリはすぐに天気予報のページに切り替わります。"
                "戻るボタンを押しても、そのとき見ていたページには戻りません。"
            </p>
            <p>
                "ただし、その前に見たページはブラウザの履歴に残ることがあります。気になるときは、ブラウザのプライベート（シークレット）モードで開くか、見終わったあとに履歴を消してください。"
            </p>
        </section>
    }
}
