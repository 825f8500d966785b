//! [`unchanged_ends`]: how much of a list of paragraphs is the same at its start and its end
//! after an edit, so caches redo only the middle.

/// The number of leading and of trailing items of `new` that are `same` as those of `old`, not
/// overlapping: typing in one paragraph leaves every other one at an end, and inserting or
/// removing paragraphs leaves those before and after it.
pub fn unchanged_ends<A, B>(old: &[A], new: &[B], same: impl Fn(&A, &B) -> bool) -> (usize, usize) {
    let prefix = old.iter().zip(new).take_while(|(o, n)| same(o, n)).count();
    let room = old.len().min(new.len()) - prefix;
    let suffix = old
        .iter()
        .rev()
        .zip(new.iter().rev())
        .take(room)
        .take_while(|(o, n)| same(o, n))
        .count();
    (prefix, suffix)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ends_never_overlap() {
        let eq = |a: &&str, b: &&str| a == b;
        assert_eq!(
            unchanged_ends(&["a", "b", "c"], &["a", "x", "c"], eq),
            (1, 1)
        );
        assert_eq!(unchanged_ends(&["a", "a"], &["a", "a", "a"], eq), (2, 0));
        assert_eq!(unchanged_ends(&["a", "b"], &["a", "b"], eq), (2, 0));
        assert_eq!(unchanged_ends(&["a", "c"], &["a", "b", "c"], eq), (1, 1));
        assert_eq!(unchanged_ends::<&str, &str>(&[], &["a"], eq), (0, 0));
    }
}
