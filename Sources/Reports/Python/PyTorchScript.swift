import BackpropCore
import Lessons

/// `backprop export --format pytorch`: a lesson as one self-contained PyTorch script.
///
/// The code a student writes next: one `torch.nn.Linear` per layer (float64) holding the
/// lesson's θ₀, the forward pass layer by layer, the lesson's loss, `loss.backward()` and
/// `torch.optim.SGD`; assertions that the first update's z, a, ∂l/∂z (`.grad` of the
/// retained z's), `.grad` of every weight and bias and the updated parameters equal the
/// core's to 1e-9; and a last line of JSON with every parameter after the last update.
struct PyTorchScript {
    /// The lesson's parts: data, θ₀, the first update's values.
    let parts: PythonLessonParts

    /// The lesson, with any what-if edits already applied.
    var lesson: Lesson { parts.lesson }
    /// How many updates the script makes.
    var iterations: Int { parts.iterations }

    /// The script.
    var text: String {
        let architecture = lesson.network.architecture
        let names = architecture.layers.indices.map(parts.pythonName(ofLayer:))
        var out = parts.docstring(tool: "PyTorch", command: "pytorch", samplesAs:
            "Samples are rows, as PyTorch takes them: for a batch, Z⁽ˡ⁾ = A⁽ˡ⁻¹⁾(W⁽ˡ⁾)ᵀ + b⁽ˡ⁾ holds z⁽ˡ⁾ of sample n in row n.")
        out += "import json\n\nimport torch\n\ntorch.set_default_dtype(torch.float64)\n\n"
        out += "# The data, one row per sample.\n"
        out += "X = torch.tensor(" + parts.inputRows(indent: "") + ")  # inputs " + parts.inputNames + "\n"
        out += "T = torch.tensor(" + parts.targetRows(indent: "") + ")  # targets of " + parts.outputNames + "\n"
        out += "N = X.shape[0]  # the number of samples\n\n"
        out += "# θ₀: one torch.nn.Linear per layer, z⁽ˡ⁾ = W⁽ˡ⁾a⁽ˡ⁻¹⁾ + b⁽ˡ⁾. Row j of .weight holds the weights into neuron j.\n"
        for layer in architecture.layers.indices {
            let name = names[layer]
            out += parts.layerComment(layer) + "\n"
            out += "\(name) = torch.nn.Linear(\(architecture.fanIn(layer)), \(architecture.layers[layer].size))"
                + "  # \(parts.layered("W", layer)), \(parts.layered("b", layer))\n"
            out += "with torch.no_grad():\n"
            out += "    \(name).weight.copy_(torch.tensor(" + parts.weightRows(layer, indent: "    ") + "))\n"
            out += "    \(name).bias.copy_(torch.tensor(" + parts.biasList(layer) + "))  # " + parts.biasNames(layer) + "\n"
        }
        out += "layers = [" + names.joined(separator: ", ") + "]\n\n"
        out += "eta = " + PythonText.number(lesson.options.learningRate) + "  # η, the learning rate\n"
        out += "UPDATES = \(iterations)  # how many updates the lesson makes\n"
        if lesson.options.updateBiases {
            out += "# θ₁ = θ₀ − η∇L(θ₀) for every weight and bias.\n"
            out += "optimizer = torch.optim.SGD([p for layer in layers for p in layer.parameters()], lr=eta)\n\n\n"
        } else {
            out += "# θ₁ = θ₀ − η∇L(θ₀) for the weights only: this lesson keeps its biases fixed (their .grad is still computed).\n"
            out += "optimizer = torch.optim.SGD([layer.weight for layer in layers], lr=eta)\n\n\n"
        }
        out += forwardFunction(names: names)
        out += lossFunction()
        out += PythonLessonParts.checkFunction + "\n"
        out += "\n" + parts.expectedValues(samplesAsColumns: false) + "\n"
        out += mainLoop(names: names)
        out += PythonLessonParts.jsonLine(
            weights: "[x for layer in layers for x in layer.weight.detach().flatten().tolist()]",
            biases: "[x for layer in layers for x in layer.bias.detach().flatten().tolist()]")
        return out
    }

    /// The PyTorch expression of σ(z) for an activation.
    static func call(_ activation: Activation, _ z: String) -> String {
        switch activation {
        case .sigmoid: return "torch.sigmoid(\(z))"
        case .tanh: return "torch.tanh(\(z))"
        case .relu: return "torch.relu(\(z))"
        case .leakyReLU: return "torch.nn.functional.leaky_relu(\(z), \(Activation.leakySlope))"
        case .linear: return z
        case .softmax: return "torch.softmax(\(z), dim=1)"
        }
    }

