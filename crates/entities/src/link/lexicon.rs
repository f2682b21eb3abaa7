//! Word lists the linker reads: offices, their classes, modifiers, pronouns and the words that
//! tell a capital standing for its government from a capital as a place.

use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

/// What kind of office a title names. Descriptions and roles meet through these classes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Class {
    HeadOfState,
    HeadOfGovernment,
    ForeignMinister,
    Minister,
    Spokesperson,
    Leader,
    Executive,
    Governor,
    Mayor,
    Military,
    Diplomat,
    Legislator,
    Judge,
    Official,
}

/// One office phrase of the lexicon.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Office {
    /// Lower-case words, space-separated: "secretary of state".
    pub phrase: &'static str,
    pub class: Class,
    /// True for formal titles written with capitals before a name ("Foreign Minister"); false
    /// for job words a role keeps in lower case ("spokeswoman", "leader").
    pub formal: bool,
}

const fn o(phrase: &'static str, class: Class, formal: bool) -> Office {
    Office { phrase, class, formal }
}

use Class::*;

/// Office phrases, longest first within a head word so the first match is the longest.
pub const OFFICES: &[Office] = &[
    o("minister of foreign affairs", ForeignMinister, true),
    o("minister for foreign affairs", ForeignMinister, true),
    o("foreign affairs minister", ForeignMinister, true),
    o("secretary of state", ForeignMinister, true),
    o("state secretary", ForeignMinister, true),
    o("foreign secretary", ForeignMinister, true),
    o("foreign minister", ForeignMinister, true),
    o("top diplomat", ForeignMinister, false),
    o("chief diplomat", ForeignMinister, false),
    o("prime minister", HeadOfGovernment, true),
    o("premier", HeadOfGovernment, true),
    o("chancellor", HeadOfGovernment, true),
    o("supreme leader", HeadOfState, true),
    o("head of state", HeadOfState, false),
    o("head of government", HeadOfGovernment, false),
    o("crown prince", HeadOfState, true),
    o("president", HeadOfState, true),
    o("king", HeadOfState, true),
    o("queen", HeadOfState, true),
    o("emperor", HeadOfState, true),
    o("monarch", HeadOfState, false),
    o("defense minister", Minister, true),
    o("defence minister", Minister, true),
    o("defense secretary", Minister, true),
    o("defence secretary", Minister, true),
    o("interior minister", Minister, true),
    o("finance minister", Minister, true),
    o("trade minister", Minister, true),
    o("unification minister", Minister, true),
    o("attorney general", Minister, true),
    o("press secretary", Spokesperson, false),
    o("secretary-general", Executive, true),
    o("secretary general", Executive, true),
    o("minister", Minister, true),
    o("secretary", Minister, true),
    o("spokesperson", Spokesperson, false),
    o("spokeswoman", Spokesperson, false),
    o("spokesman", Spokesperson, false),
    o("spokespeople", Spokesperson, false),
    o("leader", Leader, false),
    o("dictator", Leader, false),
    o("strongman", Leader, false),
    o("ruler", Leader, false),
    o("autocrat", Leader, false),
    o("chief executive officer", Executive, false),
    o("chief executive", Executive, false),
    o("ceo", Executive, true),
    o("chairman", Executive, true),
    o("chairwoman", Executive, true),
    o("chairperson", Executive, true),
    o("chair", Executive, true),
    o("director-general", Executive, true),
    o("director general", Executive, true),
    o("director", Executive, true),
    o("founder", Executive, false),
    o("boss", Executive, false),
    o("head", Executive, false),
    o("governor", Governor, true),
    o("mayor", Mayor, true),
    o("lieutenant general", Military, true),
    o("major general", Military, true),
    o("brigadier general", Military, true),
    o("general", Military, true),
    o("gen.", Military, true),
    o("admiral", Military, true),
    o("commander", Military, true),
    o("colonel", Military, true),
    o("col.", Military, true),
    o("ambassador", Diplomat, true),
    o("special envoy", Diplomat, true),
    o("envoy", Diplomat, true),
    o("diplomat", Diplomat, false),
    o("senator", Legislator, true),
    o("sen.", Legislator, true),
    o("lawmaker", Legislator, false),
    o("congressman", Legislator, true),
    o("congresswoman", Legislator, true),
    o("speaker", Legislator, true),
    o("chief justice", Judge, true),
    o("judge", Judge, true),
    o("prosecutor", Official, false),
    o("commissioner", Official, true),
    o("official", Official, false),
    o("officials", Official, false),
];

