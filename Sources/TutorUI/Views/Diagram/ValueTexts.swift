import BackpropCore
import BackpropNotation
import Lessons

/// Every number the diagram can show for one sample of one update, written once with the
/// notation's digits: the neurons' z, a, ∂l/∂a and ∂l/∂z, the inputs and targets, each
/// weight and bias before and after the update, and the losses.
///
/// Written once per update and sample rather than per frame; whether a value is shown is
/// still decided per step from ``KnownValues``. A box too narrow for a text writes the
/// value again with fewer digits.
struct ValueTexts: Sendable {
    /// The update these texts are of.
    let iteration: Int
    /// The 0-based sample they are of.
    let sample: Int
    /// Per neuron: z, a, ∂l/∂a, ∂l/∂z.
    private let z: [String], a: [String], dlda: [String], dldz: [String]
    /// The sample's inputs and targets.
    private let inputs: [String], targets: [String]
    /// Per parameter (weights, then the biases drawn in the boxes' borders): θ₀ and θ₁.
    private let before: [String], after: [String]
    /// The sample's l and the update's L.
    private let loss: String, totalLoss: String

    /// The texts of sample `sample` (0-based, one of the trace's) in update `trace`.
    init(trace: IterationTrace, sample: Int, lesson: Lesson, notation: Notation) {
        iteration = trace.iteration
        self.sample = sample
        let pass = trace.samples.first { $0.sample == sample } ?? trace.samples[0]
        let neurons = 0..<lesson.network.architecture.neuronCount
        let parameters = 0..<lesson.network.architecture.parameterCount
        let number = notation.number
        z = neurons.map { number(pass.z($0)) }
        a = neurons.map { number(pass.a($0)) }
        dlda = neurons.map { number(pass.dlda($0)) }
        dldz = neurons.map { number(pass.dldz($0)) }
        inputs = lesson.samples[sample].inputs.map(number)
        targets = lesson.samples[sample].targets.map(number)
        before = parameters.map { number(trace.before($0)) }
        after = parameters.map { number(trace.after($0)) }
        loss = number(pass.loss)
        totalLoss = number(trace.loss)
    }

    /// The text of `ref`'s value (for a weight, θ₀ as `.parameter` and θ₁ as `.updated`).
    func text(_ ref: ValueRef) -> String? {
        switch ref {
        case .z(let n): z[n]
        case .a(let n): a[n]
        case .dlda(let n): dlda[n]
        case .dldz(let n): dldz[n]
        case .input(let i): inputs[i]
        case .target(let j): targets[j]
        case .parameter(let p): p < before.count ? before[p] : nil
        case .updated(let p): p < after.count ? after[p] : nil
        case .loss: loss
        case .totalLoss: totalLoss
        case .gradient, .learningRate: nil
        }
    }
}
