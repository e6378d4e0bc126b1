//! Normalisation: every field's value in any common writing.

use super::*;

#[test]
fn postal_codes_in_any_writing() {
    for (input, want) in [
        ("6794100", "679-4100"),
        ("679-4100", "679-4100"),
        ("６７９－４１００", "679-4100"),
        ("〒679-4100", "679-4100"),
        ("〒 ６７９ー４１００ ", "679-4100"),
        ("679 4100", "679-4100"),
        ("679‐4100", "679-4100"),
    ] {
        assert_eq!(normalize_postal(input).as_deref(), Ok(want), "{input}");
    }
    for bad in [
        "",
        "67941",
        "67941000",
        "6794-100",
        "679--4100",
        "abc-defg",
        "679-41OO",
        "٦٧٩٤١٠٠",
    ] {
        assert!(normalize_postal(bad).is_err(), "{bad:?} accepted");
    }
}

#[test]
fn phone_numbers_in_any_common_writing() {
    for (input, want) in [
        ("0791632112", "0791-63-2112"),
        ("0791-63-2112", "0791-63-2112"),
        ("０７９１－６３－２１１２", "0791-63-2112"),
        ("(0791) 63-2112", "0791-63-2112"),
        ("（０７９１）６３ー２１１２", "0791-63-2112"),
        ("+81 791 63 2112", "0791-63-2112"),
        ("+81-(0)791-63-2112", "0791-63-2112"),
        ("09012345678", "090-1234-5678"),
        ("090.1234.5678", "090-1234-5678"),
        ("05012345678", "050-1234-5678"),
        ("0120279338", "0120-279-338"),
        ("08001234567", "0800-123-4567"),
        ("0792345678", "0792345678"),
        ("079-234-5678", "079-234-5678"),
    ] {
        assert_eq!(normalize_phone(input).as_deref(), Ok(want), "{input}");
    }
    for bad in [
        "",
        "189",
        "#8008",
        "791632112",
        "079163211",
        "079163211234",
        "0120-27-93381",
        "+1 555 0100",
        "0791-63-2112 内線3",
        "0791-63-2112\r\nBcc: x@example.jp",
        "00-1234-5678",
        &"0".repeat(40),
    ] {
        assert!(normalize_phone(bad).is_err(), "{bad:?} accepted");
    }
}

#[test]
fn kana_becomes_hiragana() {
    for (input, want) in [
        ("たつの", "たつの"),
        ("タツノ", "たつの"),
        ("ﾀﾂﾉ ﾔｯｷｮｸ", "たつの やっきょく"),
        ("ﾊﾟﾝ　ヤ", "ぱん や"),
        ("ラ・ムー", "ら・むー"),
        ("ヴォーカル", "ゔぉーかる"),
        ("  いすゞ  ", "いすゞ"),
    ] {
        assert_eq!(normalize_kana(input).as_deref(), Ok(want), "{input}");
    }
    for bad in [
        "",
        "龍野",
        "tatsuno",
        "ＴＡＴＳＵＮＯ",
        "たつの1",
        "<script>",
        "・",
    ] {
        assert!(normalize_kana(bad).is_err(), "{bad:?} accepted");
    }
    assert_eq!(
        katakana("たつの やっきょく・いすゞ"),
        "タツノ ヤッキョク・イスヾ"
    );
}

#[test]
fn email_addresses() {
    for (input, want) in [
        ("name@example.jp", "name@example.jp"),
        ("Ｎａｍｅ＠ＥＸＡＭＰＬＥ．ｊｐ", "Name@example.jp"),
        (
            " first.last+tag@mail.example.co.jp ",
            "first.last+tag@mail.example.co.jp",
        ),
    ] {
        assert_eq!(normalize_email(input).as_deref(), Ok(want), "{input}");
    }
    for bad in [
        "",
        "name",
        "name@",
        "@example.jp",
        "a@b@example.jp",
        "name@localhost",
        "name@-example.jp",
        "name@example..jp",
        ".name@example.jp",
        "na..me@example.jp",
        "na me@example.jp",
        "name@example.jp\r\nBcc: x@example.jp",
        "name@example.jp?cc=x@example.jp",
        "名前@example.jp",
    ] {
        assert!(normalize_email(bad).is_err(), "{bad:?} accepted");
    }
}

#[test]
fn dates_and_the_japanese_era() {
    for (input, want) in [
        ("2026-11-25", day(2026, 11, 25)),
        ("2026/1/5", day(2026, 1, 5)),
        ("２０２６年１１月２５日", day(2026, 11, 25)),
        ("令和8年11月25日", day(2026, 11, 25)),
        ("令和元年5月1日", day(2019, 5, 1)),
        ("2028-02-29", day(2028, 2, 29)),
    ] {
        assert_eq!(normalize_date(input), Ok(want), "{input}");
    }
    for bad in [
        "",
        "2026-02-29",
        "2026-13-01",
        "2026-11",
        "26-11-25",
        "令和0年1月1日",
        "1999-01-01",
        "2026-11-25-1",
        "きょう",
    ] {
        assert!(normalize_date(bad).is_err(), "{bad:?} accepted");
    }
    assert_eq!(wareki(day(2019, 5, 1)), "令和元年5月1日");
    assert_eq!(wareki(day(2026, 11, 25)), "令和8年11月25日");
    assert_eq!(wareki(day(2019, 4, 30)), "2019年4月30日");
    assert_eq!(iso(day(2026, 1, 5)), "2026-01-05");
}

#[test]
fn counts() {
    assert_eq!(normalize_count("3", 0, 99, "枚"), Ok(3));
    assert_eq!(normalize_count("１２枚", 0, 99, "枚"), Ok(12));
    assert_eq!(normalize_count("0", 0, 99, "枚"), Ok(0));
    assert_eq!(normalize_count("５", 0, 99, ""), Ok(5));
    for bad in ["", "-1", "100", "3.5", "三", "99999999999", "枚"] {
        assert!(
            normalize_count(bad, 0, 99, "枚").is_err(),
            "{bad:?} accepted"
        );
    }
}

#[test]
fn text_is_cleaned_but_kept() {
    assert_eq!(one_line("  a\r\nb\tc\u{0}d\u{2028}e  "), "a b cd e");
    assert_eq!(
        multi_line("\n一行目\r\n二行目\r三行目\u{2029}四\u{7}\n\n"),
        "一行目\n二行目\n三行目\n四"
    );
    assert_eq!(one_line("<script>&#%0A"), "<script>&#%0A");
    let mut d = organisation();
    d.set(id("name"), "a\r\nBcc: x@example.jp");
    assert_eq!(valid(&d).text(id("name")), "a Bcc: x@example.jp");
}

#[test]
fn lengths_are_limited_with_a_clear_message() {
    let mut d = organisation();
    d.set(id("notes"), "あ".repeat(1000));
    assert!(validate(&d).is_ok());
    d.set(id("notes"), "あ".repeat(1001));
    assert_eq!(
        field_problem(&d, id("notes")),
        Some(Problem::TooLong {
            max: 1000,
            now: 1001
        })
    );
    #[cfg(feature = "full")]
    assert_eq!(
        field_error_in(&d, id("notes"), Lang::Ja).as_deref(),
        Some("1000文字以内にしてください（いま1001文字です）。")
    );
    d.set(id("name"), "😀".repeat(1000));
    assert!(field_problem(&d, id("name")).is_some());
}
