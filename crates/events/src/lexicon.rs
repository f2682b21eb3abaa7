//! The predicate lexicon: verbs, event nouns and adjectives mapped to PLOVER types and modes,
//! plus the function words the clause analysis needs. Looked up once per token.

pub use crate::fnv::FastMap;
use std::sync::OnceLock;

/// The part of speech a trigger is listed as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Pos {
    Verb,
    Noun,
    Adj,
}

/// A predicate: its PLOVER type and mode, and whether it can head a clause on its own.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Trigger {
    pub code: &'static str,
    pub mode: Option<&'static str>,
    pub pos: Pos,
    /// Verbs, adjectives and strong nouns ("protest", "talks") head a clause before weak nouns.
    pub strong: bool,
}

/// What a word is to the clause analysis.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Word {
    Trigger(Trigger),
    /// A speech verb: frames attribution, is no event itself.
    Report,
    Neg,
    Hedge,
    Future,
    Hypothetical,
    Alleged,
    Be,
    Prep(Prep),
    Pronoun,
    And,
    /// Words that open a subordinate or coordinate clause: "which", "while", "but".
    Opener,
}

/// Prepositions that decide an argument's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Prep {
    /// "in", "at", "near": a place.
    Place,
    /// "with", "to", "against", "on", "toward": a target.
    Target,
    /// "from": a target of withdrawals and of demands ("an appeal from X").
    From,
    By,
    Of,
    Between,
    /// Other prepositions: the mention after it is neither subject nor target.
    Other,
}

/// Verb lemmas by type: `(words, code, mode)`.
const VERBS: &[(&str, &str, Option<&str>)] = &[
    ("meet host visit discuss consult telephone phone negotiate mediate talk", "CONSULT", None),
    (
        "criticise criticize condemn chastise denounce blame slam decry rebuke deplore complain censure fault castigate",
        "DISAPPROVE",
        None,
    ),
    ("accuse allege", "DISAPPROVE", Some("accuse")),
    ("sue indict lodge", "DISAPPROVE", None),
    (
        "reject deny refuse dismiss decline oppose veto rebuff repudiate spurn renege defy violate breach",
        "REJECT",
        None,
    ),
    ("provide supply send deliver ship transfer donate grant evacuate airlift assist", "AID", None),
    ("agree sign pledge promise offer accept ratify commit", "AGREE", None),
    ("cooperate collaborate partner", "COOPERATE", None),
    (
        "support praise thank welcome commend defend hail upgrade normalise normalize recognize recognise forgive congratulate endorse applaud laud",
        "SUPPORT",
        None,
    ),
    ("threaten warn vow", "THREATEN", None),
    ("protest demonstrate rally riot picket boycott", "PROTEST", None),
    ("sanction embargo blockade suspend halt freeze sever downgrade", "SANCTION", None),
    ("mobilize mobilise deploy reinforce", "MOBILIZE", None),
    (
        "arrest detain expel deport jail imprison ban confiscate seize raid curb outlaw disperse prevent demolish raze sentence convict",
        "COERCE",
        None,
    ),
    (
        "attack bomb kill assassinate murder wound torture beat abduct kidnap massacre execute stab ambush abuse rape behead",
        "ASSAULT",
        None,
    ),
    ("clash fight shell strike bombard invade shoot battle capture occupy", "FIGHT", None),
    ("demand urge insist appeal request order pressure seek", "DEMAND", None),
    (
        "investigate probe inspect examine monitor review audit scrutinize scrutinise",
        "INVESTIGATE",
        None,
    ),
    (
        "concede release ease lift yield apologize apologise cancel relax pardon allow permit shorten",
        "CONCEDE",
        None,
    ),
    ("withdraw retreat evacuate pull resign", "RETREAT", None),
];

