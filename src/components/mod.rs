//! Reusable pieces of UI, one public component per file.

pub mod site_footer;
pub mod site_header;
