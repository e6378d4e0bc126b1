//! Entry point of the browser build: install the panic hook and logger, then
//! mount the app.
fn main() {
    console_error_panic_hook::set_once();
    _ = console_log::init_with_level(log::Level::Warn);
    leptos::mount::mount_to_body(tsunagaru_inochi::App);
}