/// Irregular forms of listed verbs.
const IRREGULAR: &[(&str, &str)] = &[
    ("met", "meet"),
    ("sent", "send"),
    ("gave", "give"),
    ("given", "give"),
    ("fought", "fight"),
    ("struck", "strike"),
    ("shot", "shoot"),
    ("beaten", "beat"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
    ("held", "hold"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("seized", "seize"),
    ("taken", "take"),
    ("spoke", "speak"),
    ("slammed", "slam"),
    ("sought", "seek"),
    ("undertook", "undertake"),
];

/// Event nouns by type: `(words, code, mode, strong)`.
const NOUNS: &[(&str, &str, Option<&str>, bool)] = &[
    ("meeting talks summit visit consultations negotiations mediation", "CONSULT", None, true),
    ("criticism condemnation accusation accusations", "DISAPPROVE", Some("accuse"), false),
    ("complaint complaints indictment", "DISAPPROVE", None, false),
    ("rejection denial refusal", "REJECT", None, false),
    ("aid assistance shipments airlift", "AID", None, false),
    ("deal accord treaty agreement pact", "AGREE", None, false),
    ("cooperation partnership ties alliance", "COOPERATE", None, false),
    ("support", "SUPPORT", None, false),
    ("threat threats ultimatum", "THREATEN", None, false),
    (
        "protest protests demonstration demonstrations rally rallies strike riots boycott",
        "PROTEST",
        None,
        true,
    ),
    ("sanctions embargo blockade blockades suspension", "SANCTION", None, false),
    ("mobilization mobilisation deployment", "MOBILIZE", None, false),
    ("arrest arrests detention expulsion curfew crackdown ban", "COERCE", None, false),
    (
        "attack attacks bombing assassination airstrike airstrikes raids massacre",
        "ASSAULT",
        None,
        false,
    ),
    (
        "clashes fighting shelling offensive invasion incursion battle battles gunbattle",
        "FIGHT",
        None,
        false,
    ),
    ("demands demand", "DEMAND", None, false),
    (
        "investigation investigations inquiry probe inspection inspectors hearing hearings proceedings review",
        "INVESTIGATE",
        None,
        false,
    ),
    ("withdrawal pullout retreat ceasefire cease-fire truce resignation", "RETREAT", None, false),
];

/// Adjectives that carry an event.
const ADJS: &[(&str, &str)] =
    &[("baseless groundless unfounded unsubstantiated false", "REJECT"), ("must", "DEMAND")];

/// Function words.
const FUNCTION: &[(&str, Word)] = &[
    (
        "said says say told tells stated announced confirmed reported added noted according saying claimed declared",
        Word::Report,
    ),
    ("not n't never no neither nor", Word::Neg),
    (
        "may might could reportedly possibly potentially allegedly likely perhaps apparently",
        Word::Hedge,
    ),
    ("will plans plan planned intends expected 'll shall willing prepared ready", Word::Future),
    ("would if unless should", Word::Hypothetical),
    ("alleged suspected purported", Word::Alleged),
    ("is was were are be been being has have had", Word::Be),
    ("in at near inside outside", Word::Prep(Prep::Place)),
    ("with to against on toward towards into over", Word::Prep(Prep::Target)),
    ("by", Word::Prep(Prep::By)),
    ("of", Word::Prep(Prep::Of)),
    ("between", Word::Prep(Prep::Between)),
    ("from", Word::Prep(Prep::From)),
    ("for during after before since about under amid across despite", Word::Prep(Prep::Other)),
    ("he she it they his her its their him them", Word::Pronoun),
    ("and", Word::And),
    ("which while whereas but although though", Word::Opener),
];

/// Nouns that look like inflected event verbs: "aides" is not "aid", "ships" not "ship".
const NOT_EVENTS: &[&str] = &["aide", "aides", "ships", "shipping", "supplier", "suppliers"];

/// Lemma-keyed table of every listed word, and the noun reading of every event noun.
struct Lexicon {
    words: FastMap<&'static str, Word>,
    nouns: FastMap<&'static str, Trigger>,
    /// The first two bytes of every listed word: an inflected form shares its lemma's
    /// ("suing" and "sue").
    prefixes: FastMap<[u8; 2], ()>,
}

fn prefix(w: &str) -> Option<[u8; 2]> {
    w.as_bytes().get(..2).and_then(|p| p.try_into().ok())
}

fn lexicon() -> &'static Lexicon {
    static LEX: OnceLock<Lexicon> = OnceLock::new();
    LEX.get_or_init(build)
}

fn build() -> Lexicon {
    let mut words = FastMap::default();
    let mut nouns = FastMap::default();
    for &(list, code, mode) in VERBS {
        for w in list.split(' ') {
            let t = Trigger { code, mode, pos: Pos::Verb, strong: true };
            words.entry(w).or_insert(Word::Trigger(t));
        }
    }
    for &(list, code, mode, strong) in NOUNS {
        for w in list.split(' ') {
            let t = Trigger { code, mode, pos: Pos::Noun, strong };
            words.entry(w).or_insert(Word::Trigger(t));
            nouns.insert(w, t);
        }
    }
    for &(list, code) in ADJS {
        for w in list.split(' ') {
            let t = Trigger { code, mode: None, pos: Pos::Adj, strong: true };
            words.insert(w, Word::Trigger(t));
        }
    }
    for &(list, word) in FUNCTION {
        for w in list.split(' ') {
            words.insert(w, word);
        }
    }
    for &(form, base) in IRREGULAR {
        if let Some(w) = words.get(base).copied() {
            words.entry(form).or_insert(as_verb(w));
        }
    }
    let prefixes = words.keys().filter_map(|w| prefix(w)).map(|p| (p, ())).collect();
    Lexicon { words, nouns, prefixes }
}

/// The noun reading of a word after a determiner ("a strike", "the fight"): its event-noun
/// entry, else its verb entry demoted to a weak noun.
pub fn lookup_noun(lower: &str) -> Option<Trigger> {
    let nouns = &lexicon().nouns;
    let plural = lower.strip_suffix('s').filter(|s| s.len() > 2);
    if let Some(t) = nouns.get(lower).or_else(|| plural.and_then(|s| nouns.get(s))) {
        return Some(*t);
    }
    match lookup(lower)? {
        Word::Trigger(t) if t.pos == Pos::Verb => {
            Some(Trigger { pos: Pos::Noun, strong: false, ..t })
        }
        Word::Trigger(t) => Some(t),
        _ => None,
    }
}

/// True when `lower` is an inflected form of one of `bases`.
pub fn has_base(lower: &str, bases: &[&str]) -> bool {
    if bases.contains(&lower) {
        return true;
    }
    if let Some(&(_, base)) = IRREGULAR.iter().find(|(form, _)| *form == lower) {
        return bases.contains(&base);
    }
    SUFFIXES.iter().any(|(suffix, add)| {
        lower.strip_suffix(suffix).is_some_and(|stem| {
            let doubled = stem.len() >= 3
                && stem.as_bytes()[stem.len() - 1] == stem.as_bytes()[stem.len() - 2];
            bases.iter().any(|b| {
                b.strip_suffix(add).is_some_and(|bs| bs == stem)
                    || (doubled && *b == &stem[..stem.len() - 1])
            })
        })
    })
}

/// The lexicon entry of a lower-cased word, trying its base forms (-s, -es, -ies, -ed, -d,
/// -ing, doubled consonants, irregular forms).
pub fn lookup(lower: &str) -> Option<Word> {
    let lex = lexicon();
    if let Some(w) = lex.words.get(lower) {
        return Some(*w);
    }
    if NOT_EVENTS.contains(&lower) {
        return None;
    }
    let listed_prefix = prefix(lower).is_some_and(|p| lex.prefixes.contains_key(&p));
    if lower.len() < 4 || !listed_prefix {
        return None;
    }
    let mut buf = String::with_capacity(lower.len() + 1);
    for (suffix, add) in SUFFIXES {
        let Some(stem) = lower.strip_suffix(suffix) else { continue };
        if stem.len() < 2 {
            continue;
        }
        buf.clear();
        buf.push_str(stem);
        buf.push_str(add);
        if let Some(w) = lex.words.get(buf.as_str()) {
            return Some(inflected(*w, suffix));
        }
        let b = stem.as_bytes();
        let doubled = b.len() >= 3 && b[b.len() - 1] == b[b.len() - 2];
        if doubled
            && (*suffix == "ed" || *suffix == "ing")
            && let Some(w) = lex.words.get(&stem[..stem.len() - 1])
        {
            return Some(inflected(*w, suffix));
        }
    }
    None
}

const SUFFIXES: &[(&str, &str)] = &[
    ("ies", "y"),
    ("ied", "y"),
    ("ing", ""),
    ("ing", "e"),
    ("es", ""),
    ("ed", ""),
    ("ed", "e"),
    ("s", ""),
];

/// A verb's inflected form stays a verb; "-s" on a noun-only entry stays a noun.
fn inflected(w: Word, suffix: &str) -> Word {
    match (w, suffix) {
        (Word::Trigger(t), "ed") if t.pos == Pos::Noun => w,
        (Word::Trigger(_), "ed" | "ied") => as_verb(w),
        _ => w,
    }
}

fn as_verb(w: Word) -> Word {
    match w {
        Word::Trigger(t) => Word::Trigger(Trigger { pos: Pos::Verb, strong: true, ..t }),
        other => other,
    }
}

/// Words in an object that make AID military.
pub fn is_military(lower: &str) -> bool {
    matches!(
        lower,
        "military"
            | "weapons"
            | "weapon"
            | "arms"
            | "ammunition"
            | "shells"
            | "missiles"
            | "missile"
            | "munitions"
            | "rockets"
            | "artillery"
            | "tanks"
            | "drones"
            | "troops"
    )
}

/// Verbs that take an "accuse X of Y" complement.
pub fn takes_of_complement(t: &Trigger) -> bool {
    t.mode == Some("accuse")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn code(w: &str) -> Option<&'static str> {
        match lookup(w)? {
            Word::Trigger(t) => Some(t.code),
            _ => None,
        }
    }

    #[test]
    fn inflected_forms_find_their_lemma() {
        assert_eq!(code("providing"), Some("AID"));
        assert_eq!(code("provided"), Some("AID"));
        assert_eq!(code("shelled"), Some("FIGHT"));
        assert_eq!(code("banned"), Some("COERCE"));
        assert_eq!(code("criticizes"), Some("DISAPPROVE"));
        assert_eq!(code("met"), Some("CONSULT"));
        assert_eq!(code("denied"), Some("REJECT"));
        assert_eq!(code("withdrew"), Some("RETREAT"));
        assert_eq!(code("table"), None);
        assert_eq!(code("suing"), Some("DISAPPROVE"));
        assert_eq!(code("sought"), Some("DEMAND"));
        assert_eq!(code("reneged"), Some("REJECT"));
        assert_eq!(code("xylophones"), None);
        assert_eq!(code("aides"), None);
    }
}
