//! The registration form's data file (`data/form.toml`): the rest of the
//! form lives in the app (`src/domain/registration`), which re-exports this
//! module as `domain::registration::source`.

pub mod source;
