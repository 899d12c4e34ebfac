import Testing
@testable import TutorUI

/// Laying a step's formula out in the panel: one form per line under the `=`, wrapped at
/// ` + ` when too wide, shortened when there are too few rows.
struct FormulaLayoutTests {
    let parts = ["zₕ₁", "i₁·w₁ + i₂·w₂ + b₁", "0.05·0.15 + 0.1·0.2 + 0.35", "0.3775"]

    @Test func eachFormOnItsOwnLineUnderTheEqualsSign() {
        let lines = FormulaLayout.lines(parts: parts, relation: "=", width: 60, rows: 10, ellipsis: "…")
        #expect(lines.map(\.text) == ["zₕ₁ = i₁·w₁ + i₂·w₂ + b₁", "    = 0.05·0.15 + 0.1·0.2 + 0.35", "    = 0.3775"])
        #expect(lines.map(\.isResult) == [false, false, true])
    }

    @Test func aLongFormWrapsAfterAPlusWithTheRestIndented() {
        let lines = FormulaLayout.lines(parts: parts, relation: "=", width: 22, rows: 10, ellipsis: "…").map(\.text)
        #expect(lines == ["zₕ₁ = i₁·w₁ + i₂·w₂ +", "        b₁", "    = 0.05·0.15 +", "        0.1·0.2 + 0.35",
                          "    = 0.3775"])
        #expect(lines.allSatisfy { Screen.width(of: $0) <= 22 })
    }

    @Test func tooFewRowsDropTheExpandedFormsFirstThenJoinTheResult() {
        let parts = ["∂l/∂z", "∂a/∂z·∂l/∂a", "σ'(z)·∂l/∂a", "a·(1 − a)·∂l/∂a", "0.5·0.5·0.1", "0.025"]
        let four = FormulaLayout.lines(parts: parts, relation: "=", width: 60, rows: 4, ellipsis: "…").map(\.text)
        #expect(four == ["∂l/∂z = ∂a/∂z·∂l/∂a", "      = σ'(z)·∂l/∂a", "      = 0.5·0.5·0.1", "      = 0.025"])
        let two = FormulaLayout.lines(parts: parts, relation: "=", width: 60, rows: 2, ellipsis: "…").map(\.text)
        #expect(two == ["∂l/∂z = ∂a/∂z·∂l/∂a", "      = 0.5·0.5·0.1 = 0.025"])
        let one = FormulaLayout.lines(parts: parts, relation: "=", width: 60, rows: 1, ellipsis: "…").map(\.text)
        #expect(one == ["∂l/∂z = ∂a/∂z·∂l/∂a …"])
    }

    @Test func anUpdateUsesTheArrowOnItsFirstLine() {
        let lines = FormulaLayout.lines(parts: ["w₅", "w₅ − η·∂l/∂w₅", "0.4 − 0.5·0.082167", "0.358916"],
                                        relation: "←", width: 60, rows: 5, ellipsis: "…").map(\.text)
        #expect(lines == ["w₅ ← w₅ − η·∂l/∂w₅", "   = 0.4 − 0.5·0.082167", "   = 0.358916"])
    }
}
