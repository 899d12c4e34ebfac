extension Trainer {
    /// Forward passes for many input vectors with the current parameters, writing output
    /// `output` of each into `results`, without allocating.
    ///
    /// `inputs` holds the vectors one after another (``Architecture/inputCount`` values
    /// each); `results` must have one slot per vector. Each value is exactly what
    /// ``outputs(for:)`` gives for that vector: the same forward pass.
    public mutating func outputs(forEach inputs: [Double], output: Int = 0, into results: inout [Double]) {
        let inputCount = network.architecture.inputCount
        precondition(inputs.count % inputCount == 0, "inputs must hold whole input vectors")
        precondition(results.count == inputs.count / inputCount, "results needs one slot per input vector")
        precondition(output >= 0 && output < network.architecture.outputCount, "no such output")
        let engine = self.engine
        let at = engine.layout.a + network.architecture.outputOffset + output
        network.parameters.withUnsafeBufferPointer { theta in
            inputs.withUnsafeBufferPointer { x in
                values.withUnsafeMutableBufferPointer { values in
                    results.withUnsafeMutableBufferPointer { results in
                        for n in results.indices {
                            engine.forward(theta: theta, inputs: x.slice(n * inputCount, inputCount), values: values)
                            results[n] = values[at]
                        }
                    }
                }
            }
        }
    }
}
