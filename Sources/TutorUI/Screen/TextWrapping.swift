/// Greedy word wrapping measured in screen columns.
public enum TextWrapping {
    /// Splits `text` into lines at most `width` columns wide.
    ///
    /// Lines break at spaces (which are dropped at the break); a word wider than `width` is
    /// cut into pieces; each newline in `text` starts a new line. A width below 1 gives no lines.
    public static func lines(of text: String, width: Int) -> [String] {
        guard width >= 1 else { return [] }
        var result: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for word in paragraph.split(separator: " ") {
                var word = String(word)
                let needed = Screen.width(of: line) + (line.isEmpty ? 0 : 1) + Screen.width(of: word)
                if needed <= width {
                    line += (line.isEmpty ? "" : " ") + word
                    continue
                }
                if !line.isEmpty {
                    result.append(line)
                    line = ""
                }
                while Screen.width(of: word) > width {
                    let (head, tail) = split(word, afterColumns: width)
                    result.append(head)
                    word = tail
                }
                line = word
            }
            result.append(line)
        }
        return result
    }

    /// `word` cut after `columns` screen columns (combining marks stay with their base).
    private static func split(_ word: String, afterColumns columns: Int) -> (String, String) {
        var head = "", used = 0
        var index = word.startIndex
        while index < word.endIndex {
            let character = word[index]
            let width = Screen.width(of: String(character))
            if used + width > columns { break }
            head.append(character)
            used += width
            index = word.index(after: index)
        }
        return (head, String(word[index...]))
    }
}
