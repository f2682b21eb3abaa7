//! Language identification: documents not in English are flagged and not annotated as if
//! they were.

/// The ISO 639-1 code of the text's language, or `None` when it cannot be told.
///
/// Reads at most the first 1,000 bytes. English is confirmed by its function words, which is
/// both faster and more reliable on short texts than trigram statistics; other languages go
/// to `whatlang`.
pub fn detect_language(text: &str) -> Option<&'static str> {
    let mut cut = text.len().min(1000);
    while !text.is_char_boundary(cut) {
        cut -= 1;
    }
    let sample = &text[..cut];
    let (words, function_words) = count_english_function_words(sample);
    if words >= 8 && function_words * 100 >= words * 12 {
        return Some("en");
    }
    let info = whatlang::detect(sample)?;
    if words < 3 && !info.is_reliable() {
        return None;
    }
    iso_639_1(info.lang())
}

fn count_english_function_words(sample: &str) -> (usize, usize) {
    let mut words = 0;
    let mut hits = 0;
    for w in sample.split(|c: char| !c.is_alphabetic()).filter(|w| !w.is_empty()) {
        words += 1;
        hits += usize::from(is_function_word(w));
    }
    (words, hits)
}

/// Frequent English function words, compared without allocating.
fn is_function_word(w: &str) -> bool {
    if w.len() > 5 || !w.is_ascii() {
        return false;
    }
    let mut buf = [0u8; 5];
    for (dst, src) in buf.iter_mut().zip(w.bytes()) {
        *dst = src.to_ascii_lowercase();
    }
    matches!(
        &buf[..w.len()],
        b"the"
            | b"of"
            | b"and"
            | b"to"
            | b"in"
            | b"a"
            | b"is"
            | b"that"
            | b"for"
            | b"on"
            | b"was"
            | b"with"
            | b"he"
            | b"it"
            | b"as"
            | b"at"
            | b"by"
            | b"from"
            | b"his"
            | b"said"
            | b"have"
            | b"has"
            | b"are"
            | b"be"
            | b"this"
            | b"an"
            | b"which"
            | b"were"
            | b"but"
            | b"not"
            | b"they"
            | b"their"
            | b"its"
            | b"will"
            | b"been"
            | b"who"
            | b"or"
    )
}

fn iso_639_1(lang: whatlang::Lang) -> Option<&'static str> {
    use whatlang::Lang::*;
    Some(match lang {
        Eng => "en",
        Fra => "fr",
        Deu => "de",
        Spa => "es",
        Por => "pt",
        Ita => "it",
        Nld => "nl",
        Rus => "ru",
        Ukr => "uk",
        Pol => "pl",
        Ces => "cs",
        Swe => "sv",
        Dan => "da",
        Nob => "nb",
        Fin => "fi",
        Tur => "tr",
        Ara => "ar",
        Heb => "he",
        Hin => "hi",
        Ben => "bn",
        Urd => "ur",
        Pes => "fa",
        Cmn => "zh",
        Jpn => "ja",
        Kor => "ko",
        Vie => "vi",
        Tha => "th",
        Ind => "id",
        Ell => "el",
        Hun => "hu",
        Ron => "ro",
        Bul => "bg",
        Srp => "sr",
        Hrv => "hr",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::detect_language;

    #[test]
    fn english_and_others() {
        assert_eq!(
            detect_language(
                "North Korea and Russia on Saturday chastised the top diplomat for his comments."
            ),
            Some("en")
        );
        assert_eq!(
            detect_language(
                "La Corée du Nord et la Russie ont critiqué samedi le secrétaire d'État américain pour ses propos sur une coopération militaire."
            ),
            Some("fr")
        );
        assert_eq!(
            detect_language(
                "Северная Корея и Россия в субботу раскритиковали госсекретаря США за его слова о военном сотрудничестве."
            ),
            Some("ru")
        );
        assert_eq!(detect_language(""), None);
    }
}
