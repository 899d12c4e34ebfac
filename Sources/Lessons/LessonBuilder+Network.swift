import BackpropCore

extension LessonBuilder {
    /// Reads `[network]`: the inputs and every layer. Nil when the inputs are unusable.
    mutating func readNetwork() -> NetworkDraft? {
        let path = TOMLPath.root.appending("network")
        guard let entries = root["network"]?.tableEntries else { return nil }
        let inputNames = readInputs(entries["inputs"], at: path.appending("inputs"))
        let layers = readLayers(entries["layers"], at: path.appending("layers"), inputNames: inputNames)
        guard let inputNames, let layers else { return nil }
        return NetworkDraft(inputNames: inputNames, layers: layers)
    }

    // MARK: - Inputs

    /// Reads `inputs`: a count (names x1, x2, ...) or a list of names.
    private mutating func readInputs(_ node: TOMLNode?, at path: TOMLPath) -> [String]? {
        let limit = LessonLimits.maxLayerSize
        if let count = node?.integerValue {
            guard (1...limit).contains(count) else {
                report(path, "must be between 1 and \(limit), found \(count)")
                return nil
            }
            return (1...count).map { "x\($0)" }
        }
        guard let elements = node?.arrayElements else { return nil }
        let names = elements.compactMap(\.stringValue)
        guard names.count == elements.count else { return nil }
        if names.isEmpty {
            report(path, "needs at least one input")
            return nil
        }
        if names.count > limit {
            report(path, "at most \(limit) inputs, found \(names.count)")
        }
        var firstUse: [String: Int] = [:]
        let before = problems.count
        for (index, name) in names.enumerated() {
            let namePath = path.appending(index: index)
            if name.isEmpty {
                report(namePath, "input names must not be empty")
            } else if let problem = Self.nameLengthProblem(name, of: "input") {
                report(namePath, problem)
            } else if !Self.isIdentifier(name) {
                // Names go into formulas as Unicode, ASCII and LaTeX: keep them to characters all three can write.
                report(namePath, "input names use ASCII letters, digits and underscores, starting with a letter; found \"\(TOMLPath.escaped(name))\"")
            } else if Self.looksLikeParameterID(name) {
                report(namePath, "\"\(name)\" reads like a parameter id (w1, b1, ...); choose another input name")
            } else if let first = firstUse[name] {
                report(namePath, "input name \"\(name)\" is already used by \(path.appending(index: first))")
            } else {
                firstUse[name] = index
            }
        }
        return problems.count == before && names.count <= limit ? names : nil
    }

    /// The problem with a name longer than ``LessonLimits/maxNameLength``, or nil; `kind` is
    /// `input` or `layer`. The message shows the name's start only, so it stays one line.
    static func nameLengthProblem(_ name: String, of kind: String) -> String? {
        let limit = LessonLimits.maxNameLength
        guard name.unicodeScalars.count > limit else { return nil }
        let count = name.count
        guard count > limit else { return nil }
        return "\(kind) names are at most \(limit) characters, found \(count): \"\(TOMLPath.escaped(String(name.prefix(12))))…\""
    }

