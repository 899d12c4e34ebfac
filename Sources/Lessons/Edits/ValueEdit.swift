/// One what-if change to a lesson: set an editable value to a number, written `NAME=VALUE`.
///
/// Names: a parameter id (`w5`, `b1`), the learning rate (`eta`, `η` or `learning_rate`),
/// an input by the lesson's input name (`i1`), or a target as `t_` and the output neuron's
/// name (`t_o1`). Inputs and targets belong to sample 1 unless `@N` names sample N
/// (1-based): `i1@2=0.3`. Values are decimal numbers (`0.9`, `-0.2`, `1e-3`; a leading
/// `−` as the screen writes it is read as a minus). The syntax is documented in
/// `docs/what-if-edits.md`.
///
/// Parsing checks the syntax and the name against a lesson; ``Lesson/applying(_:)`` checks
/// what the lesson can take (η > 0, the loss's rules for targets) and returns a new lesson.
public struct ValueEdit: Sendable, Hashable {
    /// The value to change.
    public var target: EditableValue
    /// Its new value.
    public var value: Double

    /// Creates an edit; ``Lesson/applying(_:)`` checks it.
    public init(target: EditableValue, value: Double) {
        self.target = target
        self.value = value
    }

    /// Parses `NAME=VALUE` for `lesson`, resolving the name to one of its values.
    ///
    /// The text is split at its first `=` (names never hold one), so in `w5=0.9=1` the
    /// value `0.9=1` is what is wrong. Spaces around the name and the value are ignored.
    public init(parsing text: String, in lesson: Lesson) throws(ValueEditError) {
        guard let equals = text.firstIndex(of: "=") else {
            throw ValueEditError(edit: text, problem: .missingEquals)
        }
        let name = Self.trimmed(text[..<equals])
        let valueText = Self.trimmed(text[text.index(after: equals)...])
        if name.isEmpty { throw ValueEditError(edit: text, problem: .missingName) }
        if valueText.isEmpty { throw ValueEditError(edit: text, problem: .missingValue) }
        let target = try ValueName.resolve(name, in: lesson, edit: text)
        self.init(target: target, value: try Self.number(valueText, edit: text))
    }

    /// Parses just the number for a value already chosen (the stepper's editor: select, type, Enter).
    ///
    /// An error reads as the whole edit would: `w5=abc: abc is not a number`.
    public init(target: EditableValue, parsingValue text: String, in lesson: Lesson) throws(ValueEditError) {
        let valueText = Self.trimmed(Substring(text))
        let edit = (target.exists(in: lesson) ? target.name(in: lesson) : "?") + "=" + text
        if valueText.isEmpty { throw ValueEditError(edit: edit, problem: .missingValue) }
        self.init(target: target, value: try Self.number(valueText, edit: edit))
    }

    /// The edit as `NAME=VALUE` for `lesson` (the value in Swift's shortest exact form).
    public func text(in lesson: Lesson) -> String {
        (target.exists(in: lesson) ? target.name(in: lesson) : "?") + "=" + String(value)
    }

    /// A decimal number, with `−` (U+2212) read as a minus; refuses text that is not a
    /// number and numbers that are not finite.
    static func number(_ text: String, edit: String) throws(ValueEditError) -> Double {
        var ascii = text
        if ascii.hasPrefix("−") { ascii = "-" + ascii.dropFirst() }
        let looksDecimal = ascii.unicodeScalars.allSatisfy { "0123456789.eE+-".unicodeScalars.contains($0) }
        if let value = Double(ascii), looksDecimal || !value.isFinite {
            if !value.isFinite { throw ValueEditError(edit: edit, problem: .notFinite(text)) }
            return value
        }
        throw ValueEditError(edit: edit, problem: .notANumber(text))
    }

    /// The text without spaces or tabs at either end.
    static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
