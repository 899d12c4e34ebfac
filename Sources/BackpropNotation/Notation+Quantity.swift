import BackpropCore

/// How quantities are written: subscripts for names, ∂ for derivatives, superscripts for samples.
extension Notation {
    /// A quantity as text.
    public func render(_ quantity: Quantity) -> String {
        switch quantity {
        case .input(let name): return named(name)
        case .parameter(let id): return named(id)
        case .z(let neuron): return subscripted("z", neuron)
        case .a(let neuron): return subscripted("a", neuron)
        case .y(let neuron): return subscripted("y", neuron)
        case .t(let neuron): return subscripted("t", neuron)
        case .loss: return "l"
        case .totalLoss: return "L"
        case .sampleCount: return "N"
        case .outputCount: return "n"
        case .learningRate:
            switch style {
            case .unicode: return "η"
            case .ascii: return "eta"
            case .latex: return "\\eta"
            }
        case let .partial(numerator, denominator):
            switch style {
            case .unicode: return "∂" + render(numerator) + "/∂" + render(denominator)
            case .ascii: return "d" + render(numerator) + "/d" + render(denominator)
            case .latex: return "\\frac{\\partial " + render(numerator) + "}{\\partial " + render(denominator) + "}"
            }
        case let .ofSample(base, sample):
            let mark = sample.map(String.init) ?? "n"
            switch style {
            // In parentheses, as the course writes samples: l⁽¹⁾, never l¹ (a power).
            case .unicode: return render(base) + String(("(" + mark + ")").map { NumberFormat.superscript[$0] ?? $0 })
            case .ascii: return render(base) + "^(" + mark + ")"
            case .latex: return render(base) + "^{(" + mark + ")}"
            }
        }
    }

    /// A name such as `i1` or `w5`, with its trailing digits as a subscript: i₁, w₅.
    func named(_ name: String) -> String {
        let digits = name.reversed().prefix { $0.isASCII && $0.isNumber }.count
        guard digits > 0, digits < name.count else { return style == .latex ? "\\mathrm{\(name)}" : name }
        let base = name.dropLast(digits), number = name.suffix(digits)
        switch style {
        case .unicode: return base + String(number.map { Self.subscripts[$0]! })
        case .ascii: return name
        case .latex: return (base.count == 1 ? String(base) : "\\mathrm{\(base)}") + "_{" + number + "}"
        }
    }

    /// A symbol with a neuron name as subscript: zₕ₁ (or z_hidden1 where Unicode has no subscript letter).
    func subscripted(_ symbol: String, _ neuron: String) -> String {
        switch style {
        case .unicode: return symbol + (Self.unicodeSubscript(neuron) ?? "_" + neuron)
        case .ascii: return symbol + "_" + neuron
        case .latex: return symbol + "_{" + neuron + "}"
        }
    }

    /// `text` in Unicode's subscript characters (`h1` → `ₕ₁`), or nil when one of its
    /// characters has none (Unicode has no subscript b, c, d, f, g, q, w, y, z or capitals).
    public static func unicodeSubscript(_ text: String) -> String? {
        var result = ""
        for character in text {
            guard let lowered = subscripts[character] else { return nil }
            result.append(lowered)
        }
        return result
    }

    /// The characters Unicode has subscript forms for.
    static let subscripts: [Character: Character] = [
        "0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅", "6": "₆", "7": "₇", "8": "₈", "9": "₉",
        "a": "ₐ", "e": "ₑ", "h": "ₕ", "i": "ᵢ", "j": "ⱼ", "k": "ₖ", "l": "ₗ", "m": "ₘ", "n": "ₙ",
        "o": "ₒ", "p": "ₚ", "r": "ᵣ", "s": "ₛ", "t": "ₜ", "u": "ᵤ", "v": "ᵥ", "x": "ₓ",
    ]
}
