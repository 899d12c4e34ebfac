/// Sine and cosine of an angle given in turns, computed the same way on every platform.
///
/// The C library's `sin` and `cos` are not guaranteed to round the same way everywhere, so
/// the data set generators use this instead. Every step is an IEEE 754 basic operation
/// (+, −, ×, ÷, `floor`, rounding to an integer), each exactly rounded, in a fixed order;
/// Swift never fuses a multiply and an add on its own, so the same input gives the same
/// bits on every platform.
///
/// The method, for an angle of u turns (2πu radians):
/// 1. reduce: f = u − ⌊u⌋ in [0, 1), s = 4f in [0, 4) (exact), q = s rounded to the nearest
///    integer, r = s − q in [−½, ½] (exact): the angle is q quarter turns plus r quarter turns;
/// 2. evaluate S = sin(πr/2) and C = cos(πr/2) by their Taylor series in r to degree 17 and 18,
///    in Horner form, with the coefficients (π/2)ᵏ/k! written out below (each the double
///    nearest the exact value). For |πr/2| ≤ π/4 the first term left out is below 10⁻¹⁹;
/// 3. rotate by q quarter turns: (sin, cos) = (S, C), (C, −S), (−S, −C) or (−C, S) for
///    q mod 4 = 0, 1, 2, 3.
///
/// The results are within a few units in the last place of the true values (checked
/// against the C library in the tests), which is plenty for placing data points.
public enum TurnTrigonometry {
    /// sin(πr/2) = r·(s1 + r²·(s3 + r²·(… + r²·s17))): sₖ = (−1)^((k−1)/2)·(π/2)ᵏ/k!.
    static let sineCoefficients: [Double] = [
        1.5707963267948966, -0.6459640975062463, 0.07969262624616705, -0.004681754135318688,
        0.00016044118478735983, -3.598843235212085e-06, 5.692172921967927e-08,
        -6.688035109811468e-10, 6.0669357311061955e-12,
    ]

    /// cos(πr/2) = 1 + r²·(c2 + r²·(c4 + … + r²·c18)): cₖ = (−1)^(k/2)·(π/2)ᵏ/k!.
    static let cosineCoefficients: [Double] = [
        -1.2337005501361697, 0.25366950790104803, -0.02086348076335296, 0.0009192602748394266,
        -2.5202042373060607e-05, 4.710874778818172e-07, -6.386603083791852e-09,
        6.565963114979473e-11, -5.294400200734623e-13,
    ]

    /// sin(2πu) and cos(2πu) for an angle of `turns` turns; `turns` must be finite.
    public static func sineAndCosine(turns: Double) -> (sine: Double, cosine: Double) {
        precondition(turns.isFinite, "an angle must be finite")
        let fraction = turns - turns.rounded(.down)
        let quarters = 4 * fraction
        let quadrant = quarters.rounded(.toNearestOrAwayFromZero)
        let r = quarters - quadrant
        let s = quarterSine(r), c = quarterCosine(r)
        switch Int(quadrant) & 3 {
        case 0: return (s, c)
        case 1: return (c, -s)
        case 2: return (-s, -c)
        default: return (-c, s)
        }
    }

    /// sin(2πu) for an angle of `turns` turns.
    public static func sine(turns: Double) -> Double { sineAndCosine(turns: turns).sine }

    /// sin(πr/2) for |r| ≤ ½, by Horner's rule from the highest coefficient down.
    static func quarterSine(_ r: Double) -> Double {
        let r2 = r * r
        var sum = sineCoefficients[sineCoefficients.count - 1]
        for k in stride(from: sineCoefficients.count - 2, through: 0, by: -1) {
            sum = sineCoefficients[k] + r2 * sum
        }
        return r * sum
    }

    /// cos(πr/2) for |r| ≤ ½, by Horner's rule from the highest coefficient down.
    static func quarterCosine(_ r: Double) -> Double {
        let r2 = r * r
        var sum = cosineCoefficients[cosineCoefficients.count - 1]
        for k in stride(from: cosineCoefficients.count - 2, through: 0, by: -1) {
            sum = cosineCoefficients[k] + r2 * sum
        }
        return 1 + r2 * sum
    }
}
