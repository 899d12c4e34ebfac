/// The built-in data sets a lesson can name instead of listing its samples.
///
/// Each is modelled on a generator of the TensorFlow playground (playground.tensorflow.org)
/// and makes samples with two inputs (x₁, x₂) — a point of the plane — and one target.
/// The four classification sets have two classes with targets 1 and 0 (for a sigmoid
/// output; the playground uses +1 and −1); the two regression sets have real targets.
/// ``DatasetRecipe`` documents how each is drawn.
public enum DatasetName: String, CaseIterable, Sendable, Hashable {
    /// Four quadrants: target 1 where the signs of x₁ and x₂ differ, 0 where they agree.
    case xor
    /// A disc of radius 2.5 (target 1) inside a ring from 3.5 to 5 (target 0).
    case circle
    /// Two Gaussian clusters, around (2, 2) (target 1) and (−2, −2) (target 0).
    case gauss
    /// Two interleaved spirals (targets 1 and 0) winding out to radius 5.
    case spiral
    /// Regression on a plane: t = (x₁ + x₂) / 10, whose level sets are lines.
    case line
    /// Regression on a wave: t = sin(π x₁ / 6), bands across x₁; x₂ plays no part.
    case sine

    /// The name used in lesson files.
    public var name: String { rawValue }

    /// Whether the targets are class labels 0 and 1 (otherwise they are real numbers).
    public var isClassification: Bool {
        switch self {
        case .xor, .circle, .gauss, .spiral: return true
        case .line, .sine: return false
        }
    }

    /// The smallest and largest target any sample can have, for any noise in ``DatasetRecipe/noiseRange``.
    public var targetBounds: ClosedRange<Double> {
        switch self {
        case .xor, .circle, .gauss, .spiral: return 0...1
        // |x₁ + x₂| < 12 and the noise adds less than 12 · noise ≤ 12.
        case .line: return -2.4...2.4
        case .sine: return -1...1
        }
    }
}
