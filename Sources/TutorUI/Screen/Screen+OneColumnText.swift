extension Screen {
    /// The number of scalars of `text` when every one of them is a one-column grapheme of
    /// its own (``CharacterWidth/isPrintableSingle(_:)``), which is then its width; nil
    /// otherwise. Reads the UTF-8 once, without grapheme breaking.
    static func oneColumnScalarCount(_ text: String) -> Int? {
        text.utf8.withContiguousStorageIfAvailable(oneColumnScalarCount(in:)) ?? nil
    }

    /// ``oneColumnScalarCount(_:)`` of a text's UTF-8 `bytes`.
    private static func oneColumnScalarCount(in bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        var index = 0, count = 0
        while index < bytes.count {
            let lead = bytes[index]
            if lead < 0x80 {
                // ASCII: printable from space to tilde.
                guard lead >= 0x20 && lead < 0x7F else { return nil }
                index += 1
            } else {
                let (value, length) = scalar(in: bytes, at: index)
                guard CharacterWidth.isPrintableSingle(value: value) else { return nil }
                index += length
            }
            count += 1
        }
        return count
    }

    /// Writes `text` as `put(_:row:column:style:)` does when every scalar of it is a
    /// one-column grapheme of its own, one cell per scalar straight from its UTF-8, and
    /// returns its width; nil for any other text, which the grapheme path then writes whole.
    ///
    /// Checks and writes in one pass. Text that fails the check part way has written
    /// only the cells of its first scalars, one column each; each of those scalars starts
    /// a grapheme the grapheme path writes into the same column, so nothing is left over.
    mutating func putOneColumnScalars(_ text: String, row: Int, column: Int, style: Style,
                                      clippedTo visible: Range<Int>) -> Int? {
        let onScreen = row >= 0 && row < rows
        let start = max(visible.lowerBound, 0), end = min(visible.upperBound, columns)
        let first = row * columns
        return text.utf8.withContiguousStorageIfAvailable { bytes in
            cells.withUnsafeMutableBufferPointer { cells -> Int? in
                var index = 0, current = column
                while index < bytes.count {
                    let lead = bytes[index]
                    let length: Int
                    if lead < 0x80 {
                        guard lead >= 0x20 && lead < 0x7F else { return nil }
                        length = 1
                    } else {
                        let scalar = Self.scalar(in: bytes, at: index)
                        guard CharacterWidth.isPrintableSingle(value: scalar.value) else { return nil }
                        length = scalar.length
                    }
                    if onScreen, current >= start, current < end {
                        var packed = UInt64(lead)
                        for offset in 1..<length { packed |= UInt64(bytes[index + offset]) << (8 * offset) }
                        cells[first + current] = Cell(utf8: packed, count: length, style: style)
                    }
                    index += length
                    current += 1
                }
                return current - column
            }
        } ?? nil
    }

    /// The scalar whose UTF-8 starts at `index` of `bytes` (valid UTF-8, as a String's
    /// is), and how many bytes it takes.
    @inline(__always)
    private static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> (value: UInt32, length: Int) {
        let lead = UInt32(bytes[index])
        func next(_ offset: Int) -> UInt32 { UInt32(bytes[index + offset]) & 0x3F }
        switch lead {
        case ..<0x80: return (lead, 1)
        case ..<0xE0: return ((lead & 0x1F) << 6 | next(1), 2)
        case ..<0xF0: return ((lead & 0x0F) << 12 | next(1) << 6 | next(2), 3)
        default: return ((lead & 0x07) << 18 | next(1) << 12 | next(2) << 6 | next(3), 4)
        }
    }
}
