//! What the spots page says while the app holds no spot: what a spot is,
//! where the city's own list is, how to become one, and where to call now.

use leptos::prelude::*;

use crate::domain::route::Route;
use crate::state::href;

/// The city's page about the network, which links its list of spots (PDF).
const CITY_NETWORK_PAGE: &str = "https://www.city.tatsuno.lg.jp/soshiki/1018/gyomu/1/4/4329.html";

/// The empty directory, made useful.
#[component]
pub fn SpotsEmpty() -> impl IntoView {
    view! {
        <section class="spots-empty" aria-labelledby="spots-empty-title">
            <h2 id="spots-empty-title">"このアプリには、まだ協力スポットが載っていません"</h2>
            <p>
                "協力スポットの入口には、黄色い「つながるいのち」のステッカーが貼ってあります。相談先の一覧などのチラシは、だれでも自由に持ち帰れます。"
            </p>
            <p>
                "市に登録されている協力スポットの一覧（PDF）は、たつの市のホームページに載っています。"
                <br />
                <a href=CITY_NETWORK_PAGE target="_blank" rel="noopener noreferrer">
                    "たつの市「つながるいのちサポートネットワーク」のページ"
                </a>
            </p>
            <h3>"協力スポットになるには"</h3>
            <p>
                "市内の企業・団体・事業所・店舗・グループ、そして個人の方も登録できます。ステッカーを貼り、チラシを置き、できる範囲で声かけや見守りをします。"
            </p>
            <p>
                <a class="text-button" href=href(Route::Register, "")>
                    "協力スポットに登録する"
                </a>
            </p>
            <h3>"いま相談したいときは"</h3>
            <p>
                <a class="text-button" href=href(Route::Home, "")>
                    "相談窓口を見る"
                </a>
            </p>
        </section>
    }
}
