//! A read-only map from a feature key (a 64-bit hash) to a small value, for the learned
//! readers' weights: the keys in one sorted column and the values in another, with where each
//! run of keys sharing their top [`BUCKET_BITS`] bits starts. About a third of the memory of a
//! hash map (37,000 keys cost 0.46 MB this way, where a hash map held 1.1 MB: 65,536 buckets of
//! 17 bytes), and a lookup is a binary search among a dozen keys.

/// The map. Built once, from pairs in any order.
#[derive(Debug, Clone)]
pub struct SortedByKey<V> {
    keys: Vec<u64>,
    values: Vec<V>,
    /// `starts[b]..starts[b + 1]`: the keys whose top bits are `b`.
    starts: Vec<u32>,
}

/// 4,096 runs of about nine keys each at 37,000 keys, for 16 KB of starts.
const BUCKET_BITS: u32 = 12;

impl<V> SortedByKey<V> {
    /// Of a key given twice, the last value counts (as a map built in that order would).
    pub fn new(pairs: impl IntoIterator<Item = (u64, V)>) -> SortedByKey<V> {
        let mut pairs: Vec<(u64, V)> = pairs.into_iter().collect();
        // Stable: of equal keys, the last given stays last.
        pairs.sort_by_key(|&(key, _)| key);
        let (mut keys, mut values) = (
            Vec::with_capacity(pairs.len()),
            Vec::with_capacity(pairs.len()),
        );
        for (key, value) in pairs {
            if keys.last() == Some(&key) {
                values.pop();
            } else {
                keys.push(key);
            }
            values.push(value);
        }
        keys.shrink_to_fit();
        values.shrink_to_fit();
        let starts = (0..=1_u64 << BUCKET_BITS)
            .map(|bucket| keys.partition_point(|&key| key >> (64 - BUCKET_BITS) < bucket) as u32)
            .collect();
        SortedByKey {
            keys,
            values,
            starts,
        }
    }

    pub fn get(&self, key: u64) -> Option<&V> {
        self.values.get(self.position(key)?)
    }

    /// Where the key stands among the keys in ascending order (its value's place in
    /// [`SortedByKey::values`]).
    pub fn position(&self, key: u64) -> Option<usize> {
        let bucket = (key >> (64 - BUCKET_BITS)) as usize;
        let (start, end) = (
            *self.starts.get(bucket)? as usize,
            *self.starts.get(bucket + 1)? as usize,
        );
        let at = self.keys[start..end].binary_search(&key).ok()?;
        Some(start + at)
    }

    /// The values, in the ascending order of their keys.
    pub fn values(&self) -> &[V] {
        &self.values
    }

    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.keys.len()
    }
}

impl<V> Default for SortedByKey<V> {
    fn default() -> Self {
        SortedByKey::new([])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_key_is_found_and_no_other() {
        let keys: Vec<u64> = (0..5000_u64)
            .map(|i| i.wrapping_mul(0x9E37_79B9_7F4A_7C15))
            .chain([u64::MAX, 1 << 63])
            .collect();
        let sorted = SortedByKey::new(
            keys.iter()
                .enumerate()
                .map(|(i, &k)| (k, i as f32))
                .chain([(7_u64.wrapping_mul(0x9E37_79B9_7F4A_7C15), -1.0)]),
        );
        assert_eq!(sorted.len(), keys.len());
        for (i, &key) in keys.iter().enumerate() {
            let expected = if i == 7 { -1.0 } else { i as f32 };
            assert_eq!(
                sorted.get(key),
                Some(&expected),
                "{key}: the last value counts"
            );
        }
        for absent in [1, u64::MAX - 1, (1 << 63) + 1, 12345] {
            assert_eq!(sorted.get(absent), None);
        }
        assert_eq!(SortedByKey::<f32>::new([]).get(42), None);
        assert_eq!(SortedByKey::<(u32, u32)>::default().len(), 0);
    }
}
