import BackpropCore
import BackpropNotation
import Lessons

/// The layer formula of each kind of step, with its matrices: forward z⁽ˡ⁾ and a⁽ˡ⁾, the loss,
/// ∂l/∂y, δ⁽ˡ⁾ at the output and in a hidden layer, ∂l/∂a⁽ˡ⁾, the gradients and the update.
extension LayerEquationBuilder {
    /// The equation of the step, with the line that places the node step's value in it.
    var equation: LayerEquation {
        let equation = matrices
        return LayerEquation(formula: equation.formula, terms: equation.terms, entryNote: entryNote(in: equation.terms))
    }

    /// `zₕ₁ = entry 1 of z⁽¹⁾`: where the node view's value sits in the matrices.
    func entryNote(in terms: [LayerTerm]) -> String? {
        for case .block(let block) in terms {
            guard let (row, column) = block.producedEntry else { continue }
            if step.kind == .loss || step.kind == .totalLoss { return nil }
            let place: String
            if block.columns == 1 {
                place = "entry \(row + 1)"
            } else if isBatch && block.rows > 0 && isPerSample(step.produces) {
                place = "row \(row + 1), column \(column + 1) (sample \(samples[column] + 1))"
            } else {
                place = "row \(row + 1), column \(column + 1)"
            }
            return "node step: " + symbols.notation.render(step.lhs) + " is " + place + " of " + block.label
        }
        return nil
    }

    /// Whether a value belongs to one sample (a column of a batch's matrix).
    func isPerSample(_ ref: ValueRef) -> Bool { Self.sample(of: ref, in: step) != nil }

    /// The step's formula and matrices.
    var matrices: LayerEquation {
        switch step.kind {
        case .weightedSum: return weightedSum(layer)
        case .activation: return activation(layer)
        case .loss, .totalLoss: return lossEquation
        case .outputGradient: return outputGradient
        case .activationGradient: return activationGradient(layer)
        case .sumGradient: return layer == architecture.outputLayer ? outputDelta : hiddenDelta(layer)
        case .parameterGradient: return parameterGradient(layer)
        case .update: return update(layer)
        }
    }

    /// z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾.
    func weightedSum(_ layer: Int) -> LayerEquation {
        let m = layers[layer]
        let ones = isBatch ? "1" + symbols.transpose : ""
        return LayerEquation(
            formula: vector("z", layer) + " = " + symbols.product(symbols.of("W", layer), inputName(layer)) + " + "
                + symbols.of("b", layer) + ones,
            terms: [neuronBlock(vector("z", layer), layer: layer, values: m.sums, ref: ValueRef.z), .symbol("="),
                    weightBlock(symbols.of("W", layer), layer: layer, values: m.weights, ref: ValueRef.parameter),
                    inputBlock(layer), .symbol("+"),
                    biasBlock(symbols.of("b", layer), layer: layer, values: m.biases, ref: ValueRef.parameter)])
    }

    /// a⁽ˡ⁾ = σ(z⁽ˡ⁾).
    func activation(_ layer: Int) -> LayerEquation {
        let m = layers[layer]
        let activation = architecture.layers[layer].activation
        let a = activationName(layer), z = vector("z", layer)
        let result = neuronBlock(a, layer: layer, values: m.activations, ref: ValueRef.a)
        let sums = neuronBlock(z, layer: layer, values: m.sums, ref: ValueRef.z)
        if activation == .linear {
            return LayerEquation(formula: a + " = " + z + "  (linear)", terms: [result, .symbol("="), sums])
        }
        let name = symbols.name(of: activation)
        let note = activation == .softmax ? "  (each column: e^z / its sum)" : "  (entry by entry)"
        return LayerEquation(formula: a + " = " + name + "(" + z + ")" + note,
                             terms: [result, .symbol("="), .symbol(name + "("), sums, .symbol(")")])
    }

    /// The loss: the node view's formula, with y and t of each sample and the losses.
    var lossEquation: LayerEquation {
        let output = architecture.outputLayer
        let y = neuronBlock(activationName(output), layer: output, values: layers[output].activations, ref: ValueRef.a)
        let formula = symbols.notation.render(step.lhs) + " = " + symbols.notation.render(step.symbolic)
        let losses = LayerBlock(label: isBatch ? symbols.sampleLoss : "l", rows: 1, columns: samples.count,
                                cells: trace.samples.map { cell(.loss, sample: $0.sample, value: $0.loss) })
        var terms: [LayerTerm] = [y, .symbol(","), targetBlock, .symbol(symbols.isUnicode ? "→" : "->"), .block(losses)]
        if step.kind == .totalLoss {
            let total = LayerBlock(label: "L", rows: 1, columns: 1, cells: [cell(.totalLoss, sample: nil, value: trace.loss)])
            terms += [.symbol(symbols.isUnicode ? "→" : "->"), .block(total)]
        }
        return LayerEquation(formula: formula, terms: terms)
    }

