/// How the layer view writes a layer's vectors and matrices: W⁽²⁾, z⁽ˡ⁾, δ⁽ᴸ⁾.
extension Notation {
    /// `symbol` marked with the 1-based layer number `layer` in parentheses: W⁽²⁾
    /// (`W^(2)` in ASCII, `W^{(2)}` in LaTeX).
    public func layered(_ symbol: String, layer: Int) -> String {
        layered(symbol, mark: String(layer))
    }

    /// `symbol` marked with `mark` in parentheses, for marks such as `l`, `l-1` or `L`: z⁽ˡ⁻¹⁾.
    public func layered(_ symbol: String, mark: String) -> String {
        switch style {
        case .unicode: return symbol + "⁽" + String(mark.map { Self.layerSuperscripts[$0] ?? $0 }) + "⁾"
        case .ascii: return symbol + "^(" + mark + ")"
        case .latex: return symbol + "^{(" + mark + ")}"
        }
    }

    /// Superscript forms of the characters a layer mark uses.
    static let layerSuperscripts: [Character: Character] = [
        "0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵", "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹",
        "-": "⁻", "+": "⁺", "−": "⁻", "l": "ˡ", "L": "ᴸ", "n": "ⁿ",
    ]
}
