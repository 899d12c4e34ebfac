import BackpropNotation

/// Lesson narration with the ASCII spelling of a subscripted symbol shown as the formulas
/// show it: `z_h1` as zₕ₁, `∂l/∂a_o2` as ∂l/∂aₒ₂, `w_5` as w₅.
///
/// A symbol is one to three ASCII letters, not preceded by a letter, digit or `_`, then `_`,
/// then a neuron-like name: up to three lowercase letters and one to three digits, not
/// followed by a letter, digit or `_`. It changes only when Unicode has a subscript for every
/// character of the name (as ``Notation`` does; `z_b1` stays), so snake_case words, file
/// names and keys such as `dl_dz` are left as written.
enum NarrationSubscripts {
    /// `text` with each such symbol subscripted.
    static func applied(to text: String) -> String {
        guard text.contains("_") else { return text }
        let characters = Array(text)
        var result = ""
        var index = 0
        while index < characters.count {
            if characters[index] == "_", let (name, end) = subscriptName(after: index, in: characters),
               let subscripted = Notation.unicodeSubscript(name), isSymbolBase(before: index, in: characters) {
                result += subscripted
                index = end
            } else {
                result.append(characters[index])
                index += 1
            }
        }
        return result
    }

    /// Whether one to three ASCII letters end just before `underscore`, with no letter,
    /// digit or `_` before them.
    private static func isSymbolBase(before underscore: Int, in characters: [Character]) -> Bool {
        var start = underscore
        while start > 0, characters[start - 1].isASCII, characters[start - 1].isLetter { start -= 1 }
        let length = underscore - start
        guard (1...3).contains(length) else { return false }
        return start == 0 || !isWordCharacter(characters[start - 1])
    }

    /// The neuron-like name after `underscore` (lowercase letters then digits) and the index
    /// just past it, or nil when what follows is no such name.
    private static func subscriptName(after underscore: Int, in characters: [Character]) -> (String, Int)? {
        var end = underscore + 1
        while end < characters.count, isWordCharacter(characters[end]) { end += 1 }
        let name = characters[(underscore + 1)..<end]
        let letters = name.prefix { $0.isLowercase }
        let digits = name.dropFirst(letters.count)
        guard letters.count <= 3, (1...3).contains(digits.count), digits.allSatisfy(\.isNumber) else { return nil }
        return (String(name), end)
    }

    /// An ASCII letter, digit or `_`.
    private static func isWordCharacter(_ character: Character) -> Bool {
        character.isASCII && (character.isLetter || character.isNumber || character == "_")
    }
}
