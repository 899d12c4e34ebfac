/// One pass's buffer cut into its parts, as ``PassLayout`` lays them out.
///
/// Each accessor taking a ``LayerPlan`` returns that layer's part, indexed by neuron j.
struct PassBuffers {
    /// The weighted sums z of every neuron.
    let z: UnsafeMutableBufferPointer<Double>
    /// The activations a of every neuron.
    let a: UnsafeMutableBufferPointer<Double>
    /// ∂l/∂a of every neuron.
    let dlda: UnsafeMutableBufferPointer<Double>
    /// ∂l/∂z of every neuron.
    let dldz: UnsafeMutableBufferPointer<Double>
    /// ∂l/∂θ, in θ order.
    let gradient: UnsafeMutableBufferPointer<Double>

    /// Cuts a buffer of `layout.count` values.
    init(_ values: UnsafeMutableBufferPointer<Double>, _ layout: PassLayout) {
        precondition(values.count == layout.count, "a pass buffer has the wrong length")
        let n = layout.neuronCount
        z = values.slice(layout.z, n)
        a = values.slice(layout.a, n)
        dlda = values.slice(layout.dlda, n)
        dldz = values.slice(layout.dldz, n)
        gradient = values.slice(layout.gradient, layout.parameterCount)
    }

    /// The weighted sums z of one layer's neurons.
    func z(_ plan: LayerPlan) -> UnsafeMutableBufferPointer<Double> { z.slice(plan.neurons, plan.size) }
    /// The activations a of one layer's neurons.
    func a(_ plan: LayerPlan) -> UnsafeMutableBufferPointer<Double> { a.slice(plan.neurons, plan.size) }
    /// ∂l/∂a of one layer's neurons.
    func dlda(_ plan: LayerPlan) -> UnsafeMutableBufferPointer<Double> { dlda.slice(plan.neurons, plan.size) }
    /// ∂l/∂z of one layer's neurons.
    func dldz(_ plan: LayerPlan) -> UnsafeMutableBufferPointer<Double> { dldz.slice(plan.neurons, plan.size) }

    /// The values feeding a layer's neurons: the network's inputs for the first layer,
    /// else the previous layer's activations.
    func layerInputs(_ plan: LayerPlan, inputs: UnsafeBufferPointer<Double>) -> UnsafeBufferPointer<Double> {
        guard let source = plan.source else { return inputs }
        return UnsafeBufferPointer(a.slice(source, plan.fanIn))
    }
}
