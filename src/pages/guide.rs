//! 協力スポットの方へ: a short guide for the people at a spot, in the order of
//! the city's list (気づく, 声をかける, 聴く, つなぐ, 見守る), in the spirit of
//! the national gatekeeper (ゲートキーパー) training. It prints on one A4
//! sheet for the back room (style/main.css, `.guide` print rules).

use leptos::prelude::*;

use crate::domain::category::Category;
use crate::domain::data::{HEALTH_DIVISION_ID, window};
use crate::domain::route::Route;
use crate::state::href;

/// Which worry goes to which part of the app's consultation windows.
const REFERRALS: [(&str, Category); 7] = [
    ("気持ちが落ちこむ、眠れない", Category::Mental),
    ("借金や生活費のこと", Category::Money),
    ("仕事や職場のこと", Category::Work),
    ("家族や子育てのこと", Category::Family),
    ("暴力やハラスメントを受けている", Category::Violence),
    ("学校やいじめのこと", Category::School),
    ("どこに相談したらいいかわからない", Category::Unsure),
];

/// Guide page for the staff of a 協力スポット.
#[component]
pub fn GuidePage() -> impl IntoView {
    let office = window(HEALTH_DIVISION_ID).and_then(|w| w.main_phone().map(|(_, p)| (w, p)));
    view! {
        <article class="guide">
            <h1>"協力スポットの方へ：声かけと、つなぎかた"</h1>
            <p class="lead">
                "専門家でなくてかまいません。いつもより少しだけ気にかけ、話を聴き、相談先を伝える。それが、いのちを支える力になります。"
            </p>
            <p class="guide__print no-print">
                <button type="button" class="text-button" on:click=move |_| print()>
                    "このガイドを印刷（A4・1枚）"
                </button>
            </p>

            <section aria-labelledby="guide-notice">
                <h2 id="guide-notice">"1. 気づく"</h2>
                <ul>
                    <li>"元気がない、表情が暗い、身なりにかまわなくなった。"</li>
                    <li>"眠れない、食べられないと話す。お酒の量が増えた。"</li>
                    <li>"「迷惑をかけてばかり」「いなくなりたい」などと口にする。"</li>
                    <li>"仕事・お金・家族・健康などで、大きな出来事やなやみを抱えている。"</li>
                </ul>
            </section>

            <section aria-labelledby="guide-ask">
                <h2 id="guide-ask">"2. さりげなく声をかける"</h2>
                <ul>
                    <li>"「最近、元気がないように見えるけど、どうかした？」"</li>
                    <li>"「よかったら、少し話を聞かせてもらえますか」"</li>
                    <li>"「眠れていますか」"</li>
                </ul>
                <p>"答えたくなさそうなら、無理に聞かなくてかまいません。気にかけていることが伝われば十分です。"</p>
            </section>

            <section aria-labelledby="guide-listen">
                <h2 id="guide-listen">"3. 聴く"</h2>
                <ul>
                    <li>"さえぎらず、最後まで聴きます。沈黙もあせらずに待ちます。"</li>
                    <li>"否定や説教、すぐのアドバイスはひかえます。「つらかったですね」と気持ちを受けとめます。"</li>
                    <li>"「話してくれてありがとう」と伝えます。"</li>
                </ul>
            </section>

            <section aria-labelledby="guide-connect">
                <h2 id="guide-connect">"4. つなぐ"</h2>
                <p>"悩みに合った相談窓口を、いっしょに見てください。チラシを渡したり、このアプリを開いて見せたりできます。"</p>
                <ul class="guide__referrals">
                    {REFERRALS
                        .map(|(worry, category)| {
                            view! {
                                <li>
                                    {worry}
                                    " → "
                                    <a href=href(
                                        Route::Home,
                                        &format!("c={}", category.id()),
                                    )>{category.label()}</a>
                                </li>
                            }
                        })}
                </ul>
                <p class="guide__urgent">
                    "いのちに危険がせまっているときは、ためらわずに"
                    <a href="tel:119">"119番（救急）"</a>
                    "または"
                    <a href="tel:110">"110番（警察）"</a>
                    "に電話してください。そばを離れず、ひとりにしないでください。"
                </p>
            </section>

            <section aria-labelledby="guide-watch">
                <h2 id="guide-watch">"5. 見守る"</h2>
                <ul>
                    <li>"相談先につないだあとも、あいさつや声かけを続けます。"</li>
                    <li>"ひとりで抱えこまないでください。迷ったときは、健康課に相談できます。"</li>
                </ul>
            </section>

            <p class="guide__contact">
                {office
                    .map(|(w, phone)| {
                        view! {
                            {format!("相談・問い合わせ：{} {} 電話 ", w.organisation, w.name)}
                            <a href=phone.tel>{phone.display}</a>
                        }
                    })}
            </p>
        </article>
    }
}

fn print() {
    if let Some(window) = web_sys::window() {
        _ = window.print();
    }
}
