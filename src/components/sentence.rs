//! One catalogue sentence with markup inside it. The sentence is one
//! message in each language (`data/catalogue.rs`), so its words keep their
//! language's order around what is put in: each `{placeholder}` becomes a
//! view the page gives for its name (a name marked `lang="ja"`, a phone
//! link …), and the `[marked span]` the words wrapped by the page (a link,
//! a `<strong>` …).
//!
//! ```ignore
//! // ja = "様式1も[市のホームページ]からダウンロードできます。"
//! sentence(t.unconfirmed, |_| (), |words| view! { <a href=PAGE>{words}</a> })
//! ```

use leptos::either::Either;
use leptos::prelude::*;

use crate::domain::i18n::{Part, parts};

/// `text` as views: its words as they are (borrowed, not copied), each
/// `{name}` as `value(name)`, each `[span]` as `mark(span)`.
pub fn sentence<V, M>(
    text: &'static str,
    value: impl Fn(&str) -> V,
    mark: impl Fn(&'static str) -> M,
) -> Vec<Either<&'static str, AnyView>>
where
    V: IntoView + 'static,
    M: IntoView + 'static,
{
    views(text, &|name| value(name).into_any(), &|words| {
        mark(words).into_any()
    })
}

/// The work of [`sentence`], once for every caller (only the two small
/// closures above are made per caller).
fn views(
    text: &'static str,
    value: &dyn Fn(&str) -> AnyView,
    mark: &dyn Fn(&'static str) -> AnyView,
) -> Vec<Either<&'static str, AnyView>> {
    parts(text)
        .map(|part| match part {
            Part::Words(words) => Either::Left(words),
            Part::Value(name) => Either::Right(value(name)),
            Part::Marked(words) => Either::Right(mark(words)),
        })
        .collect()
}