/// Words that may stand before an office inside a title: "former", "deputy", "top".
pub static MODIFIERS: WordList = WordList::new(
    "\
    former then acting deputy vice top senior chief interim first assistant under outgoing \
    incoming current newly elected",
);

/// Modifiers that make a different office of the one they qualify ("deputy foreign minister").
pub static DEPUTY: WordList = WordList::new(
    "\
    deputy vice assistant under vice-",
);

/// Titles of address: stripped from names, never roles.
pub static HONORIFICS: WordList = WordList::new(
    "\
    mr. mrs. ms. dr. mr mrs ms dr sir dame prof. rev.",
);

/// Capitalised words that open a sentence or clause and never belong to a title.
pub static CLAUSE_OPENERS: WordList = WordList::new(
    "\
    and but or the a an on in at when while after before meanwhile also however then as \
    since if so yet for with by from to said says according nonetheless still earlier \
    later",
);

/// Days and months: capitalised, next to names, never part of a title.
pub static CALENDAR: WordList = WordList::new(
    "\
    monday tuesday wednesday thursday friday saturday sunday january february march april \
    may june july august september october november december jan. feb. mar. apr. aug. \
    sept. sep. oct. nov. dec.",
);

/// Words before a place name that make it a location rather than an actor.
pub static LOCATIVE: WordList = WordList::new(
    "\
    in at near to into from outside inside around across toward towards via through \
    throughout visit visited visiting visits arrived landed reached of above over beyond \
    within downtown",
);

/// Verbs of speech and action that make a plural demonym ("the Russians said") an actor.
pub static ACTOR_VERBS: WordList = WordList::new(
    "\
    said say says told denied deny denies claimed claim claims accused warned announced \
    stated insisted argued rejected launched fired attacked agreed signed threatened \
    demanded responded have has had will would are were",
);

/// Generic nouns for an organisation: "the organization", "the company".
pub static ORG_NOUNS: WordList = WordList::new(
    "\
    organization organisation company firm group team church agency party institution \
    association union alliance bloc ministry department council committee",
);

/// Generic nouns for a country.
pub static COUNTRY_NOUNS: WordList = WordList::new("country nation");

/// Generic nouns for a city.
pub static CITY_NOUNS: WordList = WordList::new("city capital town");

/// Generic nouns for a person.
pub static PERSON_NOUNS: WordList = WordList::new(
    "\
    man woman boy girl student teenager kid child victim suspect actor actress player writer \
    author singer teacher doctor",
);

/// Third-person pronouns the resolver handles, with what they may refer to.
pub fn pronoun(word: &str) -> Option<Pronoun> {
    let lower = word.to_ascii_lowercase();
    Some(match lower.as_str() {
        "he" | "him" | "his" | "himself" => Pronoun::He,
        "she" | "her" | "hers" | "herself" => Pronoun::She,
        "they" | "them" | "their" | "theirs" | "themselves" => Pronoun::They,
        "it" | "its" | "itself" => Pronoun::It,
        _ => return None,
    })
}

/// A pronoun's agreement class.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pronoun {
    He,
    She,
    They,
    It,
}

/// Role words that tell a person's gender, for pronoun agreement.
pub fn gender_hint(word: &str) -> Option<Pronoun> {
    let is = |list: &[&str]| list.iter().any(|w| word.eq_ignore_ascii_case(w));
    if is(&["spokeswoman", "chairwoman", "congresswoman", "queen", "businesswoman"]) {
        Some(Pronoun::She)
    } else if is(&["spokesman", "chairman", "congressman", "king", "businessman"]) {
        Some(Pronoun::He)
    } else {
        None
    }
}

/// Common first names of men and of women in international news, for pronoun agreement.
static MALE_NAMES: WordList = WordList::new(
    "\
    vladimir sergei sergey antony anthony john joe joseph donald emmanuel olaf volodymyr \
    dmitry dmitri benjamin boris rishi keir justin narendra recep mohammed muhammad ahmed \
    jake lloyd antonio pedro luiz viktor alexander alexei mike mark david james robert \
    michael william richard thomas charles peter paul george stephen kevin brian ted mitch \
    xi yoon fumio shigeru ali jens mark",
);
static FEMALE_NAMES: WordList = WordList::new(
    "\
    maria anna olena ursula kamala hillary nancy angela theresa liz elizabeth jacinda \
    giorgia marine annalena kaja linda karine sarah mary jennifer susan margaret catherine \
    kristalina ngozi samantha victoria jill melania michelle laura emma olga yulia irina \
    natalia ekaterina svetlana elena valentina sanna mette claudia",
);

