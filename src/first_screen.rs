//! The static first screen: `index.html` carries the header and the crisis
//! lines in Japanese (written by `data/build.rs`), readable before the app
//! has loaded and with JavaScript off.
//!
//! When the app starts on the home page in Japanese, it keeps that screen's
//! `<main>` and crisis block: the same nodes in the same place, so nothing
//! moves, screen readers find one block, and the first paint stays the
//! page's largest (a block drawn again would be a new, later one). The app
//! draws its header in the static one's place, and into the kept block the
//! lines as they are now (open state, open ones first, links), which it
//! keeps true as the clock runs. Anywhere else, or in another language, the
//! static screen gives way to the app's own. A change of language or page
//! later on draws the app's own block, like any other view.

use std::cell::RefCell;

use leptos::tachys::html::attribute::Attribute;
use leptos::tachys::html::attribute::any_attribute::AnyAttribute;
use leptos::tachys::hydration::Cursor;
use leptos::tachys::view::add_attr::AddAnyAttr;
use leptos::tachys::view::{Mountable, Position, PositionState, Render, RenderHtml};
use web_sys::{Element, Node};

/// A part of the static first screen that the app keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Part {
    /// `<main>`: the app's main landmark from then on.
    Main,
    /// The crisis block, `section.crisis`: its title, lead and 119 (the
    /// app draws the list of lines after them).
    Crisis,
}

thread_local! {
    /// The parts kept by [`take_over`] that no view has taken yet.
    static KEPT: RefCell<Vec<(Part, Element)>> = const { RefCell::new(Vec::new()) };
}

/// Starts the app's take-over of the static first screen: keeps its main
/// and crisis block when `keep` (the app is about to show them as they are:
/// the home page in Japanese), and removes the rest: the header (the app
/// draws its own in its place), the page title and the list of lines (the
/// app draws them in theirs).
pub fn take_over(keep: bool) {
    let Some(body) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.body())
    else {
        return;
    };
    let find = |root: &Element, selector: &str| root.query_selector(selector).ok().flatten();
    if let Some(header) = find(&body, "body > header") {
        header.remove();
    }
    let Some(main) = find(&body, "body > main") else {
        return;
    };
    match (keep, find(&main, ".crisis"), find(&main, ".crisis__lines")) {
        (true, Some(crisis), Some(lines)) => {
            if let Some(title) = find(&main, "h1") {
                title.remove();
            }
            lines.remove();
            _ = main.set_attribute("id", "main");
            _ = main.set_attribute("tabindex", "-1");
            KEPT.with_borrow_mut(|kept| kept.extend([(Part::Main, main), (Part::Crisis, crisis)]));
        }
        _ => main.remove(),
    }
}

/// Removes what no view has taken (after the app has mounted), so nothing
/// static is left behind.
pub fn release() {
    for (_, el) in KEPT.take() {
        el.remove();
    }
}

/// A view of an element that no view created: the kept `part` of the static
/// first screen; when there is none, a new element made from `markup` (the
/// app draws its own). A kept element stays where it is; `children` are
/// drawn into it after what it holds.
pub struct Kept<C> {
    part: Part,
    markup: String,
    children: C,
}

impl<C> Kept<C> {
    /// The kept `part`, or else an element made from `markup`, with
    /// `children` drawn into it.
    pub fn new(part: Part, markup: String, children: C) -> Self {
        Self {
            part,
            markup,
            children,
        }
    }
}

/// What a [`Kept`] view holds once built.
pub struct KeptState<S> {
    el: Element,
    /// What is drawn into the element, alive as long as it is.
    _children: S,
}

impl<C: Render> Render for Kept<C> {
    type State = KeptState<C::State>;

    fn build(self) -> Self::State {
        let el = element(self.part, &self.markup);
        let mut children = self.children.build();
        children.mount(&el, None);
        KeptState {
            el,
            _children: children,
        }
    }

    fn rebuild(self, state: &mut Self::State) {
        // A new element (in a new language, say) takes the old one's place.
        let mut new = self.build();
        state.insert_before_this(&mut new);
        state.unmount();
        *state = new;
    }
}

/// The kept `part`, or a new element made from `markup`.
fn element(part: Part, markup: &str) -> Element {
    let kept = KEPT.with_borrow_mut(|kept| {
        let at = kept.iter().position(|(p, _)| *p == part)?;
        Some(kept.remove(at).1)
    });
    kept.unwrap_or_else(|| {
        let holder = leptos::prelude::document()
            .create_element("div")
            .expect("a div");
        holder.set_inner_html(markup);
        holder.first_element_child().unwrap_or(holder)
    })
}

impl<S: Mountable> Mountable for KeptState<S> {
    fn unmount(&mut self) {
        self.el.remove();
    }

    fn mount(&mut self, parent: &Element, marker: Option<&Node>) {
        let el: &Node = &self.el;
        if el.parent_node().as_ref() == Some::<&Node>(parent) {
            // Kept where it is: the views mounted before this one went in
            // after it (before `marker`); they go before it.
            while let Some(next) = el.next_sibling() {
                if Some(&next) == marker {
                    break;
                }
                _ = parent.insert_before(&next, Some(el));
            }
        } else {
            _ = parent.insert_before(el, marker);
        }
    }

    fn insert_before_this(&self, child: &mut dyn Mountable) -> bool {
        let Some(parent) = self.el.parent_element() else {
            return false;
        };
        child.mount(&parent, Some(&self.el));
        true
    }

    fn elements(&self) -> Vec<Element> {
        vec![self.el.clone()]
    }
}

impl<C: RenderHtml + 'static> AddAnyAttr for Kept<C> {
    type Output<SomeNewAttr: Attribute> = Self;

    fn add_any_attr<NewAttr: Attribute>(self, _attr: NewAttr) -> Self::Output<NewAttr> {
        self
    }
}

// The app renders in the browser only: none of this is ever written as HTML
// or hydrated.
impl<C: RenderHtml + 'static> RenderHtml for Kept<C> {
    type AsyncOutput = Self;
    type Owned = Self;

    const MIN_LENGTH: usize = 0;

    fn dry_resolve(&mut self) {}

    async fn resolve(self) -> Self {
        self
    }

    fn to_html_with_buf(
        self,
        _buf: &mut String,
        _position: &mut Position,
        _escape: bool,
        _mark_branches: bool,
        _extra_attrs: Vec<AnyAttribute>,
    ) {
    }

    fn hydrate<const FROM_SERVER: bool>(
        self,
        _cursor: &Cursor,
        _position: &PositionState,
    ) -> Self::State {
        self.build()
    }

    fn into_owned(self) -> Self {
        self
    }
}
