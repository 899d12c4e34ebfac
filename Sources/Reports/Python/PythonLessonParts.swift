import BackpropCore
import BackpropNotation
import Lessons

/// What the NumPy and PyTorch exports share: the lesson's data and θ₀ written out, the
/// values the core computed in the first update to check against, the check itself and the
/// final JSON line.
///
/// Every number is the core's: θ₀ and the data from the lesson, the expected values from
/// the trace of its first update (``LayerMatrices``), written with every digit.
struct PythonLessonParts {
    /// The lesson, with any what-if edits already applied.
    let lesson: Lesson
    /// How many updates the script makes.
    let iterations: Int
    /// The first update's trace: what the script checks.
    let firstUpdate: IterationTrace
    /// The first update's layers as matrices, samples as columns.
    let layers: [LayerMatrices]

    /// How the names in the checks and comments are written.
    static let notation = Notation(style: .unicode)

    /// The parts of a script making `iterations` updates of `lesson`.
    init(lesson: Lesson, iterations: Int) {
        precondition(iterations >= 1, "a script makes at least one update")
        self.lesson = lesson
        self.iterations = iterations
        var trainer = lesson.trainer
        firstUpdate = trainer.tracedStep()
        layers = LayerMatrices.all(trace: firstUpdate, architecture: lesson.network.architecture,
                                   samples: lesson.samples)
    }

    /// The lesson's architecture.
    var architecture: Architecture { lesson.network.architecture }
    /// Whether an update uses every sample.
    var isFullBatch: Bool { lesson.options.batch == .full }
    /// `L` for a full batch, `l` for one sample: what the gradients are of.
    var lossSymbol: String { isFullBatch ? "L" : "l" }
    /// The last layer's activation.
    var outputActivation: Activation { architecture.layers[architecture.outputLayer].activation }

    /// `W⁽²⁾`: a symbol with a 1-based layer number.
    func layered(_ symbol: String, _ layer: Int) -> String { Self.notation.layered(symbol, layer: layer + 1) }

    /// The Python name of layer `layer`'s module or values: `layer_h`.
    func pythonName(ofLayer layer: Int) -> String { "layer_" + architecture.layers[layer].name }

    // MARK: - The top of the script

    /// The module docstring: title, summary, the formulas in the layer view's notation, and
    /// what running the script does.
    func docstring(tool: String, command: String, samplesAs: String) -> String {
        let gradients = isFullBatch
            ? (lesson.options.reduction == .mean
                ? "∂L/∂W⁽ˡ⁾ = (1/N) Σₙ δ⁽ˡ⁾ⁿ(a⁽ˡ⁻¹⁾ⁿ)ᵀ,  ∂L/∂b⁽ˡ⁾ = (1/N) Σₙ δ⁽ˡ⁾ⁿ   (L = (1/N) Σₙ lⁿ)"
                : "∂L/∂W⁽ˡ⁾ = Σₙ δ⁽ˡ⁾ⁿ(a⁽ˡ⁻¹⁾ⁿ)ᵀ,  ∂L/∂b⁽ˡ⁾ = Σₙ δ⁽ˡ⁾ⁿ   (L = Σₙ lⁿ)")
            : "∂l/∂W⁽ˡ⁾ = δ⁽ˡ⁾(a⁽ˡ⁻¹⁾)ᵀ,  ∂l/∂b⁽ˡ⁾ = δ⁽ˡ⁾"
        var lines = [lesson.title + ": the lesson in " + tool + ", written by `backprop export --format " + command + "`."]
        if let summary = lesson.summary { lines += ["", summary] }
        lines += [
            "",
            "Layer by layer, in the notation of backprop's layer view (layer l = 1..L, a⁽⁰⁾ = x, a⁽ᴸ⁾ = y):",
            "    z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾,  a⁽ˡ⁾ = σ(z⁽ˡ⁾)                 forward",
            "    δ⁽ˡ⁾ = ∂l/∂z⁽ˡ⁾ = σ'(z⁽ˡ⁾) ⊙ (W⁽ˡ⁺¹⁾)ᵀδ⁽ˡ⁺¹⁾              backward",
            "    " + gradients,
            "    W⁽ˡ⁾ ← W⁽ˡ⁾ − η∂" + lossSymbol + "/∂W⁽ˡ⁾,  b⁽ˡ⁾ ← b⁽ˡ⁾ − η∂" + lossSymbol + "/∂b⁽ˡ⁾"
                + (lesson.options.updateBiases ? "" : " (this lesson keeps its biases fixed)"),
            samplesAs,
            "",
            "Running it checks every z, a, ∂l/∂z, gradient and new parameter of the first update",
            "against the values backprop computed (written out below) to 1e-9, prints them side by",
            "side, makes the lesson's \(iterations == 1 ? "update" : NumberFormat.grouped(iterations) + " updates"),"
                + " and ends with one line of JSON: every parameter after the last update.",
        ]
        return "#!/usr/bin/env python3\n\"\"\"" + lines.joined(separator: "\n")
            .replacing("\\", with: "\\\\").replacing("\"\"\"", with: "'''") + "\n\"\"\"\n"
    }

