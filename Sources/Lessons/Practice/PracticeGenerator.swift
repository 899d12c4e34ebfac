import BackpropCore

/// Makes a practice exercise: a small network with numbers worked easily by hand, written
/// as a lesson file with a quiz on every value of one update, in order.
///
/// Inputs, weights, biases and targets have at most two decimals, η is one of a few round
/// values. Draws that make a poor exercise are drawn again from the same generator, so a
/// seed always gives the same problem: a saturated sigmoid or tanh (|z| > 3), a dead ReLU
/// (z ≤ 0), or a gradient that would read 0 to 4 decimal places.
public enum PracticeGenerator {
    /// The values each kind of number is drawn from.
    static let inputs = [-1, -0.5, 0.5, 1, 1.5, 2.0]
    static let weights = [-1, -0.75, -0.5, -0.25, 0.25, 0.5, 0.75, 1.0]
    static let biases = [-0.5, -0.25, 0, 0.25, 0.5]
    static let squaredTargets = [0, 0.25, 0.75, 1.0]
    static let rates = [0.1, 0.25, 0.5, 1.0]
    /// How many draws are tried before giving up.
    static let attempts = 2000

    /// The exercise for `spec` as lesson text (valid for `backprop check`) and as the lesson.
    public static func exercise(_ spec: PracticeSpec) throws(PracticeError) -> (text: String, lesson: Lesson) {
        var random = SplitMix64(seed: spec.seed)
        for _ in 0..<attempts {
            let draw = Draw(spec: spec, random: &random)
            let text = lessonText(spec, draw)
            guard let lesson = try? LessonLoader.parse(text, fileName: "practice-\(spec.shapeName).toml") else { continue }
            if isWorkable(lesson, spec: spec) { return (text, lesson) }
        }
        throw PracticeError("no workable problem found for \(spec.shapeName) with \(spec.activation.name) and "
                            + "\(spec.loss.name) from seed \(spec.seed); try another seed")
    }

    /// One draw of every number of the exercise.
    struct Draw {
        var inputs: [Double] = []
        var targets: [Double] = []
        var weights: [[[Double]]] = []
        var biases: [[Double]] = []
        var learningRate = 0.5

        init(spec: PracticeSpec, random: inout SplitMix64) {
            func pick(_ values: [Double]) -> Double { values[Int(random.next() % UInt64(values.count))] }
            inputs = (0..<spec.shape[0]).map { _ in pick(PracticeGenerator.inputs) }
            for layer in 1..<spec.shape.count {
                weights.append((0..<spec.shape[layer]).map { _ in
                    (0..<spec.shape[layer - 1]).map { _ in pick(PracticeGenerator.weights) }
                })
                biases.append((0..<spec.shape[layer]).map { _ in pick(PracticeGenerator.biases) })
            }
            let outputs = spec.shape[spec.shape.count - 1]
            switch spec.loss {
            case .crossEntropy:
                let right = Int(random.next() % UInt64(outputs))
                targets = (0..<outputs).map { $0 == right ? 1 : 0 }
            case .binaryCrossEntropy:
                targets = (0..<outputs).map { _ in pick([0, 1]) }
            case .halfSquaredError, .mse:
                targets = (0..<outputs).map { _ in pick(PracticeGenerator.squaredTargets) }
            }
            learningRate = pick(PracticeGenerator.rates)
        }
    }

    /// Whether every step of the update is worth working by hand.
    static func isWorkable(_ lesson: Lesson, spec: PracticeSpec) -> Bool {
        let architecture = lesson.network.architecture
        for step in lesson.timeline(iterations: 1).steps(iteration: 1).steps {
            switch step.kind {
            case .weightedSum:
                guard let n = step.neuron else { continue }
                switch architecture.layers[architecture.neurons[n].layer].activation {
                case .sigmoid, .tanh: if abs(step.result) > 3 { return false }
                case .relu, .leakyReLU: if step.result <= 0 { return false }
                case .linear, .softmax: break
                }
            case .parameterGradient, .sumGradient:
                if abs(step.result) < 1e-4 { return false }
            default:
                break
            }
        }
        return true
    }

