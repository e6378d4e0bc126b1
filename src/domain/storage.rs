//! Everything the app keeps in the browser, in one place: each item's key,
//! where it lives, what it holds and for how long. The privacy page lists
//! these and erases them; nothing else is stored (`tests/storage.rs` checks
//! that no other file names a storage key).

/// Which of the browser's stores holds an item.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Area {
    /// `localStorage`: kept on this device until erased.
    Local,
    /// `sessionStorage`: kept only while this tab is open.
    Session,
}

impl Area {
    /// How long the item stays, in words for the privacy page.
    pub const fn lifetime(self) -> &'static str {
        match self {
            Area::Local => "消去するまでこの端末に残ります",
            Area::Session => "このタブを閉じるか、「すぐに閉じる」を押すと消えます",
        }
    }
}

/// One thing the app stores, and why.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StoredItem {
    /// The storage key; always starts with [`PREFIX`].
    pub key: &'static str,
    /// Where it is kept.
    pub area: Area,
    /// What it holds and why, for the privacy page.
    pub purpose: &'static str,
}

/// Every key of the app starts with this.
pub const PREFIX: &str = "tsunagaru.";

/// The name of every cache of the service worker (`src/sw.js`, one cache per
/// release: the app's own files for offline use, nothing the person typed)
/// starts with this. The privacy page's erase deletes them.
pub const CACHE_PREFIX: &str = "tsunagaru-";

/// The last call button tapped, `"<window id>|<ms>"`, so 「つながらなかった時は」
/// can offer the next line.
pub const LAST_CALL: StoredItem = StoredItem {
    key: "tsunagaru.lastCall",
    area: Area::Session,
    purpose: "最後に押した電話ボタン（つながらなかった時に、次の相談窓口を出すため）",
};

/// The printer correction for stickers, `scale;x;y` such as `1.0152;-1.5;0`
/// (absent means none; see `sticker::PrintCorrection`).
pub const STICKER_PRINT_CORRECTION: StoredItem = StoredItem {
    key: "tsunagaru.sticker.printCorrection",
    area: Area::Local,
    purpose: "ステッカー印刷の補正（プリンターの縮みやずれを直す値）",
};

/// The choices of the leaflet page (`leaflet::Choices::to_stored`):
/// format, language of the print, worries and spot id.
pub const LEAFLET_CHOICES: StoredItem = StoredItem {
    key: "tsunagaru.leaflet.choices",
    area: Area::Local,
    purpose: "相談先チラシで選んだ内容（印刷するもの・言葉・悩みごと・スポット）",
};

/// The registration form's draft, as typed (`Draft::to_storage` in
/// `domain::registration`); removed when the person clears the form or
/// confirms it was sent.
pub const REGISTER_DRAFT: StoredItem = StoredItem {
    key: "tsunagaru.register.draft",
    area: Area::Local,
    purpose: "登録の届出書に入力中の内容（入力を失わないため。送ったあとや「入力内容を消去」で消えます）",
};

/// The language chosen with the switch, a `domain::lang::Lang` id such as
/// `easy` (absent until someone chooses).
pub const LANGUAGE: StoredItem = StoredItem {
    key: "tsunagaru.lang",
    area: Area::Local,
    purpose: "選んだ表示の言語（日本語・やさしい日本語・English）",
};

/// The search typed on the home page, so a reload of the tab keeps it; never
/// in the URL, so never in the history. すぐに閉じる removes it.
pub const SEARCH: StoredItem = StoredItem {
    key: "tsunagaru.search",
    area: Area::Session,
    purpose: "相談窓口の検索に入力したことば（ページを再読み込みしても消えないように）",
};

/// The name typed in the spots search, kept like [`SEARCH`].
pub const SPOTS_SEARCH: StoredItem = StoredItem {
    key: "tsunagaru.spots.search",
    area: Area::Session,
    purpose: "協力スポットの検索に入力したことば（ページを再読み込みしても消えないように）",
};

/// Every stored item, in the order the privacy page lists them.
pub const ALL: &[StoredItem] = &[
    LANGUAGE,
    SEARCH,
    SPOTS_SEARCH,
    LAST_CALL,
    REGISTER_DRAFT,
    STICKER_PRINT_CORRECTION,
    LEAFLET_CHOICES,
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_prefixed_and_unique() {
        let mut keys: Vec<&str> = ALL.iter().map(|i| i.key).collect();
        assert!(
            keys.iter()
                .all(|k| k.starts_with(PREFIX) && k.len() > PREFIX.len())
        );
        keys.sort_unstable();
        keys.dedup();
        assert_eq!(keys.len(), ALL.len());
        assert!(ALL.iter().all(|i| !i.purpose.is_empty()));
    }
}
