//! Worries, in plain words: the categories a resident picks from, with the
//! everyday words (and their readings) that lead to them in the search.
//!
//! The grouping follows public municipal guides (for example 加古川市's and
//! 福山市's lists of 相談窓口) and the police suicide statistics' 原因・動機
//! groups; it is our own synthesis, not an official taxonomy.

/// A worry category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// 死にたいほどつらい
    Crisis,
    /// こころの不調
    Mental,
    /// 借金・お金・生活
    Money,
    /// 仕事・職場
    Work,
    /// 家庭・夫婦・親子
    Family,
    /// 子育て
    Parenting,
    /// 学校・いじめ
    School,
    /// DV・性暴力
    Violence,
    /// 病気・健康
    Health,
    /// 介護
    Care,
    /// 人権・ハラスメント
    Rights,
    /// 性のこと・LGBTQ
    Lgbtq,
    /// 法律トラブル
    Legal,
    /// どこに相談したらいいかわからない
    Unsure,
}

impl Category {
    /// Every category, in the order of the grid.
    pub const ALL: [Category; 14] = [
        Category::Crisis,
        Category::Mental,
        Category::Money,
        Category::Work,
        Category::Family,
        Category::Parenting,
        Category::School,
        Category::Violence,
        Category::Health,
        Category::Care,
        Category::Rights,
        Category::Lgbtq,
        Category::Legal,
        Category::Unsure,
    ];

