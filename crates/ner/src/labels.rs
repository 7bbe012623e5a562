//! BILOU labels over the four entity types: `B`egin, `I`nside, `L`ast of a multi-word
//! entity, `U`nit (one-word entity), and `O`utside. BILOU lets the greedy decoder know
//! where an entity ends, which BIO leaves implicit.

/// An entity type.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum EntityType {
    /// A person.
    Person,
    /// An organization.
    Organization,
    /// A location: country, city, region, geographic feature.
    Location,
    /// Another name: nationalities, events, works.
    Misc,
}

impl EntityType {
    const ALL: [EntityType; 4] = [EntityType::Person, EntityType::Organization, EntityType::Location, EntityType::Misc];

    /// The CoNLL tag suffix: `PER`, `ORG`, `LOC`, `MISC`.
    pub fn conll(self) -> &'static str {
        match self {
            EntityType::Person => "PER",
            EntityType::Organization => "ORG",
            EntityType::Location => "LOC",
            EntityType::Misc => "MISC",
        }
    }
}

/// Where in an entity a token stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Position {
    /// First word of several.
    Begin = 0,
    /// A middle word.
    Inside = 1,
    /// Last word of several.
    Last = 2,
    /// The only word.
    Unit = 3,
}

/// The number of labels: `O` and four positions of each type.
pub const N_LABELS: usize = 17;

/// A BILOU label: 0 is `O`, then `1 + 4 × type + position`.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Label(pub u8);

impl Label {
    /// Outside any entity.
    pub const O: Label = Label(0);

    /// The label of a token at `position` in an entity of `kind`.
    pub fn new(kind: EntityType, position: Position) -> Label {
        Label(1 + 4 * kind as u8 + position as u8)
    }

    /// The entity type, unless `O`.
    pub fn entity_type(self) -> Option<EntityType> {
        (self.0 > 0).then(|| EntityType::ALL[usize::from((self.0 - 1) / 4)])
    }

    /// The position in the entity, unless `O`.
    pub fn position(self) -> Option<Position> {
        const POSITIONS: [Position; 4] = [Position::Begin, Position::Inside, Position::Last, Position::Unit];
        (self.0 > 0).then(|| POSITIONS[usize::from((self.0 - 1) % 4)])
    }

    /// Whether an entity is open after this label (it is `B` or `I`).
    fn opens(self) -> bool {
        matches!(self.position(), Some(Position::Begin | Position::Inside))
    }

    /// Whether this label may follow `previous`: only an open entity may continue, and
    /// only with its own type. An open entity may also stop without its `L`: a greedy
    /// decoder that missed the last word must not be forced to run on (`party, requires`).
    pub fn may_follow(self, previous: Label) -> bool {
        let continues = matches!(self.position(), Some(Position::Inside | Position::Last));
        if continues {
            previous.opens() && self.entity_type() == previous.entity_type()
        } else {
            true
        }
    }
}

/// Reads one sentence's IOB tags (`O`, `B-PER`, `I-LOC`; IOB1 or IOB2) as BILOU labels.
pub fn from_iob(tags: &[&str]) -> Option<Vec<Label>> {
    let parsed: Vec<Option<(EntityType, bool)>> = tags
        .iter()
        .map(|tag| {
            if *tag == "O" {
                return Some(None);
            }
            let (prefix, kind) = tag.split_once('-')?;
            let kind = EntityType::ALL.into_iter().find(|t| t.conll() == kind)?;
            match prefix {
                "B" => Some(Some((kind, true))),
                "I" => Some(Some((kind, false))),
                _ => None,
            }
        })
        .collect::<Option<_>>()?;
    // A token continues the entity before it when it is `I-` of the same type.
    let continues = |i: usize| match (parsed[i], i.checked_sub(1).and_then(|p| parsed[p])) {
        (Some((kind, false)), Some((previous, _))) => kind == previous,
        _ => false,
    };
    Some(
        (0..parsed.len())
            .map(|i| match parsed[i] {
                None => Label::O,
                Some((kind, _)) => {
                    let next_continues = i + 1 < parsed.len() && continues(i + 1);
                    let position = match (continues(i), next_continues) {
                        (false, false) => Position::Unit,
                        (false, true) => Position::Begin,
                        (true, true) => Position::Inside,
                        (true, false) => Position::Last,
                    };
                    Label::new(kind, position)
                }
            })
            .collect(),
    )
}

/// The entities of a label sequence as `(first, end, type)` token ranges. Broken
/// sequences are read leniently: a `B`/`I` run that stops early still is an entity.
pub fn entity_spans(labels: &[Label]) -> Vec<(usize, usize, EntityType)> {
    let mut spans = Vec::new();
    let mut open: Option<(usize, EntityType)> = None;
    for (index, label) in labels.iter().enumerate() {
        let kind = label.entity_type();
        let continues = matches!(label.position(), Some(Position::Inside | Position::Last))
            && open.is_some_and(|(_, t)| Some(t) == kind);
        if !continues {
            if let Some((first, open_kind)) = open.take() {
                spans.push((first, index, open_kind));
            }
            if let Some(kind) = kind {
                open = Some((index, kind));
            }
        }
        if matches!(label.position(), Some(Position::Last | Position::Unit)) {
            if let Some((first, open_kind)) = open.take() {
                spans.push((first, index + 1, open_kind));
            }
        }
    }
    if let Some((first, kind)) = open {
        spans.push((first, labels.len(), kind));
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iob_becomes_bilou_and_spans_come_back() {
        let tags = ["B-PER", "I-PER", "O", "I-LOC", "B-ORG", "B-ORG", "I-ORG", "I-ORG"];
        let labels = from_iob(&tags).unwrap();
        let positions: Vec<Option<Position>> = labels.iter().map(|l| l.position()).collect();
        use Position::*;
        assert_eq!(
            positions,
            [Some(Begin), Some(Last), None, Some(Unit), Some(Unit), Some(Begin), Some(Inside), Some(Last)]
        );
        assert_eq!(
            entity_spans(&labels),
            [
                (0, 2, EntityType::Person),
                (3, 4, EntityType::Location),
                (4, 5, EntityType::Organization),
                (5, 8, EntityType::Organization)
            ]
        );
        assert!(from_iob(&["X-FOO"]).is_none());
    }

    #[test]
    fn transitions() {
        let begin = Label::new(EntityType::Person, Position::Begin);
        assert!(!Label::new(EntityType::Person, Position::Last).may_follow(Label::O));
        assert!(Label::new(EntityType::Person, Position::Last).may_follow(begin));
        assert!(Label::O.may_follow(begin), "an entity may stop early");
        assert!(!Label::new(EntityType::Location, Position::Inside).may_follow(begin));
    }
}
