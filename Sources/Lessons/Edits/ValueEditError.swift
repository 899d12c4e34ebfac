/// Why an edit `NAME=VALUE` was refused: what is wrong, with the edit as it was written.
///
/// Its description is one line, `w9=1: unknown name w9; did you mean w8? ...`, so a command
/// line can print it after `--set` and the stepper's editor can show it in place.
public struct ValueEditError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong with an edit.
    public enum Problem: Sendable, Hashable {
        /// The text has no `=`.
        case missingEquals
        /// Nothing before the `=`.
        case missingName
        /// Nothing after the `=`.
        case missingValue
        /// No value of the lesson has this name; the closest known name, if one is close, and
        /// a summary of the names that can be edited.
        case unknownName(String, suggestion: String?, editable: String)
        /// The name means more than one value of this lesson (an input named like a target).
        case ambiguousName(String, meanings: [String])
        /// What follows `@` is not a sample number.
        case badSampleNumber(String)
        /// `@N` was given for a value that is not per sample (a parameter or η).
        case notPerSample(String)
        /// The sample number is not one of the lesson's samples (1-based).
        case sampleOutOfRange(Int, sampleCount: Int)
        /// The value is not a number.
        case notANumber(String)
        /// The value is a number but not a finite one (`inf`, `nan`, `1e999`).
        case notFinite(String)
        /// The value is a number the lesson cannot take, with the reason (η ≤ 0, a
        /// cross-entropy target outside the rules).
        case outOfRange(String)
        /// An edit made in code names a value the lesson does not have (an index out of range).
        case noSuchValue(String)
    }

    /// The edit as written (`w9=1`), or as an edit made in code reads (`w5=0.9`).
    public var edit: String
    /// What is wrong.
    public var problem: Problem

    /// Creates an error.
    public init(edit: String, problem: Problem) {
        self.edit = edit
        self.problem = problem
    }

    /// What is wrong, without the edit: `unknown name w9; did you mean w8? ...`.
    public var message: String {
        switch problem {
        case .missingEquals:
            return "expected NAME=VALUE, like w5=0.9, eta=1 or i1@2=0.3"
        case .missingName:
            return "missing the name before ="
        case .missingValue:
            return "missing the value after ="
        case let .unknownName(name, suggestion, editable):
            return "unknown name \(name)" + (suggestion.map { "; did you mean \($0)?" } ?? "")
                + " (this lesson can edit \(editable))"
        case let .ambiguousName(name, meanings):
            return "\(name) is ambiguous in this lesson: it names \(meanings.joined(separator: " and "))"
        case .badSampleNumber(let text):
            return "expected a sample number (1, 2, ...) after @, found \(text.isEmpty ? "nothing" : text)"
        case .notPerSample(let name):
            return "\(name) is the same for every sample; leave out the @"
        case let .sampleOutOfRange(sample, count):
            return sample < 1 ? "samples are numbered from 1, found @\(sample)"
                : "sample \(sample) does not exist: the lesson has \(count) sample\(count == 1 ? "" : "s")"
        case .notANumber(let text):
            return "\(text) is not a number"
        case .notFinite(let text):
            return "\(text) is not a finite number"
        case .outOfRange(let reason):
            return reason
        case .noSuchValue(let what):
            return "the lesson has no \(what)"
        }
    }

    /// The edit and what is wrong with it, on one line.
    public var description: String { edit + ": " + message }
}