    /// The id used in the data file and in URLs (`?c=money`).
    pub const fn id(self) -> &'static str {
        match self {
            Category::Crisis => "crisis",
            Category::Mental => "mental",
            Category::Money => "money",
            Category::Work => "work",
            Category::Family => "family",
            Category::Parenting => "parenting",
            Category::School => "school",
            Category::Violence => "violence",
            Category::Health => "health",
            Category::Care => "care",
            Category::Rights => "rights",
            Category::Lgbtq => "lgbtq",
            Category::Legal => "legal",
            Category::Unsure => "unsure",
        }
    }

    /// The category for an id.
    pub fn from_id(id: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.id() == id)
    }

    /// Everyday English words that mean this worry, for English searches.
    pub const fn keywords_en(self) -> &'static [&'static str] {
        match self {
            Category::Crisis => &[
                "suicide", "suicidal", "die", "dying", "hopeless", "despair", "crisis",
            ],
            Category::Mental => &[
                "mental",
                "mind",
                "feelings",
                "depression",
                "depressed",
                "anxiety",
                "anxious",
                "sleep",
                "lonely",
                "loneliness",
                "alone",
                "stress",
                "worry",
                "worried",
                "withdrawal",
                "tired",
                "exhausted",
                "gambling",
                "addiction",
                "alcohol",
            ],
            Category::Money => &[
                "money",
                "debt",
                "loan",
                "repay",
                "rent",
                "poverty",
                "living",
                "bills",
                "unemployed",
                "gambling",
                "consumer",
                "scam",
                "fraud",
                "contract",
            ],
            Category::Work => &[
                "work",
                "job",
                "workplace",
                "boss",
                "overtime",
                "wages",
                "salary",
                "pay",
                "unpaid",
                "dismissed",
                "fired",
                "labour",
                "labor",
                "employment",
                "quit",
                "overwork",
            ],
            Category::Family => &[
                "family",
                "marriage",
                "married",
                "divorce",
                "husband",
                "wife",
                "partner",
                "parents",
                "siblings",
                "relatives",
            ],
            Category::Parenting => &[
                "parenting",
                "child",
                "children",
                "kids",
                "baby",
                "abuse",
                "raising",
            ],
            Category::School => &[
                "school", "bullying", "bullied", "teacher", "student", "friends", "study",
            ],
            Category::Violence => &[
                "violence",
                "domestic",
                "abuse",
                "sexual",
                "assault",
                "rape",
                "groping",
                "stalker",
                "stalking",
                "harassment",
                "victim",
            ],
            Category::Health => &[
                "health",
                "illness",
                "ill",
                "sick",
                "body",
                "hospital",
                "doctor",
                "treatment",
                "disability",
                "alcohol",
                "addiction",
            ],
            Category::Care => &[
                "care",
                "caring",
                "carer",
                "caregiver",
                "dementia",
                "elderly",
                "older",
                "nursing",
            ],
            Category::Rights => &[
                "rights",
                "discrimination",
                "harassment",
                "privacy",
                "slander",
            ],
            Category::Lgbtq => &[
                "lgbtq",
                "lgbt",
                "gay",
                "lesbian",
                "bisexual",
                "transgender",
                "gender",
                "sexuality",
                "queer",
            ],
            Category::Legal => &[
                "legal",
                "law",
                "lawyer",
                "court",
                "trouble",
                "divorce",
                "inheritance",
                "contract",
                "neighbours",
                "neighbors",
                "police",
                "crime",
                "victim",
            ],
            Category::Unsure => &[
                "unsure", "anything", "anyone", "someone", "talk", "listen", "help", "advice",
            ],
        }
    }

    /// Everyday words, in kanji and in kana, that mean this worry.
    pub const fn keywords(self) -> &'static [&'static str] {
        match self {
            Category::Crisis => &[
                "死にたい",
                "しにたい",
                "消えたい",
                "きえたい",
                "自殺",
                "じさつ",
                "生きるのがつらい",
                "いきるのがつらい",
                "生きづらい",
                "いきづらい",
                "つらい",
                "辛い",
                "限界",
                "げんかい",
                "もう無理",
                "むり",
                "いなくなりたい",
                "絶望",
            ],
            Category::Mental => &[
                "こころ",
                "心",
                "気持ち",
                "きもち",
                "うつ",
                "鬱",
                "不安",
                "ふあん",
                "眠れない",
                "ねむれない",
                "孤独",
                "こどく",
                "さみしい",
                "寂しい",
                "ひとり",
                "メンタル",
                "ストレス",
                "精神",
                "悩み",
                "なやみ",
                "ひきこもり",
                "引きこもり",
                "疲れた",
                "つかれた",
                "疲れ",
                "つかれ",
                "依存症",
                "いぞんしょう",
                "ギャンブル",
                "アルコール",
            ],
            Category::Money => &[
                "借金",
                "しゃっきん",
                "お金",
                "おかね",
                "生活",
                "せいかつ",
                "生活苦",
                "ローン",
                "返済",
                "へんさい",
                "多重債務",
                "債務",
                "さいむ",
                "家賃",
                "やちん",
                "貧困",
                "ギャンブル",
                "失業",
                "しつぎょう",
                "消費者",
                "悪質商法",
                "詐欺",
                "さぎ",
                "契約",
            ],
            Category::Work => &[
                "仕事",
                "しごと",
                "職場",
                "しょくば",
                "パワハラ",
                "残業",
                "ざんぎょう",
                "解雇",
                "かいこ",
                "クビ",
                "給料",
                "きゅうりょう",
                "賃金",
                "未払い",
                "労働",
                "ろうどう",
                "上司",
                "じょうし",
                "退職",
                "たいしょく",
                "働く",
                "はたらく",
                "過労",
            ],
            Category::Family => &[
                "家庭",
                "かてい",
                "家族",
                "かぞく",
                "夫婦",
                "ふうふ",
                "親子",
                "おやこ",
                "離婚",
                "りこん",
                "夫",
                "妻",
                "親",
                "おや",
                "きょうだい",
                "けんか",
                "不和",
            ],
            Category::Parenting => &[
                "子育て",
                "こそだて",
                "育児",
                "いくじ",
                "子ども",
                "こども",
                "子供",
                "赤ちゃん",
                "虐待",
                "ぎゃくたい",
                "しつけ",
            ],
            Category::School => &[
                "学校",
                "がっこう",
                "いじめ",
                "苛め",
                "不登校",
                "ふとうこう",
                "先生",
                "せんせい",
                "友だち",
                "友達",
                "ともだち",
                "勉強",
                "べんきょう",
                "体罰",
                "たいばつ",
                "生徒",
                "学生",
            ],
            Category::Violence => &[
                "DV",
                "ドメスティックバイオレンス",
                "暴力",
                "ぼうりょく",
                "性暴力",
                "せいぼうりょく",
                "性犯罪",
                "レイプ",
                "痴漢",
                "ちかん",
                "ストーカー",
                "モラハラ",
                "なぐられる",
                "殴られる",
                "性被害",
                "セクハラ",
            ],
            Category::Health => &[
                "病気",
                "びょうき",
                "健康",
                "けんこう",
                "体調",
                "たいちょう",
                "からだ",
                "体",
                "病院",
                "びょういん",
                "受診",
                "じゅしん",
                "治療",
                "ちりょう",
                "障害",
                "しょうがい",
                "アルコール",
                "依存",
                "いぞん",
            ],
            Category::Care => &[
                "介護",
                "かいご",
                "認知症",
                "にんちしょう",
                "高齢",
                "こうれい",
                "親の介護",
                "介護疲れ",
                "老老介護",
                "看病",
            ],
            Category::Rights => &[
                "人権",
                "じんけん",
                "差別",
                "さべつ",
                "ハラスメント",
                "パワハラ",
                "セクハラ",
                "モラハラ",
                "嫌がらせ",
                "いやがらせ",
                "プライバシー",
                "誹謗中傷",
                "ひぼうちゅうしょう",
            ],
            Category::Lgbtq => &[
                "LGBTQ",
                "LGBT",
                "性的マイノリティ",
                "セクシュアルマイノリティ",
                "同性愛",
                "どうせいあい",
                "トランスジェンダー",
                "性自認",
                "性的指向",
                "ゲイ",
                "レズビアン",
                "バイセクシュアル",
                "性のこと",
                "せい",
            ],
            Category::Legal => &[
                "法律",
                "ほうりつ",
                "弁護士",
                "べんごし",
                "裁判",
                "さいばん",
                "トラブル",
                "離婚",
                "相続",
                "そうぞく",
                "契約",
                "けいやく",
                "近隣",
                "きんりん",
                "警察",
                "けいさつ",
                "犯罪",
                "はんざい",
                "被害",
                "ひがい",
            ],
            Category::Unsure => &[
                "わからない",
                "分からない",
                "どこ",
                "なんでも",
                "何でも",
                "だれか",
                "誰か",
                "話したい",
                "はなしたい",
                "聞いてほしい",
                "きいてほしい",
                "相談",
                "そうだん",
            ],
        }
    }
}

