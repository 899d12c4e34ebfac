/// The steps of one update, with the trace they were built from.
public struct IterationSteps: Sendable {
    /// The 1-based update these steps belong to.
    public var iteration: Int { trace.iteration }
    /// Everything the update computed.
    public let trace: IterationTrace
    /// The steps, in the order a student walks them.
    public let steps: [Step]

    /// The values a student has seen after walking through step `index` (0-based) of this update.
    ///
    /// Neuron values are those of the sample that step `index` belongs to (for the batch's
    /// gradient and update steps, the last sample). Nothing computed after `index` is known.
    public func known(through index: Int) -> KnownValues {
        precondition(steps.indices.contains(index), "step index out of range")
        let layout = trace.samples[0].layout
        let sample = steps[index].sample ?? trace.samples[trace.samples.count - 1].sample
        var known = KnownValues(sample: sample, neuronCount: layout.neuronCount, parameterCount: layout.parameterCount)
        for step in steps[...index] where step.sample == nil || step.sample == sample {
            known.record(step.produces, step.result)
        }
        return known
    }

    /// The index of the first step in `phase`, if the update has one.
    public func firstStep(in phase: Phase) -> Int? { steps.firstIndex { $0.phase == phase } }
}

/// The values a student has seen so far in one update; nil where a value is not computed yet.
public struct KnownValues: Sendable, Hashable {
    /// The 0-based sample whose neuron values these are.
    public let sample: Int
    /// z per neuron (flat order).
    public var z: [Double?]
    /// a per neuron.
    public var a: [Double?]
    /// ∂l/∂a per neuron.
    public var dlda: [Double?]
    /// ∂l/∂z per neuron.
    public var dldz: [Double?]
    /// The sample's loss l.
    public var loss: Double?
    /// The batch loss L.
    public var totalLoss: Double?
    /// The gradient of each parameter (∂l/∂θ, or ∂L/∂θ for a batch).
    public var gradient: [Double?]
    /// The new value θ₁ of each parameter that has been updated.
    public var updated: [Double?]

    /// Creates an empty set of known values.
    public init(sample: Int, neuronCount: Int, parameterCount: Int) {
        self.sample = sample
        z = Array(repeating: nil, count: neuronCount)
        a = z
        dlda = z
        dldz = z
        gradient = Array(repeating: nil, count: parameterCount)
        updated = gradient
    }

    /// Records a step's result.
    mutating func record(_ ref: ValueRef, _ value: Double) {
        switch ref {
        case .z(let n): z[n] = value
        case .a(let n): a[n] = value
        case .dlda(let n): dlda[n] = value
        case .dldz(let n): dldz[n] = value
        case .loss: loss = value
        case .totalLoss: totalLoss = value
        case .gradient(let p): gradient[p] = value
        case .updated(let p): updated[p] = value
        case .input, .target, .parameter, .learningRate: break
        }
    }

    /// The known value a ref names, if it is computed by a step and known; nil otherwise.
    public func value(_ ref: ValueRef) -> Double? {
        switch ref {
        case .z(let n): return z[n]
        case .a(let n): return a[n]
        case .dlda(let n): return dlda[n]
        case .dldz(let n): return dldz[n]
        case .loss: return loss
        case .totalLoss: return totalLoss
        case .gradient(let p): return gradient[p]
        case .updated(let p): return updated[p]
        case .input, .target, .parameter, .learningRate: return nil
        }
    }
}
