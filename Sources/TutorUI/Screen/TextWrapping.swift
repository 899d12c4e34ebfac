/// Greedy word wrapping measured in screen columns.
public enum TextWrapping {
    /// Splits `text` into lines at most `width` columns wide.
    ///
    /// Lines break at spaces (which are dropped at the break); a word wider than `width` is
    /// cut into pieces; each newline in `text` starts a new line. A paragraph does not end with
    /// a short word alone on its line when the word before it can join it. A width below 1 gives
    /// no lines.
    public static func lines(of text: String, width: Int) -> [String] {
        guard width >= 1 else { return [] }
        if fitsOnOneLine(text, width: width) { return [text] }
        // Linear in the text: each word is measured once and each line's width kept as it grows.
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = "", lineWidth = 0
            let paragraphStart = result.count
            for word in paragraph.split(separator: " ") {
                let wordWidth = Screen.width(of: String(word))
                let needed = lineWidth + (line.isEmpty ? 0 : 1) + wordWidth
                if needed <= width {
                    line += (line.isEmpty ? "" : " ") + word
                    lineWidth = needed
                    continue
                }
                if !line.isEmpty {
                    result.append(line)
                }
                (line, lineWidth) = wordWidth <= width ? (String(word), wordWidth) : cut(word, into: &result, width: width)
            }
            result.append(line)
            keepLastWordCompany(&result, from: paragraphStart, width: width)
        }
        return result
    }

    /// Whether `text` is one line as it stands: at most `width` one-column scalars (so no
    /// newline), with single spaces between its words and none at its ends.
    private static func fitsOnOneLine(_ text: String, width: Int) -> Bool {
        var count = 0, previousIsSpace = true
        for scalar in text.unicodeScalars {
            let isSpace = scalar == " "
            guard count < width, CharacterWidth.isPrintableSingle(scalar), !(isSpace && previousIsSpace) else { return false }
            count += 1
            previousIsSpace = isSpace
        }
        return !previousIsSpace || count == 0
    }

    /// Moves the word before a paragraph's lone last word down beside it, when it fits, so
    /// that no paragraph ends with a short word (under a third of the line) alone on a line
    /// ("for all" / "12.").
    private static func keepLastWordCompany(_ lines: inout [String], from start: Int, width: Int) {
        guard lines.count - start >= 2 else { return }
        let last = lines.count - 1
        guard !lines[last].isEmpty, !lines[last].contains(" "), 3 * Screen.width(of: lines[last]) < width,
              let space = lines[last - 1].lastIndex(of: " ") else { return }
        let moved = lines[last - 1][lines[last - 1].index(after: space)...] + " " + lines[last]
        guard Screen.width(of: moved) <= width else { return }
        lines[last] = moved
        lines[last - 1] = String(lines[last - 1][..<space])
    }

    /// Appends `word` to `lines` in pieces of `width` columns (combining marks stay with
    /// their base), in one pass, and returns the last piece and its width, which start the next line.
    private static func cut(_ word: Substring, into lines: inout [String], width: Int) -> (String, Int) {
        var piece = "", used = 0
        for character in word {
            let characterWidth = Screen.width(of: String(character))
            if used + characterWidth > width {
                lines.append(piece)
                piece = ""
                used = 0
            }
            piece.append(character)
            used += characterWidth
        }
        return (piece, used)
    }
}
