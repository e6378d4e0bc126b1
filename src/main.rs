//! Entry point of the browser build: install the panic hook and logger, then
//! mount the app after the static first screen has been painted.
fn main() {
    console_error_panic_hook::set_once();
    _ = console_log::init_with_level(log::Level::Warn);
    tsunagaru_inochi::mount_after_first_paint();
}
