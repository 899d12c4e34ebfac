import Foundation
import Testing

/// Output for people writes −0 as 0; the trace's JSON, read by programs, keeps it exact.
///
/// In lesson 9, h2 is a dead ReLU: z_h2 = 1·(−1) − 0.5 = −1.5, so ∂l/∂z_h2 = 0·∂l/∂a_h2 =
/// 0·(−1), which IEEE arithmetic makes −0, and so are ∂l/∂w₂, ∂l/∂b₂ (and ∂l/∂w₄ = a_h2·(−1)).
/// In lesson 10, o1 and o3 have target 0, so ∂l/∂y = −t/y = −0 for both.
struct NegativeZeroOutputTests {
    /// The places a minus sign stands before a bare zero: `−0`, `-0`, but not `−0.5`, `-0.0`.
    static func negativeZeros(in text: String) -> [String] {
        let characters = Array(text)
        var found: [String] = []
        for i in characters.indices where (characters[i] == "−" || characters[i] == "-") && i + 1 < characters.count {
            let before = i > 0 ? characters[i - 1] : " "
            let after = i + 2 < characters.count ? characters[i + 2] : " "
            guard characters[i + 1] == "0", !before.isLetter, !before.isNumber, before != ".",
                  !after.isNumber, after != ".", after != "×" else { continue }
            found.append(String(characters[max(0, i - 20)..<min(characters.count, i + 20)]))
        }
        return found
    }

    /// What `backprop ARGUMENTS` printed, after checking that it succeeded.
    func output(_ arguments: [String]) throws -> String {
        let result = try BackpropProcess.run(arguments)
        #expect(result.status == 0, "\(result.standardError)")
        return result.standardOutput
    }

    @Test func theSearchFindsANegativeZero() {
        #expect(Self.negativeZeros(in: "w2  x1 → h2  −0  0").count == 1)
        #expect(Self.negativeZeros(in: "= −1 − 0.1·(-0)").count == 1)
        #expect(Self.negativeZeros(in: "−0.5 -0.0 −1 0 10 −0.001 2×10⁻⁰").isEmpty)
    }

    @Test(arguments: [
        ["check", "--gradients", "9"], ["trace", "9", "--format", "text"], ["trace", "10", "--format", "text"],
        ["export", "9", "--format", "markdown"], ["export", "10", "--format", "markdown"],
        ["export", "9", "--format", "dot"], ["export", "10", "--format", "dot"],
    ])
    func textForPeopleHasNoNegativeZero(arguments: [String]) throws {
        let out = try output(arguments)
        #expect(!out.isEmpty)
        #expect(Self.negativeZeros(in: out) == [])
    }

    @Test func theGradientCheckShowsTheDeadNeuronsGradientsAsZero() throws {
        let out = try output(["check", "--gradients", "9"])
        let row = try #require(out.split(separator: "\n").first { $0.contains("w2         x1 → h2") })
        #expect(row.split(separator: " ").suffix(4) == ["0", "0", "0", "ok"])
    }

    @Test func jsonKeepsTheExactNegativeZero() throws {
        let out = try output(["trace", "9"])
        // −0 is valid JSON; programs get the core's exact double.
        #expect(out.contains(#"{"id":"h2","z":-1.5,"a":0.0,"dl_da":-1.0,"dl_dz":-0.0}"#))
        #expect(out.contains(#""id":"w2","kind":"weight","from":"x1","to":"h2","value":-1.0,"grad":-0.0,"new":-1.0"#))
    }
}
