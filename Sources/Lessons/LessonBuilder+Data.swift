import BackpropCore

extension LessonBuilder {
    /// Reads every `[[data]]` sample, checking it against the network and the loss.
    ///
    /// Sizes are checked only where the network's input count or output size is known;
    /// returns nil when any sample is unusable.
    mutating func readSamples(network: NetworkDraft?, loss: LossFunction?) -> [Sample]? {
        let path = TOMLPath.root.appending("data")
        guard let elements = root["data"]?.arrayElements else { return nil }
        if elements.isEmpty {
            report(path, "needs at least one sample (a [[data]] table with x and y)")
            return nil
        }
        if elements.count > LessonLimits.maxSamples {
            report(path, "at most \(LessonLimits.maxSamples) samples, found \(elements.count)")
            return nil
        }
        var samples: [Sample] = []
        for (index, element) in elements.enumerated() {
            let samplePath = path.appending(index: index)
            guard let entries = element.tableEntries else { continue }
            let x = readVector(entries["x"], at: samplePath.appending("x"), count: network?.inputNames.count,
                               meaning: "one per input")
            let y = readVector(entries["y"], at: samplePath.appending("y"), count: network?.outputCount,
                               meaning: "one per output neuron")
            if let y, let loss { checkTargets(y, at: samplePath.appending("y"), loss: loss) }
            if let x, let y { samples.append(Sample(inputs: x, targets: y)) }
        }
        return samples.count == elements.count ? samples : nil
    }

    /// Reads an array of numbers and checks its length when the expected length is known.
    private mutating func readVector(_ node: TOMLNode?, at path: TOMLPath, count: Int?, meaning: String) -> [Double]? {
        guard let values = node?.finiteNumbers else { return nil }
        if let count, values.count != count {
            report(path, "expected \(count) \(count == 1 ? "value" : "values") (\(meaning)), found \(values.count)")
            return nil
        }
        return values
    }

    /// Checks targets against what the loss can take: probabilities for the cross-entropies.
    private mutating func checkTargets(_ targets: [Double], at path: TOMLPath, loss: LossFunction) {
        switch loss {
        case .crossEntropy:
            for (index, target) in targets.enumerated() where target < 0 {
                report(path.appending(index: index),
                       "cross_entropy targets must not be negative, found \(Self.text(of: target))")
            }
            let total = targets.reduce(0, +)
            if abs(total - 1) > LessonLimits.targetSumTolerance {
                report(path, "cross_entropy targets must sum to 1, found \(Self.text(of: total))")
            }
        case .binaryCrossEntropy:
            for (index, target) in targets.enumerated() where !(0...1).contains(target) {
                report(path.appending(index: index),
                       "binary_cross_entropy targets must be between 0 and 1, found \(Self.text(of: target))")
            }
        case .halfSquaredError, .mse:
            break
        }
    }
}