/// Who a window is meant for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Audience {
    /// 誰でも
    Anyone,
    /// 子ども・若者
    Young,
    /// 女性
    Women,
    /// 働く人
    Workers,
    /// 高齢者
    Elderly,
    /// 外国語
    ForeignLanguage,
    /// 性的マイノリティ
    SexualMinority,
    /// 家族・支援者
    Supporters,
}

impl Audience {
    /// Every audience, in filter order.
    pub const ALL: [Audience; 8] = [
        Audience::Anyone,
        Audience::Young,
        Audience::Women,
        Audience::Workers,
        Audience::Elderly,
        Audience::ForeignLanguage,
        Audience::SexualMinority,
        Audience::Supporters,
    ];

    /// The id used in the data file and in URLs.
    pub const fn id(self) -> &'static str {
        match self {
            Audience::Anyone => "anyone",
            Audience::Young => "young",
            Audience::Women => "women",
            Audience::Workers => "workers",
            Audience::Elderly => "elderly",
            Audience::ForeignLanguage => "foreign-language",
            Audience::SexualMinority => "sexual-minority",
            Audience::Supporters => "supporters",
        }
    }

    /// The audience for an id.
    pub fn from_id(id: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.id() == id)
    }

    /// Everyday words, in Japanese and English, by which people name
    /// themselves as this audience in a search (「外国人」, `English`).
    pub const fn keywords(self) -> &'static [&'static str] {
        match self {
            Audience::ForeignLanguage => &[
                "外国人",
                "がいこくじん",
                "外国語",
                "がいこくご",
                "英語",
                "えいご",
                "中国語",
                "韓国語",
                "ベトナム語",
                "ポルトガル語",
                "スペイン語",
                "タガログ語",
                "foreigner",
                "foreign",
                "english",
                "language",
                "languages",
            ],
            Audience::Elderly => &[
                "高齢者",
                "こうれいしゃ",
                "お年寄り",
                "おとしより",
                "elderly",
            ],
            _ => &[],
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_round_trip_and_are_unique() {
        for c in Category::ALL {
            assert_eq!(Category::from_id(c.id()), Some(c));
            assert!(!c.keywords().is_empty());
        }
        for a in Audience::ALL {
            assert_eq!(Audience::from_id(a.id()), Some(a));
        }
        assert_eq!(Category::from_id("nothing"), None);
    }

    #[test]
    fn english_search_words_are_lower_case() {
        for c in Category::ALL {
            assert!(!c.keywords_en().is_empty());
            assert!(
                c.keywords_en()
                    .iter()
                    .all(|k| k.is_ascii() && *k == k.to_lowercase())
            );
        }
    }

    #[test]
    fn there_are_twelve_to_fifteen_categories() {
        assert!((12..=15).contains(&Category::ALL.len()));
    }
}
