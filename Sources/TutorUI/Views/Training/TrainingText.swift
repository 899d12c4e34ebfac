import BackpropCore
import BackpropNotation
import TrainingModels

/// How the training view writes its counts, rates and messages, in Unicode or ASCII.
enum TrainingText {
    /// `value` with `digits` significant digits in the context's notation.
    static func number(_ value: Double, digits: Int = 4, context: RenderContext) -> String {
        NumberFormat(significantDigits: digits, style: context.notation.style).string(value)
    }

    /// A rate rounded to 3 significant digits and grouped: 1,230,000 updates/s.
    static func rate(_ perSecond: Double) -> String {
        guard perSecond.isFinite, perSecond >= 1 else { return perSecond.isFinite ? "<1" : "?" }
        let magnitude = Int(clamping: perSecond.rounded(), to: 0...Int.max).description.count
        let unit = magnitude > 3 ? Double(pow10(magnitude - 3)) : 1
        return NumberFormat.grouped(Int(clamping: (perSecond / unit).rounded() * unit, to: 0...Int.max))
    }

    /// 10 to the power `exponent` (≥ 0).
    private static func pow10(_ exponent: Int) -> Int { (0..<exponent).reduce(1) { result, _ in result * 10 } }

    /// A speed: "100 updates/frame", "1 update/frame", "full speed".
    static func speed(_ speed: TrainingSpeed) -> String {
        switch speed {
        case .perFrame(let count): "\(NumberFormat.grouped(count)) update\(count == 1 ? "" : "s")/frame"
        case .fullSpeed: "full speed"
        }
    }

    /// The η symbol: η, or `eta` in ASCII.
    static func eta(_ context: RenderContext) -> String { context.isUnicode ? "η" : "eta" }

    /// A notice as a line of text.
    static func notice(_ notice: TrainingNotice, context: RenderContext) -> String {
        let eta = eta(context)
        switch notice {
        case .diverged(let iteration):
            return "Training diverged at update \(NumberFormat.grouped(iteration)): r lowers \(eta) and restarts, "
                + "s steps into that update"
        case .speed(let speed):
            return "Playing at \(self.speed(speed))" + (speed == .fullSpeed ? " (as many updates as fit in a frame)" : "")
        case let .learningRateLowered(from, to, restart):
            let restarted = restart.map { ", restarting after update \(NumberFormat.grouped($0)), the last finite one" } ?? ""
            return "\(eta) lowered from \(number(from, digits: 6, context: context)) to "
                + "\(number(to, digits: 6, context: context))\(restarted)"
        case .unknownKey(let name):
            return "The key \(name) does nothing in the training view: ? lists the keys"
        }
    }

    /// The first non-finite value of a divergence in words: `∂l/∂z of h2 = ∞ (sample 3)`.
    static func nonFinite(_ value: NonFiniteValue, context: RenderContext) -> String {
        let number = context.notation.number(value.value)
        func symbol(_ quantity: NeuronQuantity) -> String {
            switch quantity {
            case .z: context.symbol(.z)
            case .a: context.symbol(.a)
            case .dlda: context.symbol(.dlda)
            case .dldz: context.symbol(.dldz)
            }
        }
        func parameter(_ id: String) -> String { context.notation.render(Quantity.parameter(id)) }
        let l = context.symbol(.loss), bigL = context.symbol(.totalLoss)
        let d = context.isUnicode ? "∂" : "d"
        switch value {
        case let .neuron(sample, neuron, quantity, _):
            return "\(symbol(quantity)) of \(neuron) = \(number) (sample \(sample + 1))"
        case let .sampleLoss(sample, _):
            return "\(l) = \(number) (sample \(sample + 1))"
        case let .sampleGradient(sample, id, _):
            return "\(d)\(l)/\(d)\(parameter(id)) = \(number) (sample \(sample + 1))"
        case let .gradient(id, _):
            return "\(d)\(bigL)/\(d)\(parameter(id)) = \(number)"
        case let .updatedParameter(id, _):
            return "new \(parameter(id)) = \(number)"
        }
    }

    /// The plot glyphs that go with the context.
    static func plotGlyphs(_ context: RenderContext) -> PlotGlyphs { context.isUnicode ? .unicode : .ascii }
}
