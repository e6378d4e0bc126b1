//! 登録: the registration form 協力機関登録届出書（様式1）.

use leptos::prelude::*;

/// Register page: join the network as an organisation or an individual.
#[component]
pub fn RegisterPage() -> impl IntoView {
    view! {
        <h1>"協力スポットに登録する"</h1>
        <p class="lead">
            "たつの市内の企業・団体・事業所・店舗・グループ、そして個人の方も登録できます。"
        </p>
    }
}