    /// The lesson's network in words, one comment line per layer: `# Layer 1, h: 2 sigmoid neurons fed by i1, i2.`
    func layerComment(_ layer: Int) -> String {
        let shape = architecture.layers[layer]
        let sources = (0..<architecture.fanIn(layer)).map { architecture.sourceName(layer: layer, input: $0) }
        let role = layer == architecture.outputLayer ? " (the output layer)" : ""
        return "# Layer \(layer + 1), \(shape.name)\(role): \(shape.size) \(shape.activation.name) "
            + (shape.size == 1 ? "neuron" : "neurons") + " fed by " + sources.joined(separator: ", ") + "."
    }

    /// W⁽ˡ⁾ of θ₀ as rows on lines, each row commented with its neuron and weight names.
    func weightRows(_ layer: Int, indent: String) -> String {
        let comments = (0..<architecture.layers[layer].size).map { neuron in
            architecture.neuronName(layer: layer, neuron: neuron) + ": "
                + (0..<architecture.fanIn(layer)).map { input in
                    let index = architecture.weightIndex(layer: layer, neuron: neuron, input: input)
                    return architecture.parameter(at: index).id + " (from " + architecture.sourceName(layer: layer, input: input) + ")"
                }.joined(separator: ", ")
        }
        return PythonText.rowsOnLines(layers[layer].weights.rowArrays, comments: comments, indent: indent)
    }

    /// b⁽ˡ⁾ of θ₀ as a flat list literal.
    func biasList(_ layer: Int) -> String { PythonText.list(layers[layer].biases.entries) }

    /// The names of layer `layer`'s biases: `b1 (h1), b2 (h2)`.
    func biasNames(_ layer: Int) -> String {
        (0..<architecture.layers[layer].size).map { neuron in
            architecture.parameter(at: architecture.biasIndex(layer: layer, neuron: neuron)).id
                + " (" + architecture.neuronName(layer: layer, neuron: neuron) + ")"
        }.joined(separator: ", ")
    }

    /// The inputs of every sample, one row per sample, commented with their number.
    func inputRows(indent: String) -> String {
        PythonText.rowsOnLines(lesson.samples.map(\.inputs), comments: sampleComments, indent: indent)
    }

    /// The targets of every sample, one row per sample.
    func targetRows(indent: String) -> String {
        PythonText.rowsOnLines(lesson.samples.map(\.targets), comments: sampleComments, indent: indent)
    }

    /// `sample 1`, `sample 2`, ...: the comments of the data rows (none for a long data set).
    var sampleComments: [String] {
        lesson.samples.count > 20 ? lesson.samples.map { _ in "" } : lesson.samples.indices.map { "sample \($0 + 1)" }
    }

    /// The names of the inputs: `i1, i2`.
    var inputNames: String { architecture.inputNames.joined(separator: ", ") }
    /// The names of the outputs: `o1, o2`.
    var outputNames: String {
        (0..<architecture.outputCount).map { architecture.neuronName(layer: architecture.outputLayer, neuron: $0) }
            .joined(separator: ", ")
    }

