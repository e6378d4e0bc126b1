//! Reusable pieces of UI, one public component per file.

pub mod call_button;
pub mod crisis_lines;
pub mod install_hint;
pub mod lang_switch;
pub mod nearby_sort;
pub mod not_connected;
pub mod quick_exit;
pub mod register_field;
pub mod register_send;
pub mod register_unconfirmed;
pub mod site_footer;
pub mod site_header;
pub mod spot_filters;
pub mod spot_greeting;
pub mod spot_list;
pub mod spot_map;
pub mod spots_download;
pub mod spots_empty;
pub mod update_notice;
pub mod window_card;
