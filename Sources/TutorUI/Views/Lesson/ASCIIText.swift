/// Lesson text written for an ASCII screen: the symbols lessons use spelled the way the
/// ASCII notation spells them (`∂l/∂w₁` as `dl/dw1`, `η` as `eta`, `−` as `-`, `10⁻⁴` as
/// `10^-4`), and anything else outside ASCII as `?`.
enum ASCIIText {
    /// Symbols and their ASCII spelling.
    static let symbols: [Character: String] = [
        "∂": "d", "−": "-", "·": "*", "→": "->", "←": "<-", "≈": "~", "≤": "<=", "≥": ">=", "≠": "!=",
        "×": "x", "÷": "/", "±": "+/-", "∞": "inf", "√": "sqrt", "∇": "grad", "Σ": "sum", "Π": "prod",
        "½": "1/2", "¼": "1/4", "¾": "3/4", "′": "'", "″": "''", "…": "...", "“": "\"", "”": "\"", "‘": "'",
        "’": "'", "–": "-", "—": "--", "•": "*", "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta",
        "Δ": "Delta", "ε": "epsilon", "η": "eta", "θ": "theta", "λ": "lambda", "μ": "mu", "π": "pi",
        "σ": "sigma", "τ": "tau", "φ": "phi", "ω": "omega", "\u{00A0}": " ", "⊙": "(*)", "⊘": "(/)",
    ]

    /// Subscript characters and what they stand for.
    static let subscripts: [Character: Character] = [
        "₀": "0", "₁": "1", "₂": "2", "₃": "3", "₄": "4", "₅": "5", "₆": "6", "₇": "7", "₈": "8", "₉": "9",
        "₊": "+", "₋": "-", "ₐ": "a", "ₑ": "e", "ₕ": "h", "ᵢ": "i", "ⱼ": "j", "ₖ": "k", "ₗ": "l", "ₘ": "m",
        "ₙ": "n", "ₒ": "o", "ₚ": "p", "ₛ": "s", "ₜ": "t", "ᵤ": "u", "ᵥ": "v", "ₓ": "x",
    ]

    /// Superscript characters and what they stand for.
    static let superscripts: [Character: Character] = [
        "⁰": "0", "¹": "1", "²": "2", "³": "3", "⁴": "4", "⁵": "5", "⁶": "6", "⁷": "7", "⁸": "8", "⁹": "9",
        "⁺": "+", "⁻": "-", "ⁿ": "n", "ⁱ": "i", "ᵏ": "k", "ᶻ": "z", "ᵀ": "T", "⁽": "(", "⁾": ")", "ˡ": "l", "ᴸ": "L",
    ]

    /// `text` in ASCII: a run of subscripts is written after the letter (`w₁` → `w1`, with
    /// an underscore before letters: `wᵢₖ` → `w_ik`), a run of superscripts after `^`.
    static func transliterate(_ text: String) -> String {
        guard !text.allSatisfy(\.isASCII) else { return text }
        var result = ""
        var characters = Array(text)[...]
        while let character = characters.first {
            if character.isASCII {
                result.append(character)
                characters = characters.dropFirst()
            } else if subscripts[character] != nil {
                let run = String(characters.prefix { subscripts[$0] != nil }.compactMap { subscripts[$0] })
                result += (run.allSatisfy(\.isNumber) ? "" : "_") + run
                characters = characters.dropFirst(run.count)
            } else if superscripts[character] != nil {
                let run = String(characters.prefix { superscripts[$0] != nil }.compactMap { superscripts[$0] })
                result += "^" + run
                characters = characters.dropFirst(run.count)
            } else {
                result += symbols[character] ?? "?"
                characters = characters.dropFirst()
            }
        }
        return result
    }
}

extension RenderContext {
    /// Text from a lesson as this context shows it: as written with Unicode, transliterated
    /// (see ``ASCIIText``) for ASCII.
    func lessonText(_ text: String) -> String {
        isUnicode ? text : ASCIIText.transliterate(text)
    }
}