    // MARK: - The checks

    /// Which samples the first update used: `sample 1`, or `samples 1–2 (a full batch)`.
    var firstUpdateSamples: String {
        let used = firstUpdate.samples.map(\.sample)
        if used.count == 1 { return "sample \(used[0] + 1)" }
        return "samples \(used[0] + 1)–\(used[used.count - 1] + 1) (a full batch)"
    }

    /// The Python dict `BACKPROP` of every value of the first update, with the samples as
    /// columns (NumPy) or as rows (PyTorch), and the names the checks print.
    func expectedValues(samplesAsColumns: Bool) -> String {
        var entries: [(String, String)] = [(lossSymbol, PythonText.number(firstUpdate.loss))]
        func perSample(_ matrix: Matrix) -> String { PythonText.rows(samplesAsColumns ? matrix : matrix.transposed) }
        for (index, layer) in layers.enumerated() {
            entries.append((layered("z", index), perSample(layer.sums)))
            entries.append((layered("a", index), perSample(layer.activations)))
            entries.append(("∂l/∂" + layered("z", index), perSample(layer.sumGradients)))
        }
        for (index, layer) in layers.enumerated() {
            entries.append(("∂\(lossSymbol)/∂" + layered("W", index), PythonText.rows(layer.weightGradients)))
            entries.append(("∂\(lossSymbol)/∂" + layered("b", index), PythonText.list(layer.biasGradients.entries)))
        }
        for (index, layer) in layers.enumerated() {
            entries.append((layered("W", index) + " new", PythonText.rows(layer.newWeights)))
            entries.append((layered("b", index) + " new", PythonText.list(layer.newBiases.entries)))
        }
        let orientation = samplesAsColumns ? "column n is the update's sample n" : "row n is the update's sample n"
        var out = "# What backprop computed in update 1 (\(firstUpdateSamples)), every digit; for z, a and ∂l/∂z \(orientation).\n"
        out += "BACKPROP = {\n"
        for (name, value) in entries { out += "    \"\(name)\": \(value),\n" }
        return out + "}\n"
    }

    /// The Python `check` function and its tolerance.
    static let checkFunction = #"""
        TOLERANCE = 1e-9  # |ours − backprop's| ≤ 1e-9, relative for values above 1


        def flat(values):
            """The numbers of a nested list, in order."""
            if isinstance(values, list):
                return [x for v in values for x in flat(v)]
            return [float(values)]


        def check(name, computed):
            """Prints `computed` beside backprop's value of `name` and asserts that they agree."""
            ours, theirs = flat(computed), flat(BACKPROP[name])
            assert len(ours) == len(theirs), f"{name}: {len(ours)} values, backprop has {len(theirs)}"
            difference = max(abs(x - y) / max(1.0, abs(y)) for x, y in zip(ours, theirs))
            print(f"  {name:<10} {', '.join(f'{x:.9g}' for x in ours)}   (difference {difference:.1e})")
            assert difference <= TOLERANCE, f"{name} differs from backprop's {theirs} by {difference:.1e}"

        """#

    /// The heading the scripts print before their checks.
    var checkHeading: String {
        "print(\"Update 1 (\(firstUpdateSamples)): this script's values, each checked against backprop's to 1e-9\")\n"
    }

    /// The Python line that prints the parameters as JSON, given an expression for the list of
    /// weights in θ order and one for the biases.
    static func jsonLine(weights: String, biases: String) -> String {
        """
        # Every parameter after the last update, with backprop's names: w1, w2, ... are W⁽¹⁾ row by row,
        # then W⁽²⁾, ...; b1, b2, ... the biases layer by layer.
        weights = \(weights)
        biases = \(biases)
        parameters = {f"w{i}": x for i, x in enumerate(weights, 1)}
        parameters.update({f"b{i}": x for i, x in enumerate(biases, 1)})
        print(json.dumps({"parameters": parameters}))

        """
    }
}
