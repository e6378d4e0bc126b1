//! Reusable pieces of UI, one public component per file.

pub mod call_button;
pub mod crisis_lines;
pub mod install_hint;
pub mod not_connected;
pub mod quick_exit;
pub mod register_field;
pub mod register_send;
pub mod site_footer;
pub mod site_header;
pub mod update_notice;
pub mod window_card;
