/// Finds the known name a mistyped one was most likely meant to be.
public enum NameSuggestion {
    /// The candidate closest to `name` by edit distance, if it is close enough to be a typo.
    ///
    /// Close enough means at most max(2, length/3) single-character edits (ignoring case)
    /// and fewer edits than the candidate has characters, so `learning_rte` suggests
    /// `learning_rate` but `z` suggests nothing. Ties go to the candidate listed first.
    public static func nearest(to name: String, among candidates: [String]) -> String? {
        var best: (name: String, distance: Int)?
        for candidate in candidates {
            let distance = editDistance(name.lowercased(), candidate.lowercased())
            guard distance <= max(2, candidate.count / 3), distance < candidate.count else { continue }
            if best == nil || distance < best!.distance { best = (candidate, distance) }
        }
        return best?.name
    }

    /// The Levenshtein distance: the fewest insertions, deletions and substitutions turning `a` into `b`.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = Array(repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)
                current[j] = min(substitution, previous[j] + 1, current[j - 1] + 1)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
