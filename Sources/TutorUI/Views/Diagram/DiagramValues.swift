import BackpropCore
import BackpropNotation
import Lessons

/// The numbers the diagram shows at one step, all taken from the core: the sample's inputs
/// and targets, the values known so far, and each weight before (or after) its update.
struct DiagramValues: Sendable {
    /// The inputs of the sample on screen.
    let inputs: [Double]
    /// Its targets.
    let targets: [Double]
    /// What the student has seen so far in this update.
    let known: KnownValues
    /// The update's trace (θ₀ of every parameter).
    let trace: IterationTrace
    /// The values written out, for this update and sample.
    let texts: ValueTexts
    /// The value a waiting quiz hides: written `?`.
    let hidden: ValueRef?
    /// What the last what-if edit changed, when it was made at this step.
    let editChanges: EditChanges?

    /// The values at the step on screen of `state`, with `texts` for its update and sample
    /// (made here when not given).
    init(state: StepperState, known: KnownValues, texts: ValueTexts) {
        self.known = known
        trace = state.current.trace
        let sample = state.lesson.samples[known.sample]
        inputs = sample.inputs
        targets = sample.targets
        self.texts = texts
        hidden = state.hiddenResult
        editChanges = state.instructor.changes(at: state.position)
    }

    /// The value a weight's edge shows: θ₁ once its update step has been walked, else θ₀.
    func weight(_ p: Int) -> (value: Double, isUpdated: Bool) {
        if let updated = known.updated[p] { return (updated, true) }
        return (trace.before(p), false)
    }

    /// The text for `ref`'s `value` at most `width` columns wide: the full text when it fits,
    /// else the value with fewer digits; `cut` becomes true when that loses digits a student
    /// needs (fewer than the value's four significant digits).
    func text(_ ref: ValueRef, _ value: Double, fitting width: Int, context: RenderContext, cut: inout Bool) -> String {
        if ref == hidden { return "?" }
        if let marked = markedText(ref, value, fitting: width, context: context) { return marked }
        if let text = texts.text(ref), Screen.width(of: text) <= width { return text }
        let fitted = Self.fitted(value, width: width, context: context)
        if Self.significantDigits(in: fitted) < Self.significantDigits(in: Self.fewestDigits(value, context: context)) {
            cut = true
        }
        return fitted
    }

    /// `value` with the fewest digits the diagram may show without saying so: four significant
    /// digits (or the notation's own, if fewer), dropping the zeros that end them (−0.0381 for
    /// −0.0380982).
    static func fewestDigits(_ value: Double, context: RenderContext) -> String {
        NumberFormat(significantDigits: min(4, context.notation.numbers.significantDigits ?? 6),
                     style: context.notation.style).string(value)
    }

    /// How many significant digits `text` writes: its digits before any exponent, without
    /// the leading zeros (`−0.0412` has 3, `1.2×10⁻⁵` has 2, `0` has none).
    static func significantDigits(in text: String) -> Int {
        var digits = 0
        for character in text {
            if character == "e" || character == "E" || character == "×" || character == "x" { break }
            guard character.isASCII, character.isNumber else { continue }
            if digits > 0 || character != "0" { digits += 1 }
        }
        return digits
    }

    /// Like ``text(_:_:fitting:context:cut:)``, but nil where the number would be cut short
    /// because not even one digit of it fits in `width` columns.
    func wholeText(_ ref: ValueRef, _ value: Double, fitting width: Int, context: RenderContext) -> String? {
        if ref == hidden { return "?" }
        if let marked = markedText(ref, value, fitting: width, context: context) {
            return Self.digits(value, width: width, context: context) == nil ? nil : marked
        }
        if let text = texts.text(ref), Screen.width(of: text) <= width { return text }
        return Self.digits(value, width: width, context: context)
    }

    /// `value` in at most `width` columns: with fewer digits, down to one; cut with an
    /// ellipsis as the last resort, so a number never runs over a box's border.
    static func fitted(_ value: Double, width: Int, context: RenderContext) -> String {
        if let text = digits(value, width: width, context: context) { return text }
        let one = NumberFormat(significantDigits: 1, style: context.notation.style).string(value)
        return TextShortening.shortened(one, to: width, ellipsis: context.glyphs.ellipsis)
    }

    /// `value` in at most `width` columns with fewer digits, down to one; nil when even one
    /// digit is wider.
    static func digits(_ value: Double, width: Int, context: RenderContext) -> String? {
        let text = context.number(value, fitting: width)
        if Screen.width(of: text) <= width { return text }
        let one = NumberFormat(significantDigits: 1, style: context.notation.style).string(value)
        return Screen.width(of: one) <= width ? one : nil
    }

    /// The slope σ'(z) of neuron `neuron`'s activation at its z, as the engine takes it
    /// (``Activation/derivative(z:a:)``), once z and a are known; nil for softmax.
    func slope(of neuron: Int, in architecture: Architecture) -> Double? {
        var layer = architecture.layers.count - 1
        while architecture.neuronOffsets[layer] > neuron { layer -= 1 }
        let activation = architecture.layers[layer].activation
        guard activation.isElementwise, let z = known.value(.z(neuron)), let a = known.value(.a(neuron)) else { return nil }
        return activation.derivative(z: z, a: a)
    }

    /// The value of a neuron's `ref`, if known.
    func value(_ ref: ValueRef) -> Double? {
        switch ref {
        case .input(let i): inputs[i]
        case .target(let j): targets[j]
        default: known.value(ref)
        }
    }
}
