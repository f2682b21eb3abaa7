//! Multi-word events ("hunger strike", "called off"), verb–object collocations whose event
//! is not the verb's own ("close its borders", "expel diplomats", "cancel a visit"), and the
//! light verbs whose object noun names the event ("issued an ultimatum", "held talks").

use crate::lexicon::{FastMap, Pos, Trigger};
use std::sync::OnceLock;

/// Verbs whose object names the event: the noun heads the clause instead.
const LIGHT: &[&str] = &[
    "issue",
    "give",
    "hold",
    "make",
    "take",
    "launch",
    "mount",
    "stage",
    "lodge",
    "file",
    "begin",
    "start",
    "continue",
    "impose",
    "reimpose",
    "conduct",
    "carry",
    "undertake",
    "declare",
    "announce",
    "renew",
    "resume",
    "extend",
    "step",
    "intensify",
    "escalate",
    "open",
];

/// Irregular forms of the verbs listed here.
const IRREGULAR: &[(&str, &str)] = &[
    ("gave", "give"),
    ("given", "give"),
    ("held", "hold"),
    ("made", "make"),
    ("took", "take"),
    ("taken", "take"),
    ("began", "begin"),
    ("begun", "begin"),
    ("undertook", "undertake"),
    ("broke", "break"),
    ("broken", "break"),
    ("froze", "freeze"),
    ("frozen", "freeze"),
    ("withheld", "withhold"),
    ("withdrew", "withdraw"),
    ("withdrawn", "withdraw"),
];

/// Bit of a light verb in [`forms`]; the low bits number the collocations.
const LIGHT_BIT: u32 = 1 << 31;

/// Every inflected form of the light and collocation verbs, with the bits of what it opens.
fn forms() -> &'static FastMap<String, u32> {
    static FORMS: OnceLock<FastMap<String, u32>> = OnceLock::new();
    FORMS.get_or_init(|| {
        let mut map: FastMap<String, u32> = FastMap::default();
        let mut add = |base: &str, bit: u32| {
            for form in inflections(base) {
                *map.entry(form).or_default() |= bit;
            }
            for &(form, _) in IRREGULAR.iter().filter(|(_, b)| *b == base) {
                *map.entry(form.to_string()).or_default() |= bit;
            }
        };
        LIGHT.iter().for_each(|b| add(b, LIGHT_BIT));
        for (k, c) in COLLOCS.iter().enumerate() {
            c.verbs.iter().for_each(|b| add(b, 1 << k));
        }
        map
    })
}

/// The regular forms of a verb: -s, -es, -ed, -d, -ing, -ies, -ied and doubled consonants.
fn inflections(base: &str) -> Vec<String> {
    let mut out = vec![base.to_string()];
    let stem = base.strip_suffix('e').unwrap_or(base);
    for suffix in ["s", "es", "ed", "ing"] {
        out.push(format!("{base}{suffix}"));
        out.push(format!("{stem}{suffix}"));
    }
    if let Some(y) = base.strip_suffix('y') {
        out.extend([format!("{y}ies"), format!("{y}ied")]);
    }
    if let Some(last) = base.chars().last().filter(|c| !"aeiouwy".contains(*c)) {
        out.extend([format!("{base}{last}ed"), format!("{base}{last}ing")]);
    }
    out
}

/// What a word opens, as bits: a light verb and the collocations it can start (0: none).
pub fn verb_bits(lower: &str) -> u32 {
    forms().get(lower).copied().unwrap_or(0)
}

/// True when `bits` (from [`verb_bits`]) mark a light verb.
pub fn is_light(bits: u32) -> bool {
    bits & LIGHT_BIT != 0
}

/// True when `bits` (from [`verb_bits`]) mark a verb that can open a collocation.
pub fn opens_collocation(bits: u32) -> bool {
    bits & !LIGHT_BIT != 0
}

/// A collocation: verb bases, object nouns (singular or plural), PLOVER type and mode.
struct Colloc {
    verbs: &'static [&'static str],
    objects: &'static [&'static str],
    code: &'static str,
    mode: Option<&'static str>,
}

