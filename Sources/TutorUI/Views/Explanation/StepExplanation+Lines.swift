/// The explanation's text wrapped to a width: what both the usual panel and the presenter
/// panel lay out.
extension StepExplanation {
    /// The formula's lines at `width` columns, in at most `rows` rows (see ``FormulaLayout``).
    func formulaLines(width: Int, rows: Int = .max, ellipsis: String) -> [FormulaLayout.Line] {
        FormulaLayout.lines(parts: parts, relation: relation, width: width, rows: rows, ellipsis: ellipsis)
    }

    /// The core's remark as `Note: …`, wrapped to `width` columns; none without a remark.
    func remarkLines(width: Int) -> [String] {
        remark.map { TextWrapping.lines(of: "Note: " + $0, width: width) } ?? []
    }

    /// The weights the formula reads as `Weights: …`, wrapped to `width` columns; none
    /// unless `listed` and the formula reads some.
    func weightLines(width: Int, listed: Bool) -> [String] {
        listed && !weights.isEmpty ? TextWrapping.lines(of: "Weights: " + weights.joined(separator: ", "), width: width) : []
    }
}