    func forwardFunction(names: [String]) -> String {
        let architecture = lesson.network.architecture
        var out = "def forward(x):\n"
        out += "    \"\"\"The forward pass of the samples in the rows of x: every z⁽ˡ⁾ and a⁽ˡ⁾, layer by layer.\"\"\"\n"
        var previous = "x"
        var zs: [String] = [], activations: [String] = []
        for (layer, name) in names.enumerated() {
            let shape = architecture.layers[layer]
            let z = "z_" + shape.name, a = "a_" + shape.name
            let input = layer == 0 ? "x" : parts.layered("a", layer - 1)
            out += "    \(z) = \(name)(\(previous))  # \(parts.layered("z", layer)) = \(parts.layered("W", layer))\(input) + \(parts.layered("b", layer))\n"
            out += "    \(a) = \(Self.call(shape.activation, z))  # \(parts.layered("a", layer)) = \(shape.activation == .sigmoid ? "σ" : shape.activation.name)(\(parts.layered("z", layer)))\n"
            zs.append(z)
            activations.append(a)
            previous = a
        }
        out += "    return [" + zs.joined(separator: ", ") + "], [" + activations.joined(separator: ", ") + "]\n\n\n"
        return out
    }

    func lossFunction() -> String {
        let (formula, code): (String, String)
        switch lesson.options.loss {
        case .halfSquaredError: (formula, code) = ("l = ½ Σᵢ (tᵢ − yᵢ)²", "0.5 * ((t - y) ** 2).sum(dim=1)")
        case .mse: (formula, code) = ("l = (1/n) Σᵢ (tᵢ − yᵢ)²", "((t - y) ** 2).mean(dim=1)")
        case .crossEntropy: (formula, code) = ("l = −Σᵢ tᵢ ln yᵢ, with ln y = log_softmax(z)",
                                               "-(t * torch.log_softmax(z, dim=1)).sum(dim=1)")
        case .binaryCrossEntropy:
            (formula, code) = ("l = −Σᵢ [tᵢ ln yᵢ + (1 − tᵢ) ln(1 − yᵢ)], computed from z as PyTorch advises",
                               "torch.nn.functional.binary_cross_entropy_with_logits(z, t, reduction=\"none\").sum(dim=1)")
        }
        return """
        def losses(z, y, t):
            \"\"\"Each sample's loss lⁿ (one per row), from the output layer's z and y: \(formula).\"\"\"
            return \(code)



        """
    }

    func mainLoop(names: [String]) -> String {
        let symbol = parts.lossSymbol
        let full = lesson.options.batch == .full
        let mean = full && lesson.options.reduction == .mean
        let rows = full ? "x, t = X, T  # a full batch: every sample in every update"
                        : "n = (k - 1) % N  # one sample per update, in turn\n    x, t = X[n:n + 1], T[n:n + 1]"
        let reduce = full ? (mean ? "ls.mean()  # L = (1/N) Σₙ lⁿ" : "ls.sum()  # L = Σₙ lⁿ") : "ls.sum()  # l of the one sample"
        // z.grad is ∂L/∂z⁽ˡ⁾; with L the mean over N samples, each sample's own ∂lⁿ/∂z⁽ˡ⁾ is N times it.
        let dldz = mean ? "(N * z.grad)" : "z.grad"
        var out = parts.checkHeading
        out += "for k in range(1, UPDATES + 1):\n"
        out += "    " + rows + "\n"
        out += "    zs, activations = forward(x)\n"
        out += "    for z in zs:\n        z.retain_grad()  # keep ∂" + symbol + "/∂z⁽ˡ⁾ to compare\n"
        out += "    ls = losses(zs[-1], activations[-1], t)\n"
        out += "    loss = " + reduce + "\n"
        out += "    optimizer.zero_grad()\n"
        out += "    for layer in layers:\n        layer.zero_grad()  # also the .grad of a bias the optimizer leaves alone\n"
        out += "    loss.backward()  # every .grad = ∂" + symbol + "/∂θ, by backpropagation\n"
        out += "    if k == 1:\n"
        out += "        check(\"\(symbol)\", loss.item())\n"
        out += "        for l, (z, a) in enumerate(zip(zs, activations), 1):\n"
        out += "            check(f\"z⁽{SUPERSCRIPT[l]}⁾\", z.tolist())\n"
        out += "            check(f\"a⁽{SUPERSCRIPT[l]}⁾\", a.tolist())\n"
        out += "            check(f\"∂l/∂z⁽{SUPERSCRIPT[l]}⁾\", \(dldz).tolist())\n"
        out += "        for l, layer in enumerate(layers, 1):\n"
        out += "            check(f\"∂\(symbol)/∂W⁽{SUPERSCRIPT[l]}⁾\", layer.weight.grad.tolist())\n"
        out += "            check(f\"∂\(symbol)/∂b⁽{SUPERSCRIPT[l]}⁾\", layer.bias.grad.tolist())\n"
        out += "    optimizer.step()  # θ ← θ − η∇L(θ)\n"
        out += "    if k == 1:\n"
        out += "        for l, layer in enumerate(layers, 1):\n"
        out += "            check(f\"W⁽{SUPERSCRIPT[l]}⁾ new\", layer.weight.tolist())\n"
        out += "            check(f\"b⁽{SUPERSCRIPT[l]}⁾ new\", layer.bias.tolist())\n"
        out += "print(f\"Made {UPDATES} update(s); the loss before the last one was {loss.item():.9g}.\")\n\n"
        return "SUPERSCRIPT = \"⁰¹²³⁴⁵⁶⁷⁸⁹\"\n\n" + out
    }
}