    /// ∂l/∂y from the loss, for every output at once.
    var outputGradient: LayerEquation {
        let output = architecture.outputLayer
        let m = layers[output]
        let yName = vector("y")
        let dldy = neuronBlock(dl(yName), layer: output, values: m.activationGradients, ref: ValueRef.dlda)
        let y = neuronBlock(yName, layer: output, values: m.activations, ref: ValueRef.a)
        let t = targetBlock
        let minus = symbols.minus, tName = vector("t")
        switch lesson.options.loss {
        case .halfSquaredError:
            return LayerEquation(formula: dl(yName) + " = " + yName + " " + minus + " " + tName,
                                 terms: [dldy, .symbol("="), y, .symbol(minus), t])
        case .mse:
            return LayerEquation(formula: dl(yName) + " = (2/n)(" + yName + " " + minus + " " + tName + ")",
                                 terms: [dldy, .symbol("= (2/n)("), y, .symbol(minus), t, .symbol(")")])
        case .crossEntropy:
            return LayerEquation(formula: dl(yName) + " = " + minus + tName + " " + symbols.quotient + " " + yName,
                                 terms: [dldy, .symbol("= " + minus), t, .symbol(symbols.quotient), y])
        case .binaryCrossEntropy:
            let formula = dl(yName) + " = (" + yName + " " + minus + " " + tName + ") " + symbols.quotient + " ("
                + yName + " " + symbols.hadamard + " (1 " + minus + " " + yName + "))"
            return LayerEquation(formula: formula, terms: [dldy, .symbol("from"), y, .symbol(","), t])
        }
    }

    /// δ⁽ᴸ⁾ = ∂l/∂z⁽ᴸ⁾ at the output: y − t where the loss combines with the activation, the
    /// softmax Jacobian's product, or σ'(z⁽ᴸ⁾) ⊙ ∂l/∂y.
    var outputDelta: LayerEquation {
        let output = architecture.outputLayer
        let m = layers[output]
        let activation = architecture.layers[output].activation
        let lhs = delta(output) + " = " + dl(vector("z", output))
        let deltaBlock = neuronBlock(delta(output), layer: output, values: m.sumGradients, ref: ValueRef.dldz)
        let yName = vector("y"), minus = symbols.minus
        let y = neuronBlock(yName, layer: output, values: m.activations, ref: ValueRef.a)
        if lesson.options.loss.combinesWithOutput(activation) {
            let pair = activation == .softmax ? "softmax with cross-entropy" : "sigmoid with binary cross-entropy"
            return LayerEquation(formula: lhs + " = " + yName + " " + minus + " " + vector("t") + "  (" + pair + ")",
                                 terms: [deltaBlock, .symbol("="), y, .symbol(minus), targetBlock])
        }
        let dldy = neuronBlock(dl(yName), layer: output, values: m.activationGradients, ref: ValueRef.dlda)
        if activation == .softmax {
            let sum = symbols.isUnicode ? "Σₖ yₖ∂l/∂yₖ" : "sum_k y_k dl/dy_k"
            return LayerEquation(
                formula: lhs + " = (" + symbols.partial + yName + "/" + symbols.partial + "z)" + symbols.transpose + dl(yName)
                    + " = " + yName + " " + symbols.hadamard + " (" + dl(yName) + " " + minus + " " + sum + ")",
                terms: [deltaBlock, .symbol("="), y, .symbol(symbols.hadamard + " ("), dldy, .symbol(minus + " " + sum + ")")])
        }
        let slopes = neuronBlock(slopeName(output), layer: output, values: m.slopes!, ref: ValueRef.z, knownBy: ValueRef.a)
        return LayerEquation(formula: lhs + " = " + slopeName(output) + " " + symbols.hadamard + " " + dl(yName),
                             terms: [deltaBlock, .symbol("="), slopes, .symbol(symbols.hadamard), dldy])
    }

    /// ∂l/∂a⁽ˡ⁾ = (W⁽ˡ⁺¹⁾)ᵀδ⁽ˡ⁺¹⁾ for a hidden layer.
    func activationGradient(_ layer: Int) -> LayerEquation {
        let next = layers[layer + 1]
        let dlda = dl(vector("a", layer))
        let transposed = "(" + symbols.of("W", layer + 1) + ")" + symbols.transpose
        return LayerEquation(
            formula: dlda + " = " + symbols.product(transposed, delta(layer + 1)),
            terms: [neuronBlock(dlda, layer: layer, values: layers[layer].activationGradients, ref: ValueRef.dlda),
                    .symbol("="),
                    weightBlock(transposed, layer: layer + 1, values: next.weights, ref: ValueRef.parameter, transposed: true),
                    neuronBlock(delta(layer + 1), layer: layer + 1, values: next.sumGradients, ref: ValueRef.dldz)])
    }

