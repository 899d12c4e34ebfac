/// Reads a number a student typed, strictly: a decimal number and nothing else.
///
/// Accepted: an optional sign (`+`, `-`, or the Unicode minus `−`), digits with an optional
/// decimal point (`0.5`, `.5`, `5.`), and an optional exponent (`1e-3`, `2.5E4`, `1e−3`),
/// with spaces around it. Refused: the empty text, `nan`, `inf`, hexadecimal, a decimal
/// comma, thousands separators, and anything that overflows a double.
public enum TypedNumber {
    /// A number as typed: its value and how precisely it was written.
    public struct Reading: Sendable, Hashable {
        /// The number.
        public let value: Double
        /// The decimal places written, counting the exponent: 2 for `0.75`, 0 for `12`,
        /// 3 for `7.5e-2`, −2 for `3e2`.
        public let decimals: Int
        /// The significant digits written: 2 for `0.75` and `0.0031`, 0 for `0`.
        public let significantDigits: Int

        /// Creates a reading.
        public init(value: Double, decimals: Int, significantDigits: Int) {
            self.value = value
            self.decimals = decimals
            self.significantDigits = significantDigits
        }

        /// Half a unit in the last decimal place written (0.005 for `0.75`).
        public var halfUnit: Double { Double("5e\(-decimals - 1)") ?? 0 }
    }

    /// The number with its precision, or a message saying what is wrong with the text.
    public static func read(_ text: String) -> Result<Reading, TypedNumberError> {
        parse(text).map { value in
            let body = String(Substring(text).drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace)
                .reversed()).replacingMinusSigns()
            let parts = body.split(separator: "e", maxSplits: 1, omittingEmptySubsequences: false)
                .flatMap { $0.split(separator: "E", maxSplits: 1, omittingEmptySubsequences: false) }
            let mantissa = parts[0].filter { $0 != "+" && $0 != "-" }
            let exponent = parts.count > 1 ? Int(parts[1].filter { $0 != "+" }) ?? 0 : 0
            let fraction = mantissa.split(separator: ".", omittingEmptySubsequences: false)
            let places = fraction.count > 1 ? fraction[1].count : 0
            let digits = mantissa.filter { $0 != "." }.drop { $0 == "0" }
            return Reading(value: value, decimals: places - exponent, significantDigits: digits.count)
        }
    }

    /// The number, or a message saying what is wrong with the text.
    public static func parse(_ text: String) -> Result<Double, TypedNumberError> {
        let trimmed = Substring(text).drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace)
        let body = String(trimmed.reversed()).replacingMinusSigns()
        let example = "type a decimal number such as 0.25, -1.5 or 3e-4"
        guard !body.isEmpty else { return .failure(TypedNumberError("nothing typed; " + example)) }
        guard isDecimal(body) else {
            if body.contains("," as Character) && isDecimal(body.replacingAll(",", with: ".")) {
                return .failure(TypedNumberError("\"\(text)\": use a point for decimals, not a comma"))
            }
            return .failure(TypedNumberError("\"\(text)\" is not a number; " + example))
        }
        guard let value = Double(body), value.isFinite else {
            return .failure(TypedNumberError("\"\(text)\" is too large to be an answer"))
        }
        return .success(value)
    }

    /// Whether the ASCII text is sign? (digits [. digits?] | . digits) ([eE] sign? digits)?.
    static func isDecimal(_ text: String) -> Bool {
        var bytes = Array(text.utf8)[...]
        func isDigit(_ b: UInt8) -> Bool { b >= UInt8(ascii: "0") && b <= UInt8(ascii: "9") }
        func digits() -> Int {
            let count = bytes.prefix(while: isDigit).count
            bytes = bytes.dropFirst(count)
            return count
        }
        if let first = bytes.first, first == UInt8(ascii: "+") || first == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
        var mantissa = digits()
        if bytes.first == UInt8(ascii: ".") {
            bytes = bytes.dropFirst()
            mantissa += digits()
        }
        guard mantissa > 0 else { return false }
        if let e = bytes.first, e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            bytes = bytes.dropFirst()
            if let sign = bytes.first, sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-") { bytes = bytes.dropFirst() }
            guard digits() > 0 else { return false }
        }
        return bytes.isEmpty
    }
}

/// Why typed text is not a number: a message to show the student.
public struct TypedNumberError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong and what to type instead.
    public var message: String

    /// Creates an error with its message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }
}

extension String {
    /// The text with every Unicode minus sign (U+2212) written as an ASCII hyphen-minus.
    func replacingMinusSigns() -> String { replacingAll("\u{2212}", with: "-") }

    /// The text with every occurrence of one character replaced by another string.
    func replacingAll(_ character: Character, with replacement: String) -> String {
        var result = ""
        for c in self { if c == character { result += replacement } else { result.append(c) } }
        return result
    }
}
