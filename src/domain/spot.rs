//! 協力スポット: the cooperating spots of the network, as the city keeps them
//! in a spreadsheet (`data/spots.csv`).

/// The directory's columns, in order, named after the Digital Agency's
/// 自治体標準オープンデータセット facility list (公共施設一覧), plus 種別,
/// 地区 and 登録日 which that list lacks. The CSV export of the directory and
/// the registration form's one-row CSV both use exactly these.
pub const COLUMNS: [&str; 13] = [
    "ID",
    "名称",
    "名称_カナ",
    "種別",
    "地区",
    "所在地_連結表記",
    "緯度",
    "経度",
    "電話番号",
    "URL",
    "説明",
    "登録日",
    "備考",
];

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_names_are_unique() {
        let mut names = COLUMNS.to_vec();
        names.sort_unstable();
        names.dedup();
        assert_eq!(names.len(), COLUMNS.len());
    }
}
