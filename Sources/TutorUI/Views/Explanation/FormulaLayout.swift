/// Lays a step's formula out as lines: `lhs = symbolic` on the first, then each further
/// form on its own line under the `=`, wrapping a form that is too wide after ` + `, ` − `
/// or `·` (in that order of preference), with the continuation indented further.
///
///     ∂l/∂zₒ₁ = ∂yₒ₁/∂zₒ₁·∂l/∂yₒ₁
///             = σ'(zₒ₁)·∂l/∂yₒ₁
///             = 0.751365·(1 − 0.751365)·0.741365
///             = 0.138499
enum FormulaLayout {
    /// One line of a laid-out formula.
    struct Line: Sendable, Hashable {
        /// The text, indentation included.
        let text: String
        /// Which part of the formula the line belongs to (0 is `lhs = symbolic`).
        let part: Int
        /// Whether the line holds the result.
        let isResult: Bool
    }

    /// The lines for `parts` (lhs, then the forms, the last being the result) joined by
    /// `relation` (= or ←) after the lhs and `=` after that, at most `width` columns wide.
    ///
    /// When there are more lines than `rows`, intermediate forms (the expanded ones) are
    /// left out first, then the result joins the line before it if it fits, and last the
    /// lines that still do not fit are cut, the last kept line ending in `ellipsis`.
    static func lines(parts: [String], relation: String, width: Int, rows: Int, ellipsis: String) -> [Line] {
        guard parts.count >= 2, width > 0, rows > 0 else { return [] }
        let lhs = parts[0]
        var forms = Array(parts.dropFirst()).enumerated().map { (part: $0.offset, text: $0.element) }
        let resultPart = forms.count - 1
        var indent = Screen.width(of: lhs) + 1
        if indent > width / 2 { indent = 2 }
        let padding = String(repeating: " ", count: indent)
        func layout(_ forms: [(part: Int, text: String)], joinResult: Bool) -> [Line] {
            var result: [Line] = []
            var forms = forms
            if joinResult, forms.count >= 2, let last = forms.last {
                forms.removeLast()
                forms[forms.count - 1].text += " = " + last.text
            }
            for (index, form) in forms.enumerated() {
                let prefix = index == 0 ? lhs + " " + relation + " " : padding + "= "
                let isResult = form.part == resultPart
                for text in wrap(form.text, prefix: prefix, continuation: indent + 4, width: width) {
                    result.append(Line(text: text, part: form.part, isResult: isResult))
                }
            }
            return result
        }
        var laidOut = layout(forms, joinResult: false)
        // Leave out expanded forms (never the first, the substituted numbers or the result).
        while laidOut.count > rows, forms.count > 3 {
            forms.remove(at: forms.count - 3)
            laidOut = layout(forms, joinResult: false)
        }
        if laidOut.count > rows {
            let joined = layout(forms, joinResult: true)
            if joined.count < laidOut.count { laidOut = joined }
        }
        if laidOut.count > rows {
            laidOut = Array(laidOut.prefix(rows))
            let last = laidOut[rows - 1]
            let cut = TextShortening.shortened(last.text + " " + ellipsis, to: width, ellipsis: ellipsis)
            laidOut[rows - 1] = Line(text: cut.hasSuffix(ellipsis) ? cut : last.text + " " + ellipsis,
                                     part: last.part, isResult: false)
        }
        return laidOut
    }

    /// `text` after `prefix`, wrapped to `width` at break points, continuation lines
    /// indented by `continuation` columns.
    static func wrap(_ text: String, prefix: String, continuation: Int, width: Int) -> [String] {
        let first = prefix + text
        guard Screen.width(of: first) > width else { return [first] }
        let indent = String(repeating: " ", count: min(continuation, max(0, width - 8)))
        let room = width - indent.count
        let pieces = split(text, after: [" + ", " − ", " - ", " = "]).flatMap { piece in
            Screen.width(of: piece) > room ? split(piece, after: ["·", " * "]) : [piece]
        }
        var lines: [String] = []
        var current = prefix, hasContent = false
        for piece in pieces {
            if hasContent, Screen.width(of: current) + Screen.width(of: trimmedEnd(piece)) > width {
                lines.append(trimmedEnd(current))
                current = indent
            }
            current += piece
            hasContent = true
        }
        lines.append(trimmedEnd(current))
        // A piece wider than a whole line is cut hard.
        return lines.flatMap { line -> [String] in
            Screen.width(of: line) > width ? TextWrapping.lines(of: line, width: width) : [line]
        }
    }

    /// `text` cut after each occurrence of any of `separators` (which stay with the piece before).
    static func split(_ text: String, after separators: [String]) -> [String] {
        var pieces: [String] = []
        var rest = Substring(text)
        while !rest.isEmpty {
            var earliest: Range<Substring.Index>?
            for separator in separators {
                if let range = rest.firstRange(of: separator), range.lowerBound > rest.startIndex,
                   earliest.map({ range.lowerBound < $0.lowerBound }) ?? true {
                    earliest = range
                }
            }
            guard let cut = earliest else { break }
            pieces.append(String(rest[..<cut.upperBound]))
            rest = rest[cut.upperBound...]
        }
        if !rest.isEmpty { pieces.append(String(rest)) }
        return pieces
    }

    private static func trimmedEnd(_ text: String) -> String {
        var text = text
        while text.last == " " { text.removeLast() }
        return text
    }
}