const COLLOCS: &[Colloc] = &[
    Colloc {
        verbs: &["close", "shut", "seal"],
        objects: &["border", "embassy", "consulate", "crossing", "airspace", "frontier"],
        code: "SANCTION",
        mode: None,
    },
    Colloc {
        verbs: &["cut", "sever", "suspend", "downgrade", "break", "freeze"],
        objects: &["ties", "relations", "links", "contacts", "contact"],
        code: "SANCTION",
        mode: None,
    },
    Colloc {
        verbs: &["expel", "recall", "withdraw"],
        objects: &["diplomat", "ambassador", "envoy", "attache"],
        code: "SANCTION",
        mode: None,
    },
    Colloc {
        verbs: &["cancel", "postpone", "scrap", "suspend", "end", "break"],
        objects: &["visit", "trip", "talks", "meeting", "summit", "mediation", "negotiations"],
        code: "SANCTION",
        mode: None,
    },
    Colloc {
        verbs: &[
            "reduce", "cut", "slash", "halt", "suspend", "withhold", "stop", "end", "freeze",
            "withdraw",
        ],
        objects: &[
            "aid",
            "supplies",
            "assistance",
            "cooperation",
            "funding",
            "loans",
            "imports",
            "support",
            "backing",
        ],
        code: "SANCTION",
        mode: None,
    },
    Colloc {
        verbs: &["lift", "ease", "remove", "relax", "end", "break"],
        objects: &["blockade", "siege", "blockades"],
        code: "RETREAT",
        mode: None,
    },
    Colloc {
        verbs: &["lift", "ease", "remove", "relax", "cancel", "end", "shorten"],
        objects: &["sanctions", "ban", "embargo", "curfew", "restrictions"],
        code: "CONCEDE",
        mode: None,
    },
    Colloc {
        verbs: &["withdraw", "pull", "recall", "evacuate"],
        objects: &[
            "inspectors",
            "workers",
            "staff",
            "observers",
            "monitors",
            "personnel",
            "mission",
            "peacekeepers",
        ],
        code: "SANCTION",
        mode: None,
    },
    Colloc {
        verbs: &["block", "barricade", "occupy"],
        objects: &["streets", "street", "roads", "road", "highway", "traffic", "square"],
        code: "PROTEST",
        mode: Some("obstruct"),
    },
    Colloc { verbs: &["collect", "gather"], objects: &["signatures"], code: "PROTEST", mode: None },
    Colloc {
        verbs: &["stop", "down"],
        objects: &["work", "tools"],
        code: "PROTEST",
        mode: Some("strike"),
    },
    Colloc {
        verbs: &["offer", "give", "provide", "pledge", "promise", "grant"],
        objects: &[
            "aid",
            "assistance",
            "support",
            "technology",
            "weapons",
            "equipment",
            "arms",
            "help",
            "loans",
            "loan",
            "money",
            "funds",
            "supplies",
            "ammunition",
        ],
        code: "AID",
        mode: None,
    },
];

/// The collocation of a verb (its [`verb_bits`]) with object noun `object`, as `(code, mode)`.
pub fn collocation(bits: u32, object: &str) -> Option<(&'static str, Option<&'static str>)> {
    let singular = object.strip_suffix('s').unwrap_or(object);
    COLLOCS
        .iter()
        .enumerate()
        .filter(|(k, _)| bits & (1 << k) != 0)
        .find(|(_, c)| c.objects.contains(&object) || c.objects.contains(&singular))
        .map(|(_, c)| (c.code, c.mode))
}

/// Words that may stand between a verb and its object noun: determiners, quantifiers and
/// common modifiers.
pub fn is_filler(lower: &str) -> bool {
    matches!(
        lower,
        "a" | "an"
            | "the"
            | "its"
            | "their"
            | "his"
            | "her"
            | "our"
            | "all"
            | "some"
            | "any"
            | "two"
            | "three"
            | "new"
            | "further"
            | "planned"
            | "southern"
            | "northern"
            | "eastern"
            | "western"
            | "diplomatic"
            | "military"
            | "economic"
            | "official"
            | "formal"
            | "air"
            | "food"
            | "humanitarian"
            | "-"
    ) || lower.ends_with("'s")
        || lower.ends_with("’s")
        || lower.starts_with(|c: char| c.is_ascii_digit())
}

/// Words that open background material: a trigger after them (in the same stretch) is
/// context, not the sentence's event.
pub fn opens_background(lower: &str) -> bool {
    matches!(
        lower,
        "after"
            | "before"
            | "because"
            | "since"
            | "until"
            | "following"
            | "despite"
            | "amid"
            | "over"
            | "when"
            | "where"
            | "who"
            | "whom"
            | "whose"
            | "if"
            | "unless"
            | "as"
    )
}

