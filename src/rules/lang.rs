//! The three languages the app speaks: 日本語, やさしい日本語 and English.
//!
//! Japanese comes first: it is the default, and what the first HTML response
//! shows. The choice is kept on the device (`storage::LANGUAGE`); without
//! one, a browser whose first language is not Japanese gets English.

/// A language of the app.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub enum Lang {
    /// 日本語.
    #[default]
    Ja,
    /// やさしい日本語: short sentences, common words, simple kanji.
    Easy,
    /// English.
    En,
}

impl Lang {
    /// Every language, in the order of the switch.
    pub const ALL: [Lang; 3] = [Lang::Ja, Lang::Easy, Lang::En];

    /// The id kept on the device and used in the catalogue files.
    pub const fn id(self) -> &'static str {
        match self {
            Lang::Ja => "ja",
            Lang::Easy => "easy",
            Lang::En => "en",
        }
    }

    /// The language for an id.
    pub fn from_id(id: &str) -> Option<Lang> {
        Lang::ALL.into_iter().find(|l| l.id() == id)
    }

    /// The BCP 47 tag for `lang` attributes. やさしい日本語 is Japanese, so
    /// screen readers keep their Japanese voice.
    pub const fn tag(self) -> &'static str {
        match self {
            Lang::Ja | Lang::Easy => "ja",
            Lang::En => "en",
        }
    }

    /// The language's name in itself, for the switch.
    pub const fn native_name(self) -> &'static str {
        match self {
            Lang::Ja => "日本語",
            Lang::Easy => "やさしい日本語",
            Lang::En => "English",
        }
    }

    /// Whether the language is Japanese (日本語 or やさしい日本語): text
    /// typed in Japanese needs no `lang="ja"` mark.
    pub const fn is_japanese(self) -> bool {
        matches!(self, Lang::Ja | Lang::Easy)
    }

    /// Picks a value by language.
    pub const fn pick<T: Copy>(self, ja: T, easy: T, en: T) -> T {
        match self {
            Lang::Ja => ja,
            Lang::Easy => easy,
            Lang::En => en,
        }
    }
}

/// The language to start in: the one kept on the device if there is one,
/// else English when the browser's first language is not Japanese, else
/// Japanese.
pub fn initial(stored: Option<&str>, browser_languages: &[String]) -> Lang {
    if let Some(lang) = stored.and_then(Lang::from_id) {
        return lang;
    }
    match browser_languages.first() {
        Some(first) if !is_japanese(first) => Lang::En,
        _ => Lang::Ja,
    }
}

fn is_japanese(tag: &str) -> bool {
    let primary = tag.split(['-', '_']).next().unwrap_or_default();
    primary.eq_ignore_ascii_case("ja")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn langs(tags: &[&str]) -> Vec<String> {
        tags.iter().map(|t| (*t).to_owned()).collect()
    }

    #[test]
    fn ids_round_trip() {
        for lang in Lang::ALL {
            assert_eq!(Lang::from_id(lang.id()), Some(lang));
        }
        assert_eq!(Lang::from_id("fr"), None);
    }

    #[test]
    fn the_stored_choice_wins() {
        assert_eq!(initial(Some("easy"), &langs(&["en-US"])), Lang::Easy);
        assert_eq!(initial(Some("ja"), &langs(&["en-US"])), Lang::Ja);
        assert_eq!(initial(Some("en"), &langs(&["ja-JP"])), Lang::En);
    }

    #[test]
    fn the_browser_decides_without_a_choice() {
        assert_eq!(initial(None, &langs(&["ja-JP", "en"])), Lang::Ja);
        assert_eq!(initial(None, &langs(&["JA"])), Lang::Ja);
        assert_eq!(initial(None, &langs(&["en-US", "ja"])), Lang::En);
        assert_eq!(initial(None, &langs(&["vi"])), Lang::En);
        assert_eq!(initial(None, &[]), Lang::Ja);
        // An unknown stored value is ignored, not trusted.
        assert_eq!(initial(Some("xx"), &langs(&["ja"])), Lang::Ja);
    }

    #[test]
    fn easy_japanese_is_tagged_japanese() {
        assert_eq!(Lang::Easy.tag(), "ja");
        assert_eq!(Lang::En.tag(), "en");
    }
}
