//! つながるいのち: the web app of Tatsuno City's suicide-prevention network
//! (つながるいのちサポートネットワーク).
//!
//! - [`domain`] is plain Rust with no web dependency: data, schedules, search,
//!   forms, stickers. It is tested natively with `cargo test`.
//! - `app`, `pages`, `components`, `state` and `browser` are the thin Leptos
//!   layer and its browser helpers (`browser`: the clipboard, and downloads
//!   for the sections of the full build).

pub mod domain;

mod app;
mod browser;
pub mod components;
pub mod first_screen;
pub mod pages;
pub mod pwa;
pub mod state;

pub use app::{App, mount_after_first_paint};