    /// δ⁽ˡ⁾ = σ'(z⁽ˡ⁾) ⊙ (W⁽ˡ⁺¹⁾)ᵀδ⁽ˡ⁺¹⁾ for a hidden layer, with ∂l/∂a⁽ˡ⁾ = (W⁽ˡ⁺¹⁾)ᵀδ⁽ˡ⁺¹⁾ as a vector.
    func hiddenDelta(_ layer: Int) -> LayerEquation {
        let m = layers[layer]
        let dlda = dl(vector("a", layer))
        let formula = delta(layer) + " = " + dl(vector("z", layer)) + " = " + slopeName(layer) + " " + symbols.hadamard
            + " " + symbols.product("(" + symbols.of("W", layer + 1) + ")" + symbols.transpose, delta(layer + 1))
        return LayerEquation(
            formula: formula,
            terms: [neuronBlock(delta(layer), layer: layer, values: m.sumGradients, ref: ValueRef.dldz), .symbol("="),
                    neuronBlock(slopeName(layer), layer: layer, values: m.slopes!, ref: ValueRef.z, knownBy: ValueRef.a),
                    .symbol(symbols.hadamard),
                    neuronBlock(dlda, layer: layer, values: m.activationGradients, ref: ValueRef.dlda)])
    }

    /// ∂l/∂W⁽ˡ⁾ = δ⁽ˡ⁾(a⁽ˡ⁻¹⁾)ᵀ, or ∂l/∂b⁽ˡ⁾ = δ⁽ˡ⁾; for a batch (1/N)Δ⁽ˡ⁾(A⁽ˡ⁻¹⁾)ᵀ and (1/N)Δ⁽ˡ⁾1.
    func parameterGradient(_ layer: Int) -> LayerEquation {
        let m = layers[layer]
        let deltas = neuronBlock(delta(layer), layer: layer, values: m.sumGradients, ref: ValueRef.dldz)
        let factor = isBatch ? meanFactor : ""
        let isWeight = architecture.parameter(at: step.parameter!).kind == .weight
        if isWeight {
            let name = symbols.derivative(gradientLoss, symbols.of("W", layer))
            let input = inputBlock(layer, transposed: true)
            guard case .block(let inputs) = input else { preconditionFailure("an input block is a block") }
            return LayerEquation(
                formula: name + " = " + symbols.product(factor + delta(layer), inputs.label),
                terms: [weightBlock(name, layer: layer, values: m.weightGradients, ref: ValueRef.gradient),
                        .symbol(factor.isEmpty ? "=" : "= " + factor), deltas, input])
        }
        let name = symbols.derivative(gradientLoss, symbols.of("b", layer))
        let sum = isBatch ? " " + symbols.sumOverSamples : ""
        return LayerEquation(
            formula: name + " = " + factor + (isBatch ? symbols.sumOverSamples + " " : "") + delta(layer)
                + (isBatch ? "  (each row summed over the samples)" : ""),
            terms: [biasBlock(name, layer: layer, values: m.biasGradients, ref: ValueRef.gradient),
                    .symbol("=" + (factor.isEmpty ? "" : " " + factor) + sum), deltas])
    }

    /// W⁽ˡ⁾ ← W⁽ˡ⁾ − η∂L/∂W⁽ˡ⁾ (or the biases).
    func update(_ layer: Int) -> LayerEquation {
        let m = layers[layer]
        let isWeight = architecture.parameter(at: step.parameter!).kind == .weight
        let symbol = symbols.of(isWeight ? "W" : "b", layer)
        let gradient = symbols.derivative(gradientLoss, symbol)
        let eta = symbols.notation.number(lesson.options.learningRate)
        let formula = symbol + " " + symbols.assign + " " + symbol + " " + symbols.minus + " "
            + symbols.product(symbols.eta, gradient)
            + "  (" + symbols.eta + " = " + eta + ")"
        let operators: [LayerTerm] = [.symbol(symbols.assign), .symbol(symbols.minus + " " + symbols.eta + (symbols.isUnicode ? "·" : "*"))]
        if isWeight {
            return LayerEquation(formula: formula, terms: [
                weightBlock("new " + symbol, layer: layer, values: m.newWeights, ref: ValueRef.updated), operators[0],
                weightBlock(symbol, layer: layer, values: m.weights, ref: ValueRef.parameter), operators[1],
                weightBlock(gradient, layer: layer, values: m.weightGradients, ref: ValueRef.gradient)])
        }
        return LayerEquation(formula: formula, terms: [
            biasBlock("new " + symbol, layer: layer, values: m.newBiases, ref: ValueRef.updated), operators[0],
            biasBlock(symbol, layer: layer, values: m.biases, ref: ValueRef.parameter), operators[1],
            biasBlock(gradient, layer: layer, values: m.biasGradients, ref: ValueRef.gradient)])
    }
}
