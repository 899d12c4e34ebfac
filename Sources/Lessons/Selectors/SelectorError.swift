import BackpropCore

/// Why a step or value selector could not be read, or names nothing in a timeline.
///
/// The message is one line that quotes the selector and says what is wrong, ready to be
/// shown after a key path: `"forward h9" names no step: the network has neurons h1, h2, o1, o2`.
public struct SelectorError: Error, Sendable, Hashable, CustomStringConvertible {
    /// What is wrong, quoting the selector.
    public var message: String

    /// Creates an error with its message.
    public init(_ message: String) { self.message = message }

    /// The message.
    public var description: String { message }

    /// `"text" names no step: reason`.
    static func noStep(_ text: String, _ reason: String) -> SelectorError {
        SelectorError("\"\(text)\" names no step: \(reason)")
    }

    /// `"text" names no value: reason`.
    static func noValue(_ text: String, _ reason: String) -> SelectorError {
        SelectorError("\"\(text)\" names no value: \(reason)")
    }
}

/// Why a selector's words or names do not work, without the selector: the part of a
/// message after `"text": ` or `"text" names no step: `.
struct SelectorReason: Error, Sendable, Hashable {
    /// The reason.
    var text: String

    /// Creates a reason.
    init(_ text: String) { self.text = text }
}

extension Architecture {
    /// The neuron names for a message: `h1, h2, o1, o2`.
    var neuronList: String { neuronNames.joined(separator: ", ") }

    /// A short list of parameter ids for a message: `w1 … w8, b1 … b4` (biases only when wanted).
    func parameterList(includingBiases: Bool) -> String {
        func span(_ letter: String, _ count: Int) -> String {
            switch count {
            case 1: return letter + "1"
            case 2: return "\(letter)1, \(letter)2"
            default: return "\(letter)1 … \(letter)\(count)"
            }
        }
        return includingBiases ? span("w", weightCount) + ", " + span("b", biasCount) : span("w", weightCount)
    }

    /// The flat index of the neuron named `name`, if there is one.
    func neuronFlatIndex(named name: String) -> Int? {
        neuron(named: name).map { neuronIndex(layer: $0.layer, neuron: $0.neuron) }
    }
}
