//! Overlaps among intervals by sorting and sweeping, and the plain pairwise check the tests
//! compare it with.

/// The overlapping pairs among `[start, end)` intervals, by sorting and sweeping: O(n log n + k)
/// for k pairs. Pairs are `(i, j)` with `i < j` (input positions), sorted. Intervals that only
/// touch do not overlap; an empty interval overlaps only intervals that strictly contain its
/// instant.
pub fn overlapping_pairs(intervals: &[(i64, i64)]) -> Vec<(usize, usize)> {
    let mut order: Vec<usize> = (0..intervals.len()).collect();
    order.sort_unstable_by_key(|&i| intervals[i]);
    let mut active: Vec<usize> = Vec::new();
    let mut pairs = Vec::new();
    for &i in &order {
        let (start, end) = intervals[i];
        active.retain(|&a| intervals[a].1 > start);
        for &a in &active {
            if overlaps(intervals[a], (start, end)) {
                pairs.push((a.min(i), a.max(i)));
            }
        }
        active.push(i);
    }
    pairs.sort_unstable();
    pairs
}

/// The same answer as [`overlapping_pairs`] by comparing every pair: O(n²). The reference the
/// sweep is tested against, and the baseline of the benchmark.
pub fn overlapping_pairs_pairwise(intervals: &[(i64, i64)]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for i in 0..intervals.len() {
        for j in i + 1..intervals.len() {
            if overlaps(intervals[i], intervals[j]) {
                pairs.push((i, j));
            }
        }
    }
    pairs
}

pub(super) fn overlaps(a: (i64, i64), b: (i64, i64)) -> bool {
    a.0 < b.1 && b.0 < a.1
}
