import BackpropCore

/// The samples a lesson trains on, and the built-in data set they came from, if any.
struct TrainingData {
    /// The samples, in training order.
    var samples: [Sample]
    /// The `[dataset]` recipe, or nil for `[[data]]` samples.
    var dataset: DatasetRecipe?
}

extension LessonBuilder {
    /// Reads the samples from exactly one of `[[data]]` and `[dataset]`; nil when unusable.
    mutating func readTrainingData(network: NetworkDraft?, loss: LossFunction?, lessonSeed: UInt64) -> TrainingData? {
        switch (root["data"], root["dataset"]) {
        case (nil, nil):
            report(TOMLPath.root.appending("data"),
                   "required key is missing: give the samples as [[data]] tables, or name a built-in data set in [dataset]")
            return nil
        case (.some, .some):
            report(TOMLPath.root.appending("dataset"),
                   "a lesson takes its samples from [[data]] or from [dataset], not both; remove one of them")
            return nil
        case (.some, nil):
            return readSamples(network: network, loss: loss).map { TrainingData(samples: $0, dataset: nil) }
        case (nil, .some):
            return readDataset(network: network, loss: loss, lessonSeed: lessonSeed).map {
                TrainingData(samples: $0.samples(), dataset: $0)
            }
        }
    }

    /// Reads `[dataset]` and checks that its samples fit the network and the loss.
    private mutating func readDataset(network: NetworkDraft?, loss: LossFunction?, lessonSeed: UInt64) -> DatasetRecipe? {
        let path = TOMLPath.root.appending("dataset")
        guard let entries = root["dataset"]?.tableEntries else { return nil }
        let before = problems.count
        let name: DatasetName? = readChoice(entries["name"], at: path.appending("name"), noun: "data set")
        let count = entries["count"]?.integerValue ?? DatasetRecipe.defaultCount
        let counts = DatasetRecipe.countRange
        if !counts.contains(count) {
            report(path.appending("count"), "must be between \(counts.lowerBound) and \(counts.upperBound), found \(count)")
        }
        let noise = entries["noise"]?.finiteNumber ?? 0
        let noises = DatasetRecipe.noiseRange
        if !noises.contains(noise), let node = entries["noise"] {
            report(path.appending("noise"), "must be between \(Self.text(of: noises.lowerBound)) and "
                   + "\(Self.text(of: noises.upperBound)), found \(Self.text(of: node))")
        }
        var seed = lessonSeed
        if let given = entries["seed"]?.integerValue {
            if given < 0 {
                report(path.appending("seed"), "must not be negative, found \(given)")
            } else {
                seed = UInt64(given)
            }
        }
        if let name { checkFit(of: name, at: path.appending("name"), network: network, loss: loss) }
        guard let name, problems.count == before else { return nil }
        return DatasetRecipe(name: name, count: count, noise: noise, seed: seed)
    }

    /// Checks that a data set's samples (2 inputs, 1 target) fit the network, and its targets the loss.
    private mutating func checkFit(of name: DatasetName, at path: TOMLPath, network: NetworkDraft?, loss: LossFunction?) {
        let made = "the \(name.name) data set makes samples with 2 inputs and 1 target"
        if let inputs = network?.inputNames.count, inputs != 2 {
            report(path, "\(made), but the network has \(inputs) \(inputs == 1 ? "input" : "inputs") (network.inputs)")
        }
        if let outputs = network?.outputCount, outputs != 1 {
            report(path, "\(made), but the output layer has \(outputs) neurons")
        }
        switch loss {
        case .crossEntropy?:
            report(path, "\(made), but cross_entropy needs one-hot targets over two or more softmax outputs; "
                   + "use binary_cross_entropy with a sigmoid output, or a squared error")
        case .binaryCrossEntropy? where !name.isClassification:
            let bounds = name.targetBounds
            report(path, "the \(name.name) data set's targets lie in [\(Self.text(of: bounds.lowerBound)), "
                   + "\(Self.text(of: bounds.upperBound))], but binary_cross_entropy needs targets in [0, 1]; "
                   + "use half_squared_error or mse")
        default:
            break
        }
    }
}
