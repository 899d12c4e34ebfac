import BackpropCore

/// How large the gradients of one layer are: mean |∂l/∂w| over its weights and mean |∂l/∂z|
/// over its neurons, averaged over the samples of the updates measured.
///
/// Small values in the first layers and large ones near the output show vanishing
/// gradients; values growing without bound show exploding ones.
public struct LayerGradientMagnitude: Sendable, Hashable {
    /// The layer's index (0 = the first after the inputs).
    public var layer: Int
    /// The layer's name (`h`, `o`).
    public var name: String
    /// The mean over the layer's weights, and the samples, of |∂l/∂w|.
    public var meanAbsoluteWeightGradient: Double
    /// The mean over the layer's neurons, and the samples, of |∂l/∂z|.
    public var meanAbsoluteDelta: Double

    /// Creates a magnitude.
    public init(layer: Int, name: String, meanAbsoluteWeightGradient: Double, meanAbsoluteDelta: Double) {
        self.layer = layer
        self.name = name
        self.meanAbsoluteWeightGradient = meanAbsoluteWeightGradient
        self.meanAbsoluteDelta = meanAbsoluteDelta
    }
}

/// Per-layer gradient magnitudes over the last ``window`` traced updates.
///
/// Each update adds, per layer, the mean of |∂l/∂w| and of |∂l/∂z| over its samples (one
/// for per-sample training, all of them for a full batch), with l the per-sample loss
/// (the sample traces' gradients, not the batch's ∇L). ``layers`` averages the stored
/// updates. Memory is fixed by the window.
public struct GradientMagnitudes: Sendable {
    /// The network's shape.
    public let architecture: Architecture
    /// How many updates are averaged.
    public let window: Int
    /// Per stored update: for each layer, mean |∂l/∂w| then mean |∂l/∂z| (a ring of `window` rows).
    private var rows: [[Double]] = []
    /// Where the next row goes once the ring is full.
    private var next = 0

    /// Creates empty magnitudes for a network, averaging the last `window` updates (at least 1).
    public init(architecture: Architecture, window: Int = 1) {
        self.architecture = architecture
        self.window = max(1, window)
    }

    /// How many updates are stored (at most ``window``).
    public var updateCount: Int { rows.count }

    /// Adds one traced update; a trace from another architecture is ignored.
    public mutating func add(_ trace: IterationTrace) {
        guard trace.parameterCount == architecture.parameterCount, !trace.samples.isEmpty else { return }
        let row = Self.measure(trace, architecture: architecture).flatMap {
            [$0.meanAbsoluteWeightGradient, $0.meanAbsoluteDelta]
        }
        if rows.count < window {
            rows.append(row)
        } else {
            rows[next] = row
        }
        next = (next + 1) % window
    }

    /// The magnitudes averaged over the stored updates (zeros before the first).
    public var layers: [LayerGradientMagnitude] {
        architecture.layers.indices.map { layer in
            var weights = 0.0, deltas = 0.0
            for row in rows {
                weights += row[2 * layer]
                deltas += row[2 * layer + 1]
            }
            let n = Double(max(1, rows.count))
            return LayerGradientMagnitude(layer: layer, name: architecture.layers[layer].name,
                                          meanAbsoluteWeightGradient: weights / n, meanAbsoluteDelta: deltas / n)
        }
    }

    /// The magnitudes of one update: per layer, mean |∂l/∂w| over its weights and mean
    /// |∂l/∂z| over its neurons, each averaged over the update's samples.
    public static func measure(_ trace: IterationTrace, architecture: Architecture) -> [LayerGradientMagnitude] {
        architecture.layers.indices.map { layer in
            let size = architecture.layers[layer].size
            let weightCount = size * architecture.fanIn(layer)
            let firstWeight = architecture.weightOffsets[layer], firstNeuron = architecture.neuronOffsets[layer]
            var weights = 0.0, deltas = 0.0
            for sample in trace.samples {
                for w in firstWeight..<(firstWeight + weightCount) { weights += abs(sample.gradient(w)) }
                for n in firstNeuron..<(firstNeuron + size) { deltas += abs(sample.dldz(n)) }
            }
            let samples = Double(trace.samples.count)
            return LayerGradientMagnitude(
                layer: layer, name: architecture.layers[layer].name,
                meanAbsoluteWeightGradient: weights / (Double(weightCount) * samples),
                meanAbsoluteDelta: deltas / (Double(size) * samples))
        }
    }
}