/// Two-word events that override their words: "hunger strike", "call for", "lift sanctions".
pub fn bigram(first: &str, second: &str) -> Option<Trigger> {
    let (code, mode, pos) = match (first, second) {
        ("hunger", "strike" | "strikes") => ("PROTEST", Some("strike-hun"), Pos::Noun),
        ("general", "strike" | "strikes") => ("PROTEST", Some("strike-gen"), Pos::Noun),
        ("called" | "calls" | "call" | "calling", "for" | "on") => ("DEMAND", None, Pos::Verb),
        ("lifted" | "lift" | "lifts" | "eased" | "ease", "sanctions" | "ban" | "embargo") => {
            ("CONCEDE", None, Pos::Verb)
        }
        ("pulled" | "pull" | "pulls", "out" | "back") => ("RETREAT", None, Pos::Verb),
        ("air" | "missile" | "drone", "strike" | "strikes" | "attack" | "attacks") => {
            ("ASSAULT", Some("aerial"), Pos::Noun)
        }
        ("cut" | "cuts" | "severed", "ties" | "aid" | "relations") => ("SANCTION", None, Pos::Verb),
        ("impose" | "imposed" | "imposes" | "imposing", "sanctions") => {
            ("SANCTION", None, Pos::Verb)
        }
        ("rounded", "up") => ("COERCE", Some("arrest"), Pos::Verb),
        ("called" | "call" | "calls" | "calling", "off") => ("CONCEDE", None, Pos::Verb),
        ("official" | "formal" | "diplomatic" | "strong", "protest" | "protests") => {
            ("DISAPPROVE", None, Pos::Noun)
        }
        ("on" | "high", "alert") => ("MOBILIZE", None, Pos::Verb),
        ("blew" | "blow" | "blows" | "blown" | "blowing", "up") => {
            ("COERCE", Some("destroy"), Pos::Verb)
        }
        ("rocket" | "artillery" | "mortar" | "tank", "fire") => {
            ("FIGHT", Some("heavy-weapons"), Pos::Noun)
        }
        ("pushing" | "pressing" | "push" | "press" | "pushed" | "pressed", "for") => {
            ("DEMAND", None, Pos::Verb)
        }
        ("stepped" | "step" | "steps" | "stepping", "down") => ("RETREAT", None, Pos::Verb),
        ("martial", "law") => ("COERCE", Some("martial-law"), Pos::Noun),
        ("ruled" | "rule" | "rules" | "ruling", "out") => ("REJECT", None, Pos::Verb),
        ("tear", "gas") | ("water", "cannon" | "cannons") | ("rubber", "bullets") => {
            ("COERCE", Some("crowd-control"), Pos::Noun)
        }
        ("opened", "fire") | ("open", "fire") => ("FIGHT", Some("firearms"), Pos::Verb),
        _ => return None,
    };
    Some(Trigger { code, mode, pos, strong: true })
}

/// Three-word events: "state of emergency".
pub fn trigram(first: &str, second: &str, third: &str) -> Option<Trigger> {
    match (first, second, third) {
        ("state", "of", "emergency" | "siege") => Some(Trigger {
            code: "COERCE",
            mode: Some("martial-law"),
            pos: Pos::Noun,
            strong: true,
        }),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn collocations_find_their_type_through_inflection() {
        let code = |v: &str, o: &str| collocation(verb_bits(v), o).map(|c| c.0);
        assert_eq!(code("closed", "borders"), Some("SANCTION"));
        assert_eq!(code("expelled", "diplomats"), Some("SANCTION"));
        assert_eq!(code("cancelled", "visit"), Some("SANCTION"));
        assert_eq!(code("lifted", "curfew"), Some("CONCEDE"));
        assert_eq!(code("lifted", "blockade"), Some("RETREAT"));
        assert_eq!(code("withdrew", "inspectors"), Some("SANCTION"));
        assert_eq!(code("offers", "technology"), Some("AID"));
        assert_eq!(code("froze", "ties"), Some("SANCTION"));
        assert_eq!(code("closed", "doors"), None);
        assert_eq!(code("walked", "borders"), None);
    }

    #[test]
    fn bigrams_override_single_words() {
        assert_eq!(bigram("hunger", "strike").map(|t| t.code), Some("PROTEST"));
        assert_eq!(bigram("called", "for").map(|t| t.code), Some("DEMAND"));
        assert_eq!(bigram("called", "off").map(|t| t.code), Some("CONCEDE"));
        assert!(bigram("the", "strike").is_none());
        assert_eq!(trigram("state", "of", "emergency").map(|t| t.code), Some("COERCE"));
    }

    #[test]
    fn light_verbs_are_recognised_in_any_form() {
        let light = |w: &str| is_light(verb_bits(w));
        assert!(light("issued") && light("held") && light("launching") && light("stepped"));
        assert!(!light("killed"));
    }
}
