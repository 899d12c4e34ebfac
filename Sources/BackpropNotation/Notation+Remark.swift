import BackpropCore

/// How a step's remark is written: its words as they are, its formulas in this notation.
extension Notation {
    /// A remark as text.
    public func render(_ remark: Remark) -> String {
        remark.parts.map { part in
            switch part {
            case .text(let text): return text
            case .formula(let formula): return render(formula)
            }
        }.joined()
    }
}
