import BackpropCore

/// Resolves the name in an edit (`w5`, `eta`, `i1@2`, `t_o1`) to a value of a lesson.
enum ValueName {
    /// The value `name` means in `lesson`, or why it means none or more than one.
    static func resolve(_ name: String, in lesson: Lesson, edit: String) throws(ValueEditError) -> EditableValue {
        var base = name
        var sample: Int?
        if let at = name.lastIndex(of: "@") {
            base = String(name[..<at])
            let number = String(name[name.index(after: at)...])
            guard !number.isEmpty, number.allSatisfy({ $0.isASCII && $0.isNumber }) else {
                throw ValueEditError(edit: edit, problem: .badSampleNumber(number))
            }
            sample = Int(number) ?? Int.max
            if base.isEmpty { throw ValueEditError(edit: edit, problem: .missingName) }
        }
        let meanings = self.meanings(of: base, in: lesson)
        guard let meaning = meanings.first else {
            let suggestion = NameSuggestion.nearest(to: base, among: candidates(in: lesson))
            throw ValueEditError(edit: edit, problem: .unknownName(base, suggestion: suggestion,
                                                                   editable: summary(of: lesson)))
        }
        if meanings.count > 1 {
            throw ValueEditError(edit: edit, problem: .ambiguousName(base, meanings: meanings.map(describe)))
        }
        guard meaning.sample != nil else {
            if sample != nil { throw ValueEditError(edit: edit, problem: .notPerSample(base)) }
            return meaning
        }
        let number = sample ?? 1
        guard number >= 1, number <= lesson.samples.count else {
            throw ValueEditError(edit: edit, problem: .sampleOutOfRange(number, sampleCount: lesson.samples.count))
        }
        switch meaning {
        case .input(_, let i): return .input(sample: number - 1, index: i)
        case .target(_, let j): return .target(sample: number - 1, index: j)
        case .parameter, .learningRate: return meaning
        }
    }

    /// Every value `name` can mean (sample 0 for inputs and targets); more than one is ambiguous.
    static func meanings(of name: String, in lesson: Lesson) -> [EditableValue] {
        let architecture = lesson.network.architecture
        var meanings: [EditableValue] = []
        if let parameter = architecture.parameter(id: name) { meanings.append(.parameter(parameter.index)) }
        if EditableValue.learningRateNames.contains(name) { meanings.append(.learningRate) }
        if let i = architecture.inputNames.firstIndex(of: name) { meanings.append(.input(sample: 0, index: i)) }
        if name.hasPrefix(EditableValue.targetPrefix),
           let neuron = architecture.neuron(named: String(name.dropFirst(EditableValue.targetPrefix.count))),
           neuron.layer == architecture.outputLayer {
            meanings.append(.target(sample: 0, index: neuron.neuron))
        }
        return meanings
    }

    /// Every name an edit may use, for suggestions.
    static func candidates(in lesson: Lesson) -> [String] {
        let architecture = lesson.network.architecture
        return architecture.parameters.map(\.id) + EditableValue.learningRateNames + architecture.inputNames
            + (0..<architecture.outputCount).map { EditableValue.target(sample: 0, index: $0).name(in: lesson) }
    }

    /// The editable names of a lesson in a few words: `w1…w8, b1…b4, eta, inputs i1, i2, ...`.
    static func summary(of lesson: Lesson) -> String {
        let architecture = lesson.network.architecture
        func range(_ letter: String, _ count: Int) -> String { count == 1 ? "\(letter)1" : "\(letter)1…\(letter)\(count)" }
        let targets = (0..<architecture.outputCount).map { EditableValue.target(sample: 0, index: $0).name(in: lesson) }
        let count = lesson.samples.count
        return "\(range("w", architecture.weightCount)), \(range("b", architecture.biasCount)), eta, "
            + "inputs \(architecture.inputNames.joined(separator: ", ")), targets \(targets.joined(separator: ", "))"
            + (count == 1 ? "" : ", with @N for sample N of 1…\(count)")
    }

    /// What a meaning is, for an ambiguity message: `the learning rate`, `input eta`.
    static func describe(_ value: EditableValue) -> String {
        switch value {
        case .parameter: return "a parameter"
        case .learningRate: return "the learning rate"
        case .input: return "an input"
        case .target: return "a target"
        }
    }
}
