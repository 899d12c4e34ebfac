import BackpropCore

/// Turns a schema-checked lesson file into a ``Lesson``, checking what types alone cannot:
/// ranges, names, allowed values, shapes, and how the parts fit together.
///
/// Values of the wrong type were already reported by ``SchemaChecker``; the builder skips
/// them (and the checks that depend on them) without reporting them again. Every problem
/// it can find is collected; it builds a lesson only when there are none. Notes' and
/// quizzes' selectors are read with the rest, but resolved against the lesson's steps only
/// once everything else is right.
struct LessonBuilder {
    /// The file's top-level table.
    let root: [String: TOMLNode]
    /// The name the lesson records as its file name.
    let fileName: String
    /// The problems found so far.
    var problems: [PathProblem] = []

    /// Creates a builder for a parsed file.
    init(root: [String: TOMLNode], fileName: String) {
        self.root = root
        self.fileName = fileName
    }

    /// Checks the whole file and returns the lesson, or nil when anything is wrong.
    mutating func build() -> Lesson? {
        let title = readTitle()
        let summary = readSummary()
        let loss: LossFunction? = readChoice(root["loss"], at: TOMLPath.root.appending("loss"), noun: "loss")
        let learningRate = readLearningRate()
        let iterations = readIterations()
        let batch: BatchMode = readChoice(root["batch"], at: TOMLPath.root.appending("batch"), noun: "batch mode") ?? .sample
        let reduction: Reduction = readChoice(root["reduction"], at: TOMLPath.root.appending("reduction"),
                                              noun: "reduction") ?? .mean
        let updateBiases = root["update_biases"]?.booleanValue ?? true
        let seed = readSeed()
        let view: LessonView = readChoice(root["view"], at: TOMLPath.root.appending("view"), noun: "view") ?? .nodes
        let network = readNetwork()
        if let loss, let network { checkOutputActivation(for: loss, network: network) }
        let data = readTrainingData(network: network, loss: loss, lessonSeed: seed)
        let notes = readNotes()
        let quizzes = readQuizzes()

        guard problems.isEmpty, let title, let loss, let learningRate, let network,
              let shapes = network.validShapes, let data
        else { return nil }
        let weights = InitialWeights.weights(for: network.layers, shapes: shapes,
                                             inputCount: network.inputNames.count, seed: seed)
        let biases = zip(network.layers, shapes).map { layer, shape in
            layer.biases ?? Array(repeating: 0.0, count: shape.size)
        }
        var lesson = Lesson(
            title: title, summary: summary,
            network: Network(inputNames: network.inputNames, layers: shapes, weights: weights, biases: biases),
            options: TrainingOptions(loss: loss, learningRate: learningRate, batch: batch, reduction: reduction,
                                     updateBiases: updateBiases),
            iterations: iterations, samples: data.samples, seed: seed, fileName: fileName)
        lesson.dataset = data.dataset
        lesson.view = view
        resolve(notes: notes, quizzes: quizzes, into: &lesson)
        return problems.isEmpty ? lesson : nil
    }

    // MARK: - Top-level keys

    /// `title`, which must not be blank, on one line.
    private mutating func readTitle() -> String? {
        guard let title = root["title"]?.stringValue else { return nil }
        if title.allSatisfy(\.isWhitespace) {
            report(TOMLPath.root.appending("title"), "must not be empty")
            return nil
        }
        return isOneLine(title, key: "title") ? title : nil
    }

    /// `summary`, if given, on one line.
    private mutating func readSummary() -> String? {
        guard let summary = root["summary"]?.stringValue else { return nil }
        return isOneLine(summary, key: "summary") ? summary : nil
    }

    /// Whether the top-level `key`'s `text` is one line; reports it when not (the menu and
    /// `backprop list` show it on one line).
    private mutating func isOneLine(_ text: String, key: String) -> Bool {
        guard text.contains(where: \.isNewline) else { return true }
        report(TOMLPath.root.appending(key), "must be one line (the menu and backprop list show it on one line); "
               + "in a multi-line string, end a line with \\ to join it to the next")
        return false
    }

    /// `learning_rate`, which must be greater than 0 (finiteness is a schema check).
    private mutating func readLearningRate() -> Double? {
        guard let node = root["learning_rate"], let rate = node.finiteNumber else { return nil }
        guard rate > 0 else {
            report(TOMLPath.root.appending("learning_rate"), "must be greater than 0, found \(Self.text(of: node))")
            return nil
        }
        return rate
    }

    /// `iterations`, 1 when left out (or when it has the wrong type, already reported).
    private mutating func readIterations() -> Int {
        guard let iterations = root["iterations"]?.integerValue else { return 1 }
        let allowed = LessonLimits.iterations
        guard allowed.contains(iterations) else {
            report(TOMLPath.root.appending("iterations"),
                   "must be between \(allowed.lowerBound) and \(allowed.upperBound), found \(iterations)")
            return 1
        }
        return iterations
    }

    /// `seed`, 0 when left out.
    private mutating func readSeed() -> UInt64 {
        guard let seed = root["seed"]?.integerValue else { return 0 }
        guard seed >= 0 else {
            report(TOMLPath.root.appending("seed"), "must not be negative, found \(seed)")
            return 0
        }
        return UInt64(seed)
    }

    /// Checks that a cross-entropy loss has the output activation it needs.
    private mutating func checkOutputActivation(for loss: LossFunction, network: NetworkDraft) {
        guard let required = loss.requiredOutputActivation, let last = network.layers.indices.last,
              let activation = network.layers[last].activation, activation != required
        else { return }
        report(TOMLPath.root.appending("loss"),
               "\(loss.name) needs a \(required.name) output layer, but the last layer "
               + "(network.layers[\(last + 1)]) uses \(activation.name)")
    }

    // MARK: - Helpers

    /// Records a problem.
    mutating func report(_ path: TOMLPath, _ message: String) {
        problems.append(PathProblem(path: path, message: message))
    }

    /// Reads a string naming one of a fixed set of choices; reports an unknown name with the allowed ones.
    mutating func readChoice<Choice>(_ node: TOMLNode?, at path: TOMLPath, noun: String) -> Choice?
    where Choice: RawRepresentable & CaseIterable, Choice.RawValue == String {
        guard let name = node?.stringValue else { return nil }
        if let choice = Choice(rawValue: name) { return choice }
        let allowed = Choice.allCases.map(\.rawValue)
        var message = "unknown \(noun) \"\(name)\""
        if let suggestion = NameSuggestion.nearest(to: name, among: allowed) {
            message += " (did you mean \(suggestion)?)"
        }
        report(path, message + "; allowed: " + allowed.joined(separator: ", "))
        return nil
    }

    /// A number as the file wrote it: an integer without a decimal point.
    static func text(of node: TOMLNode) -> String {
        switch node {
        case .integer(let value): return String(value)
        case .float(let value): return value.isFinite ? String(value) : SchemaChecker.spelling(value)
        default: return node.kindDescription
        }
    }

    /// A number for a message: integers without a decimal point.
    static func text(of number: Double) -> String {
        number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
    }
}
