//! How much of a message a list of knowledge terms covers: the share of the message's
//! concepts (each weighed by its rarity and focus) that the terms name.
//!
//! Asked once per phrasing of every candidate entry, so it picks the cheaper of two ways per
//! list: look each concept's terms up in the list (long lists: an entry's whole vocabulary), or
//! look each of the list's terms up among the message's (short lists: one phrasing, where a
//! long story would otherwise cost concepts × terms).

use super::profile::holds;

/// The message's concepts, ready to be covered.
#[derive(Debug, Clone)]
pub struct Coverage {
    /// Each concept's weight and its known term ids.
    concepts: Vec<(f32, Vec<u32>)>,
    /// The sum of the weights (never 0).
    total: f32,
    /// Every term id of the message, sorted and distinct…
    ids: Vec<u32>,
    /// …with the concepts it stands for.
    concepts_of: Vec<Vec<usize>>,
    /// Scratch: which concepts the list being measured covers.
    covered: Vec<bool>,
    /// Scratch: the concepts covered, in the order met.
    met: Vec<usize>,
}

impl Coverage {
    /// `concepts`: each concept's weight and the ids of its known terms.
    pub fn new(concepts: Vec<(f32, Vec<u32>)>) -> Coverage {
        let total = concepts
            .iter()
            .map(|(w, _)| w)
            .sum::<f32>()
            .max(f32::EPSILON);
        let mut ids: Vec<u32> = concepts.iter().flat_map(|(_, ids)| ids).copied().collect();
        ids.sort_unstable();
        ids.dedup();
        let mut concepts_of = vec![Vec::new(); ids.len()];
        for (c, (_, concept_ids)) in concepts.iter().enumerate() {
            for id in concept_ids {
                if let Ok(k) = ids.binary_search(id)
                    && !concepts_of[k].contains(&c)
                {
                    concepts_of[k].push(c);
                }
            }
        }
        let covered = vec![false; concepts.len()];
        Coverage {
            met: Vec::with_capacity(concepts.len()),
            concepts,
            total,
            ids,
            concepts_of,
            covered,
        }
    }

    /// The message's term ids, sorted and distinct.
    pub fn ids(&self) -> &[u32] {
        &self.ids
    }

    /// The share (0 to 1) of the message's weight that sorted `terms` covers.
    pub fn of(&mut self, terms: &[u32]) -> f32 {
        if terms.len() <= self.ids.len() {
            // Only the concepts met are visited again, in order, so the sum is the same as
            // over all of them (a story has dozens, a phrasing meets two or three).
            let mut met = std::mem::take(&mut self.met);
            for &id in terms {
                if let Ok(k) = self.ids.binary_search(&id) {
                    for &c in &self.concepts_of[k] {
                        if !std::mem::replace(&mut self.covered[c], true) {
                            // Never a concept twice: it is pushed when first covered.
                            met.push(c);
                        }
                    }
                }
            }
            met.sort_unstable();
            let mut sum = 0.0;
            for &c in &met {
                self.covered[c] = false;
                sum += self.concepts[c].0;
            }
            met.clear();
            self.met = met;
            return sum / self.total;
        } else {
            for (c, (_, ids)) in self.concepts.iter().enumerate() {
                self.covered[c] = ids.iter().any(|&id| holds(terms, id));
            }
        }
        // Summed in concept order either way, so both ways give the very same number.
        let mut sum = 0.0;
        for (c, covered) in self.covered.iter_mut().enumerate() {
            if std::mem::take(covered) {
                sum += self.concepts[c].0;
            }
        }
        sum / self.total
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The plain definition, to compare with.
    fn reference(concepts: &[(f32, Vec<u32>)], terms: &[u32]) -> f32 {
        let total = concepts
            .iter()
            .map(|(w, _)| w)
            .sum::<f32>()
            .max(f32::EPSILON);
        concepts
            .iter()
            .filter(|(_, ids)| ids.iter().any(|&id| holds(terms, id)))
            .map(|(w, _)| w)
            .sum::<f32>()
            / total
    }

    #[test]
    fn both_ways_agree_with_the_definition() {
        let concepts = vec![
            (1.5, vec![3, 7]),
            (0.25, vec![7]),
            (2.0, vec![]),
            (0.7, vec![11, 2]),
        ];
        let mut coverage = Coverage::new(concepts.clone());
        assert_eq!(coverage.ids(), &[2, 3, 7, 11]);
        let lists: [&[u32]; 6] = [
            &[],
            &[7],
            &[1, 4, 5],
            &[2, 3],
            &[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
            &[0, 1, 4, 5, 6, 8, 9, 10, 12, 13],
        ];
        for terms in lists {
            assert_eq!(coverage.of(terms), reference(&concepts, terms), "{terms:?}");
        }
        // The scratch is left clean: a second look gives the same.
        assert_eq!(coverage.of(&[7]), reference(&concepts, &[7]));
    }

    #[test]
    fn no_concepts_cover_nothing() {
        let mut coverage = Coverage::new(Vec::new());
        assert_eq!(coverage.of(&[1, 2]), 0.0);
    }
}
