//! One routed page per file; see [`crate::domain::route::Route`].

pub mod about;
pub mod guide;
pub mod home;
pub mod leaflet;
pub mod not_found;
pub mod privacy;
pub mod register;
pub mod spots;
pub mod sticker;
pub mod window;
