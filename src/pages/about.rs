//! このネットワークについて: what the network is, how a resident uses it,
//! what a 協力スポット does, what the sticker means, who can join and how,
//! and how it differs from the city's other 見守り activities. Written from
//! the city's own page, in short sections.

use leptos::prelude::*;

use crate::domain::data::{HEALTH_DIVISION_ID, window};
use crate::domain::route::Route;
use crate::state::href;

/// The comparison with the city's two other 見守り activities: one row per
/// aspect, one cell per activity (this network first).
const ACTIVITIES: [&str; 3] = [
    "つながるいのちサポートネットワーク",
    "孤立死ゼロ作戦の地域見守り",
    "はいかい高齢者等見守りSOSネットワーク",
];
const COMPARISON: [(&str, [&str; 3]); 3] = [
    (
        "目的",
        [
            "悩みが深くなる前の段階で気づき、話を聴き、相談先につなぐ（自殺予防）。",
            "亡くなってから時間がたって見つかる孤立死を防ぐ。",
            "認知症などで歩き回る人を、地域ぐるみで早く見つけて保護する。",
        ],
    ),
    (
        "主な対象",
        [
            "悩みを抱えるすべての人（市外の人も相談窓口を使えます）。",
            "主に高齢の人。",
            "主に中高年・高齢の人。",
        ],
    ),
    (
        "協力する人がすること",
        [
            "ステッカーの掲示、声かけ・傾聴、相談窓口の紹介、見守り、情報の発信。",
            "仕事の中で異変に気づいたら、市（地域包括支援課）に連絡する。",
            "日ごろの見守り。登録者が行方不明のときは、仕事の範囲で捜索に協力する。",
        ],
    ),
];

/// About page: the network in short sections.
#[component]
pub fn AboutPage() -> impl IntoView {
    let office = window(HEALTH_DIVISION_ID).and_then(|w| w.main_phone().map(|(_, p)| (w, p)));
    view! {
        <h1>"このネットワークについて"</h1>
        <p class="lead">
            "つながるいのちサポートネットワークは、悩んでいる人に地域で気づき、話を聴き、相談先につなぐための、たつの市のネットワークです。令和元年3月から続いています。"
        </p>
        <p class="help-now">
            "いま話を聴いてほしいときは、"
            <a href=href(Route::Home, "")>"相談窓口の一覧"</a>
            "から、すぐに電話できます。"
        </p>

        <section aria-labelledby="about-what">
            <h2 id="about-what">"どんなネットワーク？"</h2>
            <p>
                "だれにも相談できない、問題が解決できずに苦しい。そんなとき、身近な場所で声をかけてもらえたり、相談先を知ることができれば、助けにつながります。"
            </p>
            <p>
                "市内のお店や会社、団体、個人が「協力スポット」として登録し、相談窓口の情報を届け、必要な人を専門の相談先につなぎます。"
            </p>
        </section>

        <section aria-labelledby="about-how">
            <h2 id="about-how">"使いかた"</h2>
            <ol class="steps">
                <li>"お店などで、協力スポットのステッカーを見つけます。"</li>
                <li>
                    "ステッカーのQRコードを読み取ると、このアプリの"
                    <a href=href(Route::Home, "")>"相談窓口"</a>
                    "が開きます。"
                </li>
                <li>"協力スポットにある相談先のチラシは、無料で自由に持ち帰れます。"</li>
                <li>"悩みに合った相談窓口に電話して、話してみてください。"</li>
            </ol>
        </section>

        <section aria-labelledby="about-spot">
            <h2 id="about-spot">"協力スポットがすること"</h2>
            <ul>
                <li>"だれにでも見える場所に、QRコード入りのステッカーを貼ります。"</li>
                <li>"いつもとちがう様子に気づいたら、さりげなく声をかけ、話を聴きます。"</li>
                <li>
                    "支援が必要だと思ったら、悩みに合った相談窓口を紹介したり、受診をすすめたりして、つなぎます。"
                </li>
                <li>"あいさつや声かけを通して、あたたかく見守ります。"</li>
                <li>"できる範囲で、市といっしょに自殺予防を広めます。"</li>
            </ul>
            <p>
                "協力スポットの方へ："
                <a href=href(Route::Guide, "")>"声かけと、つなぎかたのガイド"</a>
            </p>
        </section>

        <section aria-labelledby="about-sticker">
            <h2 id="about-sticker">"ステッカーにこめた思い"</h2>
            <p>
                "ステッカーには「つながるいのち」と大きく書かれ、ここが協力スポットであることを知らせます。"
                "やさしい薄い黄色の地に、エンゼルランプの花を散らしました。"
                "エンゼルランプの花言葉は「あなたを守りたい」です。"
            </p>
            <p>
                "協力スポットは、"
                <a href=href(Route::Sticker, "")>"ステッカー"</a>
                "のページで、自分のステッカーを作って印刷できます。"
            </p>
        </section>

        <section aria-labelledby="about-join">
            <h2 id="about-join">"だれが登録できますか"</h2>
            <p>
                "市内の会社・事業所、お店、団体、ボランティアなどのグループが登録できます。"
                "ネットワークの目的に賛同していただける方なら、個人でも登録できます。"
            </p>
            <ol class="steps">
                <li>"健康課に、協力したいことを伝えます。"</li>
                <li>
                    "「協力機関登録届出書（様式1）」を出します。このアプリの"
                    <a href=href(Route::Register, "")>"登録"</a>
                    "のページで記入して、メールで送るか、印刷して持っていけます。"
                </li>
                <li>"届出書が受理されると、協力スポットのステッカーが配られます。"</li>
                <li>"登録した機関の名前は、市のホームページなどで紹介されます。"</li>
            </ol>
        </section>

        <section aria-labelledby="about-compare">
            <h2 id="about-compare">"市のほかの見守り活動とのちがい"</h2>
            <p>
                "たつの市には、ほかに2つの見守り活動があります。声かけや見守りは重なりますが、目的と役割がちがいます。"
            </p>
            <table class="compare">
                <caption class="visually-hidden">"3つの見守り活動の比較"</caption>
                <thead>
                    <tr>
                        <th scope="col">"くらべること"</th>
                        {ACTIVITIES.map(|a| view! { <th scope="col">{a}</th> })}
                    </tr>
                </thead>
                <tbody>
                    {COMPARISON
                        .map(|(aspect, cells)| {
                            view! {
                                <tr>
                                    <th scope="row">{aspect}</th>
                                    {cells
                                        .into_iter()
                                        .zip(ACTIVITIES)
                                        .map(|(cell, activity)| {
                                            view! { <td data-label=activity>{cell}</td> }
                                        })
                                        .collect_view()}
                                </tr>
                            }
                        })}
                </tbody>
            </table>
        </section>

        <section aria-labelledby="about-contact">
            <h2 id="about-contact">"お問い合わせ"</h2>
            <p>
                {office
                    .map(|(w, phone)| {
                        view! {
                            {format!("{} {} 電話 ", w.organisation, w.name)}
                            <a href=phone.tel>{phone.display}</a>
                        }
                    })}
            </p>
        </section>
    }
}