    /// Whether a name is an ASCII letter followed by ASCII letters, digits and underscores.
    static func isIdentifier(_ name: String) -> Bool {
        guard let first = name.unicodeScalars.first, first.isASCII, first.properties.isAlphabetic else { return false }
        return name.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "_") }
    }

    /// Whether a name is `w` or `b` followed by digits, the way parameter ids are written.
    static func looksLikeParameterID(_ name: String) -> Bool {
        guard let first = name.first, first == "w" || first == "b" else { return false }
        let digits = name.dropFirst()
        return !digits.isEmpty && digits.allSatisfy { $0.isASCII && $0.isNumber }
    }

    // MARK: - Layers

    /// Reads every `[[network.layers]]` table; nil when there are none or too many.
    private mutating func readLayers(_ node: TOMLNode?, at path: TOMLPath, inputNames: [String]?) -> [LayerDraft]? {
        guard let elements = node?.arrayElements else { return nil }
        let limit = LessonLimits.maxLayers
        if elements.isEmpty {
            report(path, "a network needs at least one layer")
            return nil
        }
        if elements.count > limit {
            report(path, "at most \(limit) layers, found \(elements.count)")
        }
        var layers: [LayerDraft] = []
        var firstUse: [String: Int] = [:]
        for (index, element) in elements.enumerated() {
            let layerPath = path.appending(index: index)
            guard let entries = element.tableEntries else {
                layers.append(LayerDraft())
                continue
            }
            let fanIn: Int? = index == 0 ? inputNames?.count : layers[index - 1].size
            var layer = readLayer(entries, at: layerPath, isLast: index == elements.count - 1, fanIn: fanIn,
                                  fanInSource: index == 0 ? "input"
                                      : "neuron of " + (layers[index - 1].name.map { "layer " + $0 } ?? "the layer before"))
            if let name = layer.name {
                if let first = firstUse[name] {
                    report(layerPath.appending("name"),
                           "layer name \"\(name)\" is already used by \(path.appending(index: first))")
                    layer.name = nil
                } else {
                    firstUse[name] = index
                }
            }
            if let name = layer.name, let size = layer.size, let inputNames,
               let clash = (1...size).map({ name + String($0) }).first(where: inputNames.contains) {
                report(layerPath.appending("name"), "neuron \(clash) would have the same name as input \(clash)")
                layer.name = nil
            }
            layers.append(layer)
        }
        return elements.count <= limit ? layers : nil
    }

    /// Reads one layer table.
    private mutating func readLayer(_ entries: [String: TOMLNode], at path: TOMLPath, isLast: Bool,
                                    fanIn: Int?, fanInSource: String) -> LayerDraft {
        var layer = LayerDraft()
        layer.name = readLayerName(entries["name"], at: path.appending("name"))
        if let size = entries["size"]?.integerValue {
            let limit = LessonLimits.maxLayerSize
            if (1...limit).contains(size) {
                layer.size = size
            } else {
                report(path.appending("size"), "must be between 1 and \(limit), found \(size)")
            }
        }
        layer.activation = readChoice(entries["activation"], at: path.appending("activation"), noun: "activation")
        if layer.activation == .softmax && !isLast {
            report(path.appending("activation"), "softmax is only allowed on the output layer (the last one)")
            layer.activation = nil
        }
        layer.initialization = readChoice(entries["init"], at: path.appending("init"), noun: "init")
        if entries["init"] != nil && entries["weights"] != nil {
            report(path.appending("init"), "init only applies to weights left out, but this layer gives weights; "
                   + "remove init or weights")
        }
        if let node = entries["weights"] {
            layer.weights = readWeights(node, at: path.appending("weights"), rows: layer.size, fanIn: fanIn,
                                        fanInSource: fanInSource)
        }
        if let biases = entries["biases"]?.finiteNumbers, let size = layer.size {
            if biases.count == size {
                layer.biases = biases
            } else {
                report(path.appending("biases"), "expected \(size) \(size == 1 ? "bias" : "biases"), found \(biases.count)")
            }
        }
        return layer
    }

    /// Checks a layer name: a letter, then letters and underscores, so `h` numbers its neurons `h1, h2, ...`.
    private mutating func readLayerName(_ node: TOMLNode?, at path: TOMLPath) -> String? {
        guard let name = node?.stringValue else { return nil }
        if let problem = Self.nameLengthProblem(name, of: "layer") {
            report(path, problem)
            return nil
        }
        let isLetter = { (c: Character) in c.isASCII && c.isLetter }
        guard let first = name.first, isLetter(first), name.allSatisfy({ isLetter($0) || $0 == "_" }) else {
            report(path, "layer names start with a letter and hold only letters and underscores "
                   + "(its neurons are name1, name2, ...), found \"\(TOMLPath.escaped(name))\"")
            return nil
        }
        if name == "w" || name == "b" {
            report(path, "layer name \"\(name)\" would name neurons \(name)1, \(name)2, ... like the parameters; "
                   + "choose another name")
            return nil
        }
        return name
    }

    /// Checks a weight matrix's shape: one row per neuron, one weight per input of the layer.
    private mutating func readWeights(_ node: TOMLNode, at path: TOMLPath, rows: Int?, fanIn: Int?,
                                      fanInSource: String) -> [[Double]]? {
        guard let rowNodes = node.arrayElements else { return nil }
        let matrix = rowNodes.compactMap(\.finiteNumbers)
        guard matrix.count == rowNodes.count else { return nil }
        var fits = rows != nil && fanIn != nil
        if let rows, matrix.count != rows {
            report(path, "expected \(rows) \(rows == 1 ? "row" : "rows"), found \(matrix.count)")
            fits = false
        }
        if let fanIn {
            for (index, row) in matrix.enumerated() where row.count != fanIn {
                report(path.appending(index: index),
                       "expected \(fanIn) \(fanIn == 1 ? "weight" : "weights") (one per \(fanInSource)), found \(row.count)")
                fits = false
            }
        }
        return fits ? matrix : nil
    }
}
