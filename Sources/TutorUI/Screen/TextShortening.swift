/// Shortens a title, heading or label to the columns it has, by one rule everywhere: whole
/// words, then an ellipsis.
public enum TextShortening {
    /// Marks that do not end a shortened text: a separator, an opening bracket or an operator
    /// left dangling before the ellipsis reads as a cut.
    static let danglingMarks: Set<Character> = [" ", "·", ",", ";", ":", "(", "[", "{", "—", "–", "-", "│", "|",
                                                "+", "−", "=", "/", "→", "←", "&"]

    /// `text` in at most `width` columns: itself when it fits, else as many of its leading
    /// words as fit with `ellipsis` after them (separators before the ellipsis dropped, and
    /// never inside an opened bracket). Only a first word wider than the room is cut inside, by characters, as a last
    /// resort; with no room for the ellipsis the text is cut bare.
    public static func shortened(_ text: String, to width: Int, ellipsis: String) -> String {
        guard Screen.width(of: text) > width else { return text }
        let ellipsisWidth = Screen.width(of: ellipsis)
        guard width > ellipsisWidth else { return characters(of: text, fitting: max(0, width)) }
        let room = width - ellipsisWidth
        var best: Substring?
        for index in text.indices where text[index] == " " {
            var candidate = text[..<index]
            while let last = candidate.last, danglingMarks.contains(last) { candidate.removeLast() }
            guard Screen.width(of: String(candidate)) <= room else { break }
            if !candidate.isEmpty, closesItsBrackets(candidate) { best = candidate }
        }
        if let best { return String(best) + ellipsis }
        return characters(of: text, fitting: room) + ellipsis
    }

    /// Whether every bracket `text` opens it also closes: "over (x₁" would end inside one.
    private static func closesItsBrackets(_ text: Substring) -> Bool {
        var depth = 0
        for character in text {
            if "([{".contains(character) { depth += 1 } else if ")]}".contains(character) { depth -= 1 }
        }
        return depth <= 0
    }

    /// The longest leading run of `text`'s characters at most `width` columns wide.
    private static func characters(of text: String, fitting width: Int) -> String {
        var result = "", used = 0
        for character in text {
            let characterWidth = Screen.width(of: String(character))
            if used + characterWidth > width { break }
            result.append(character)
            used += characterWidth
        }
        return result
    }
}