    /// The lesson file of a draw.
    static func lessonText(_ spec: PracticeSpec, _ draw: Draw) -> String {
        func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) + ".0" : String(x) }
        func list(_ xs: [Double]) -> String { "[" + xs.map(number).joined(separator: ", ") + "]" }
        let names = ["h", "j", "k"]
        var text = """
            #:schema ./lesson.schema.json
            # A practice exercise: \(spec.command)

            title = "Practice \(spec.shapeName), \(spec.activation.name), seed \(spec.seed)"
            summary = "One update by hand: every value is a quiz, in order. \(spec.command) makes it again."
            loss = "\(spec.loss.name)"
            learning_rate = \(number(draw.learningRate))
            iterations = 1

            [network]
            inputs = [\((1...spec.shape[0]).map { "\"x\($0)\"" }.joined(separator: ", "))]

            """
        for layer in 1..<spec.shape.count {
            let isOutput = layer == spec.shape.count - 1
            text += """

                [[network.layers]]
                name = "\(isOutput ? "o" : names[layer - 1])"
                size = \(spec.shape[layer])
                activation = "\((isOutput ? spec.outputActivation : spec.activation).name)"
                weights = [\(draw.weights[layer - 1].map(list).joined(separator: ", "))]
                biases = \(list(draw.biases[layer - 1]))

                """
        }
        text += """

            [[data]]
            x = \(list(draw.inputs))
            y = \(list(draw.targets))

            [[notes]]
            at = "start"
            text = \"\"\"\\
            A fresh exercise: one update of this network by hand, η = \(number(draw.learningRate)). \\
            Every value is a quiz, in order: each z and a, the loss, each ∂l/∂a and ∂l/∂z, \\
            each gradient and each new parameter. Seed \(spec.seed): the same command with \\
            `--seed \(spec.seed)` gives this problem again.\"\"\"


            """
        return text + quizzes(spec)
    }

    /// A `[[quiz]]` for every value of the update, in the order the steps compute them.
    static func quizzes(_ spec: PracticeSpec) -> String {
        var neurons: [(name: String, isOutput: Bool)] = []
        let names = ["h", "j", "k"]
        for layer in 1..<spec.shape.count {
            let isOutput = layer == spec.shape.count - 1
            for j in 1...spec.shape[layer] { neurons.append(((isOutput ? "o" : names[layer - 1]) + String(j), isOutput)) }
        }
        var entries: [(at: String, answer: String)] = []
        for neuron in neurons {
            entries.append(("z \(neuron.name)", "z \(neuron.name)"))
            let a = (neuron.isOutput ? "y " : "a ") + neuron.name
            entries.append((a, a))
        }
        entries.append(("loss", "loss"))
        let outputs = neurons.filter(\.isOutput), hidden = neurons.filter { !$0.isOutput }
        // The backward pass as the stepper walks it: the outputs (softmax: every ∂l/∂y first),
        // then each hidden layer from the last.
        if spec.outputActivation == .softmax {
            entries += outputs.map { ("dl_dy \($0.name)", "dl_dy \($0.name)") }
            entries += outputs.map { ("dl_dz \($0.name)", "dl_dz \($0.name)") }
        } else {
            for output in outputs {
                entries += [("dl_dy \(output.name)", "dl_dy \(output.name)"), ("dl_dz \(output.name)", "dl_dz \(output.name)")]
            }
        }
        for neuron in hidden.reversed().reordered(byLayerFrom: names) {
            entries += [("dl_da \(neuron.name)", "dl_da \(neuron.name)"), ("dl_dz \(neuron.name)", "dl_dz \(neuron.name)")]
        }
        let weightCount = zip(spec.shape, spec.shape.dropFirst()).reduce(0) { $0 + $1.0 * $1.1 }
        let biasCount = spec.shape.dropFirst().reduce(0, +)
        let parameters = (1...weightCount).map { "w\($0)" } + (1...biasCount).map { "b\($0)" }
        entries += parameters.map { ("gradient \($0)", "grad \($0)") }
        entries += parameters.map { ("update \($0)", "new \($0)") }
        return entries.map { "[[quiz]]\nat = \"\($0.at)\"\nanswer = \"\($0.answer)\"\n" }.joined(separator: "\n")
    }
}

extension Array where Element == (name: String, isOutput: Bool) {
    /// Hidden neurons listed last layer first, in neuron order within a layer (the backward
    /// pass's order), from a list that is last layer first in reverse neuron order.
    func reordered(byLayerFrom names: [String]) -> [Element] {
        var result: [Element] = []
        for layer in names.reversed() {
            result += filter { $0.name.hasPrefix(layer) }.sorted { $0.name < $1.name }
        }
        return result
    }
}
