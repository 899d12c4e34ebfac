import BackpropCore

/// Reads selector text by the grammar of ``StepSelector`` and ``ValueSelector``: one walker
/// over the words, left to right, with a method per rule (`selector`, `target` and `value`,
/// as those types write them), yielding either kind of selector.
///
/// Both selectors are read through ``parse(_:empty:_:)``, which splits the text into words,
/// refuses text without any, and quotes the text before the reason a rule gives, so a value
/// read inside a step selector and one read alone are worded alike.
struct SelectorGrammar {
    /// The words not read yet.
    private var rest: ArraySlice<String>

    /// Reads `text` by `rule`: throws `empty` for text without words, and `"text": reason`
    /// for a reason the rule gives.
    static func parse<Selector>(
        _ text: String, empty: String, _ rule: (inout SelectorGrammar) throws(SelectorReason) -> Selector
    ) throws(SelectorError) -> Selector {
        let words = text.split(whereSeparator: { $0 == " " || $0 == "\t" || $0 == "\n" || $0 == "\r" })
        guard !words.isEmpty else { throw SelectorError(empty) }
        var grammar = SelectorGrammar(rest: ArraySlice(words.map(String.init)))
        do throws(SelectorReason) {
            return try rule(&grammar)
        } catch {
            throw SelectorError("\"\(text)\": \(error.text)")
        }
    }

    /// `selector := [iteration N] [sample N] target`, where `sample` only goes with a
    /// sample's own steps.
    mutating func stepSelector() throws(SelectorReason) -> StepSelector {
        var iteration: Int?, sample: Int?
        while let word = rest.first, word == "iteration" || word == "sample" {
            rest.removeFirst()
            guard let number = rest.popFirst() else { throw SelectorReason("expected a number after \(word)") }
            let value = try Self.positiveNumber(number, after: word)
            if word == "iteration" {
                guard iteration == nil else { throw SelectorReason("iteration is given twice") }
                iteration = value
            } else {
                guard sample == nil else { throw SelectorReason("sample is given twice") }
                sample = value
            }
        }
        let target = try stepTarget()
        if sample != nil {
            switch target {
            case .loss, .forward, .backward: break
            case .value(let value) where value.kind.namesNeuron: break
            default:
                throw SelectorReason("sample only goes with forward, loss, backward and the values of a neuron "
                                     + "(the other steps belong to the whole update)")
            }
        }
        return StepSelector(iteration: iteration, sample: sample, target: target)
    }

    /// `target`: the steps a step selector names, a value's step among them.
    mutating func stepTarget() throws(SelectorReason) -> StepSelector.Target {
        guard let head = rest.first else {
            throw SelectorReason("expected a step after the numbers: \(StepSelector.targetWords)")
        }
        switch head {
        case "start", "end", "loss":
            rest.removeFirst()
            try expectEnd(after: [head])
            return head == "start" ? .start : head == "end" ? .end : .loss
        case "total":
            rest.removeFirst()
            guard rest.popFirst() == "loss" else { throw SelectorReason("expected \"total loss\"") }
            try expectEnd(after: ["total", "loss"])
            return .totalLoss
        case "forward", "backward", "gradient", "gradients", "update", "updates":
            rest.removeFirst()
            let name = rest.popFirst()
            try expectEnd(after: [head] + (name.map { [$0] } ?? []))
            switch head {
            case "forward": return .forward(name)
            case "backward": return .backward(name)
            case "gradient", "gradients": return .gradient(name)
            default: return .update(name)
            }
        case _ where ValueSelector.Kind(rawValue: head) != nil:
            return .value(try valueSelector())
        default:
            throw SelectorReason("unknown step \"\(head)\"; a selector is [iteration N] [sample N] then one of: "
                                 + StepSelector.targetWords)
        }
    }

    /// `value`: one value a step computes. Reads at least one word, which ``parse(_:empty:_:)``
    /// and ``stepTarget()`` make sure of.
    mutating func valueSelector() throws(SelectorReason) -> ValueSelector {
        let head = rest.removeFirst()
        if head == "loss" || (head == "total" && rest.first == "loss") {
            if head == "total" { rest.removeFirst() }
            try expectEnd(after: head == "loss" ? ["loss"] : ["total", "loss"])
            return ValueSelector(kind: head == "loss" ? .loss : .totalLoss, name: nil)
        }
        guard let kind = ValueSelector.Kind(rawValue: head), kind != .loss, kind != .totalLoss else {
            throw SelectorReason("unknown value \"\(head)\"; allowed: z, a, y, dl_da, dl_dy, dl_dz (then a neuron), "
                                 + "dl_dw, dl_db, grad, new (then a parameter), loss, total loss")
        }
        guard let name = rest.popFirst() else {
            throw SelectorReason("expected \(kind.namesNeuron ? "a neuron" : "a parameter") after \(head)")
        }
        try expectEnd(after: [head, name])
        return ValueSelector(kind: kind, name: name)
    }

    /// Refuses a word after `read`, the words of a rule that takes no more.
    func expectEnd(after read: [String]) throws(SelectorReason) {
        if let extra = rest.first {
            throw SelectorReason("unexpected \"\(extra)\" after \"\(read.joined(separator: " "))\"")
        }
    }

    /// A 1-based count written in decimal digits.
    static func positiveNumber(_ word: String, after keyword: String) throws(SelectorReason) -> Int {
        guard word.allSatisfy({ $0.isASCII && $0.isNumber }), let value = Int(word) else {
            throw SelectorReason("expected a number after \(keyword), found \"\(word)\"")
        }
        guard value >= 1 else { throw SelectorReason("\(keyword) numbers start at 1, found \(value)") }
        return value
    }
}
