//! Modality and negation: the cues before a predicate that make it denied, hedged, planned
//! or hypothetical, and the PLOVER reading of intended acts (a planned attack is a threat).

use crate::args::Ctx;
use crate::lexicon::{Pos, Trigger, Word};
use parallax_model::Factuality;

/// Modal and negation cues between the clause start and the trigger.
#[derive(Default)]
pub struct Flags {
    neg: bool,
    hedge: bool,
    future: bool,
    hypothetical: bool,
    alleged: bool,
    /// A future or conditional cue close enough to govern a noun ("will extend the curfew").
    modal_near_noun: bool,
}

impl Flags {
    pub fn scan(ctx: &Ctx, a: usize, i: usize) -> Flags {
        let mut f = Flags::default();
        let near = i.saturating_sub(4).max(a);
        let noun_near = i.saturating_sub(7).max(a);
        for j in a..i {
            let word = ctx.s.word(j);
            match word {
                Some(Word::Neg) if j >= near => f.neg = true,
                Some(Word::Hedge) if j >= near => f.hedge = true,
                Some(Word::Future) if j >= near => f.future = true,
                Some(Word::Hypothetical) => f.hypothetical = true,
                Some(Word::Alleged) if j >= near => f.alleged = true,
                _ => {}
            }
            let modal = matches!(ctx.s.lower(j), "will" | "would" | "'ll");
            if modal && j >= noun_near {
                f.modal_near_noun = true;
            }
        }
        f
    }

    /// The PLOVER type and factuality: a negated acceptance is a rejection; an intended
    /// cooperative act is AGREE and an intended hostile one THREATEN, as PLOVER codes intents.
    pub fn code_and_factuality(&self, t: &Trigger) -> (&'static str, Factuality) {
        let cooperative =
            matches!(t.code, "AGREE" | "SUPPORT" | "COOPERATE" | "CONSULT" | "AID" | "CONCEDE");
        if self.neg && t.pos == Pos::Verb && cooperative {
            return ("REJECT", Factuality::Asserted);
        }
        if self.neg {
            return (t.code, Factuality::Denied);
        }
        let modal = self.future || self.hypothetical;
        let intent = match t.pos {
            Pos::Verb => modal,
            Pos::Noun => self.modal_near_noun,
            Pos::Adj => false,
        };
        let code = match t.code {
            _ if !intent => t.code,
            "CONSULT" | "SUPPORT" | "COOPERATE" | "AID" | "CONCEDE" => "AGREE",
            "RETREAT" => "AGREE",
            "COERCE" | "SANCTION" | "ASSAULT" | "FIGHT" | "MOBILIZE" | "PROTEST" => "THREATEN",
            other => other,
        };
        let factuality = if self.hypothetical {
            Factuality::Hypothetical
        } else if self.hedge {
            Factuality::Hedged
        } else if self.alleged {
            Factuality::Alleged
        } else if self.future || self.modal_near_noun {
            Factuality::Planned
        } else {
            Factuality::Asserted
        };
        (code, factuality)
    }
}
