/// The draws the data set generators make, each built only from exactly rounded operations.
extension SplitMix64 {
    /// A double uniform in [−1, 1): 2u − 1.
    mutating func nextSigned() -> Double {
        2 * nextUnit() - 1
    }

    /// An approximately standard normal number: the Irwin–Hall sum u₁ + … + u₁₂ − 6.
    ///
    /// Twelve uniforms in [0, 1) have mean 6 and variance 12 · 1/12 = 1, so the sum minus 6
    /// has mean 0, variance 1 and lies in [−6, 6). It needs no logarithm (the polar and
    /// Box–Muller methods do), only additions in a fixed order, so it is the same everywhere.
    mutating func nextNormal() -> Double {
        var sum = 0.0
        for _ in 0..<12 { sum += nextUnit() }
        return sum - 6
    }

    /// A direction uniform on the unit circle, without sine or cosine.
    ///
    /// Draws (v₁, v₂) uniform in the square [−1, 1)² until it falls in the unit disc (and is
    /// not the origin), then scales it to length 1 by dividing by √(v₁² + v₂²). The angle of a
    /// point uniform in the disc is uniform; √ is exactly rounded, so the result is the same
    /// everywhere. On average 4/π ≈ 1.27 tries, two draws each.
    mutating func nextDirection() -> (x: Double, y: Double) {
        while true {
            let v1 = nextSigned(), v2 = nextSigned()
            let s = v1 * v1 + v2 * v2
            if s > 0 && s <= 1 {
                let length = s.squareRoot()
                return (v1 / length, v2 / length)
            }
        }
    }

    /// An integer uniform in 0..<bound: the high 64 bits of the next value times `bound`.
    mutating func nextIndex(below bound: Int) -> Int {
        precondition(bound > 0, "the bound must be positive")
        return Int(next().multipliedFullWidth(by: UInt64(bound)).high)
    }

    /// Shuffles `elements` in place by Fisher–Yates: for i from the last index down to 1,
    /// swap element i with element j = ``nextIndex(below:)`` (i + 1).
    mutating func shuffle<T>(_ elements: inout [T]) {
        var i = elements.count - 1
        while i > 0 {
            elements.swapAt(i, nextIndex(below: i + 1))
            i -= 1
        }
    }
}