/// The gender a person's name suggests: a listed first name, or a Slavic surname ending.
pub fn name_gender(name: &str) -> Option<Pronoun> {
    let mut words = name.split_whitespace();
    let first = words.next()?;
    // The lists lower-case an ASCII word themselves.
    let first = if first.is_ascii() { first.into() } else { first.to_lowercase().into() };
    let first: std::borrow::Cow<str> = first;
    if FEMALE_NAMES.contains(&first) {
        return Some(Pronoun::She);
    }
    if MALE_NAMES.contains(&first) {
        return Some(Pronoun::He);
    }
    // The family name's ending, for a name of more than one word.
    let last = words.last()?.to_lowercase();
    let ends = |list: &[&str]| list.iter().any(|e| last.ends_with(e));
    if ends(&["ova", "eva", "skaya", "ina"]) {
        Some(Pronoun::She)
    } else if ends(&["ov", "ev", "sky", "ski"]) {
        Some(Pronoun::He)
    } else {
        None
    }
}

/// A list of lower-case words written as one string, looked up through a set built on first
/// use.
pub struct WordList {
    words: &'static str,
    set: OnceLock<HashSet<&'static str>>,
}

impl WordList {
    pub const fn new(words: &'static str) -> WordList {
        WordList { words, set: OnceLock::new() }
    }

    /// True when `word`, in any case, is in the list.
    pub fn contains(&self, word: &str) -> bool {
        let set = self.set.get_or_init(|| self.words.split_whitespace().collect());
        with_lower(word, |lower| set.contains(lower))
    }
}

/// Calls `f` with the ASCII lower case of a word, without allocating for short words.
fn with_lower<T>(word: &str, f: impl FnOnce(&str) -> T) -> T {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() {
        buf[..word.len()].copy_from_slice(word.as_bytes());
        buf[..word.len()].make_ascii_lowercase();
        if let Ok(lower) = std::str::from_utf8(&buf[..word.len()]) {
            return f(lower);
        }
    }
    f(&word.to_ascii_lowercase())
}

/// The office phrases split into words and indexed by their first word.
struct OfficeIndex {
    by_first: HashMap<&'static str, Vec<(Vec<&'static str>, &'static Office)>>,
    words: HashSet<&'static str>,
}

fn office_index() -> &'static OfficeIndex {
    static INDEX: OnceLock<OfficeIndex> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index = OfficeIndex { by_first: HashMap::new(), words: HashSet::new() };
        for office in OFFICES {
            let words: Vec<&'static str> = office.phrase.split(' ').collect();
            index.words.extend(words.iter().copied());
            index.by_first.entry(words[0]).or_default().push((words, office));
        }
        index
    })
}

/// True when a word is part of some office phrase ("foreign", "minister", "spokesperson").
pub fn is_office_word(word: &str) -> bool {
    with_lower(word, |lower| office_index().words.contains(lower))
}

/// The longest office phrase starting at `words[at]`, with its length in words.
pub fn office_at(words: &[&str], at: usize) -> Option<(usize, &'static Office)> {
    let first = words.get(at)?;
    let candidates = with_lower(first, |lower| office_index().by_first.get(lower))?;
    let mut best: Option<(usize, &'static Office)> = None;
    for (phrase, office) in candidates {
        let n = phrase.len();
        if at + n > words.len() || best.is_some_and(|(len, _)| len >= n) {
            continue;
        }
        if phrase.iter().zip(&words[at..at + n]).all(|(p, w)| p.eq_ignore_ascii_case(w)) {
            best = Some((n, office));
        }
    }
    best
}

/// The last word of an office phrase: "secretary" for "secretary of state".
pub fn head_of(office: &Office) -> &'static str {
    match office.phrase.split_once(" of ").or_else(|| office.phrase.split_once(" for ")) {
        Some((before, _)) => before.rsplit(' ').next().unwrap_or(before),
        None => office.phrase.rsplit(' ').next().unwrap_or(office.phrase),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_longest_office_wins() {
        let words = ["Secretary", "of", "State", "Antony"];
        let (n, office) = office_at(&words, 0).expect("an office");
        assert_eq!((n, office.class), (3, Class::ForeignMinister));
        let words = ["Foreign", "Ministry", "Spokeswoman"];
        assert!(office_at(&words, 0).is_none());
        assert_eq!(office_at(&words, 2).map(|(_, o)| o.class), Some(Class::Spokesperson));
    }

    #[test]
    fn heads_are_the_nouns() {
        let sos = OFFICES.iter().find(|o| o.phrase == "secretary of state").expect("listed");
        assert_eq!(head_of(sos), "secretary");
        let fm = OFFICES.iter().find(|o| o.phrase == "foreign minister").expect("listed");
        assert_eq!(head_of(fm), "minister");
    }
}
