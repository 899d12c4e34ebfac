/// One position of a `Screen`: a single-column grapheme and its style.
///
/// The grapheme is kept as its UTF-8 bytes inside the cell (up to 15 bytes: a character
/// and several combining marks; a longer cluster is kept as `?`), so a cell holds no
/// reference and screens are made, copied and compared at the speed of plain memory.
/// Two cells are equal when their bytes and styles are; `character` gives the grapheme back.
public struct Cell: Hashable, Sendable {
    /// The grapheme's UTF-8 bytes, least significant byte first, in `low` then `high`; the
    /// top byte of `high` holds the byte count.
    private var low: UInt64
    private var high: UInt64
    /// How it is drawn.
    public var style: Style

    /// The most UTF-8 bytes a cell keeps.
    static let capacity = 15

    /// Creates a cell.
    public init(_ character: Character = " ", style: Style = .normal) {
        (low, high) = Self.pack(character)
        self.style = style
    }

    /// A cell holding the grapheme whose `count` UTF-8 bytes are packed in `utf8`, least
    /// significant byte first (`count` at most 8).
    init(utf8: UInt64, count: Int, style: Style) {
        low = utf8
        high = UInt64(count) << 56
        self.style = style
    }

    /// The grapheme shown, always one column wide (combining marks included).
    public var character: Character {
        get {
            if count == 1 { return Character(Unicode.Scalar(UInt8(truncatingIfNeeded: low))) }
            return withUTF8 { String(decoding: $0, as: UTF8.self).first ?? " " }
        }
        set { (low, high) = Self.pack(newValue) }
    }

    /// The number of UTF-8 bytes of the grapheme.
    var count: Int { Int(high >> 56) }

    /// Calls `body` with the grapheme's UTF-8 bytes.
    func withUTF8<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        withUnsafeBytes(of: (low.littleEndian, high.littleEndian)) { raw in
            body(UnsafeBufferPointer(start: raw.baseAddress!.assumingMemoryBound(to: UInt8.self), count: count))
        }
    }

    /// Appends the grapheme's UTF-8 bytes to `bytes`.
    func appendUTF8(to bytes: inout [UInt8]) {
        if count == 1 {
            bytes.append(UInt8(truncatingIfNeeded: low))
        } else {
            withUTF8 { bytes.append(contentsOf: $0) }
        }
    }

    /// Whether the grapheme is a plain space.
    var isSpace: Bool { count == 1 && UInt8(truncatingIfNeeded: low) == 0x20 }

    /// `character`'s UTF-8 bytes packed into two words, with the count in the top byte.
    private static func pack(_ character: Character) -> (UInt64, UInt64) {
        var text = String(character)
        return text.withUTF8 { bytes in
            guard bytes.count <= capacity else { return pack("?") }
            var low: UInt64 = 0, high: UInt64 = 0
            for (count, byte) in bytes.enumerated() {
                if count < 8 {
                    low |= UInt64(byte) << (8 * count)
                } else {
                    high |= UInt64(byte) << (8 * (count - 8))
                }
            }
            return (low, high | UInt64(bytes.count) << 56)
        }
    }

    /// A space in the normal style.
    public static let blank = Cell()
}
