extension Step {
    /// The named values the substituted formula puts in place of symbols, each once, in the
    /// order the formula reads them: for `w₅ ← w₅ − η·∂l/∂w₅ = 0.4 − 0.5·0.082167`,
    /// (w₅, 0.4), (η, 0.5), (∂l/∂w₅, 0.082167).
    ///
    /// Read by pairing the last symbolic form with the substituted one, which the step
    /// builders write with the same shape. A quiz that hides the substitution lists the
    /// values the diagram does not show from these.
    public var substitutions: [(symbol: Quantity, value: Double)] {
        var pairs: [(symbol: Quantity, value: Double)] = []
        func walk(_ symbols: Expression, _ numbers: Expression) {
            switch (symbols, numbers) {
            case let (.quantity(q), .number(x)):
                if !pairs.contains(where: { $0.symbol == q }) { pairs.append((q, x)) }
            case let (.sum(a), .sum(b)) where a.count == b.count:
                for (s, n) in zip(a, b) { walk(s, n) }
            case let (.product(a), .product(b)) where a.count == b.count:
                for (s, n) in zip(a, b) { walk(s, n) }
            case let (.difference(a1, b1), .difference(a2, b2)), let (.quotient(a1, b1), .quotient(a2, b2)):
                walk(a1, a2)
                walk(b1, b2)
            case let (.negative(a), .negative(b)), let (.square(a), .square(b)),
                 let (.call(_, a), .call(_, b)), let (.sumOverSamples(a), .sumOverSamples(b)):
                walk(a, b)
            default:
                break
            }
        }
        walk(expanded.last ?? symbolic, substituted)
        return pairs
    }
}
