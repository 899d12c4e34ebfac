/// The six generators behind ``DatasetRecipe/samples()``, which documents what each draws.
///
/// Each appends `count` samples to `samples`, drawing from `random` in the documented order.
enum DatasetGenerators {
    /// Four quadrants, target 1 where the signs differ.
    static func xor(count: Int, noise: Double, random: inout SplitMix64, into samples: inout [Sample]) {
        let padding = 0.3
        for _ in 0..<count {
            var x = random.nextUniform(-5, 5)
            x += x > 0 ? padding : -padding
            var y = random.nextUniform(-5, 5)
            y += y > 0 ? padding : -padding
            let nx = random.nextUniform(-5, 5) * noise
            let ny = random.nextUniform(-5, 5) * noise
            let target: Double = (x + nx) * (y + ny) < 0 ? 1 : 0
            samples.append(Sample(inputs: [x, y], targets: [target]))
        }
    }

    /// A disc of radius 2.5 (class 1) inside a ring from 3.5 to 5 (class 0).
    static func circle(count: Int, noise: Double, random: inout SplitMix64, into samples: inout [Sample]) {
        let radius = 5.0, inner = 2.5, ring = 3.5
        let inside = count - count / 2
        for i in 0..<count {
            let r = i < inside ? random.nextUniform(0, inner) : random.nextUniform(ring, radius)
            let direction = random.nextDirection()
            let x = r * direction.x, y = r * direction.y
            let nx = random.nextUniform(-radius, radius) * noise
            let ny = random.nextUniform(-radius, radius) * noise
            let px = x + nx, py = y + ny
            let target: Double = px * px + py * py < inner * inner ? 1 : 0
            samples.append(Sample(inputs: [x, y], targets: [target]))
        }
    }

    /// Two normal clusters around (2, 2) and (−2, −2).
    static func gauss(count: Int, noise: Double, random: inout SplitMix64, into samples: inout [Sample]) {
        let deviation = (0.5 + 7 * noise).squareRoot()
        let first = count - count / 2
        for i in 0..<count {
            let center: Double = i < first ? 2 : -2
            let x = center + deviation * random.nextNormal()
            let y = center + deviation * random.nextNormal()
            samples.append(Sample(inputs: [x, y], targets: [i < first ? 1 : 0]))
        }
    }

    /// Two spirals half a turn apart.
    static func spiral(count: Int, noise: Double, random: inout SplitMix64, into samples: inout [Sample]) {
        let n = count - count / 2
        for (offset, classCount, target) in [(0.0, n, 1.0), (0.5, count / 2, 0.0)] {
            for i in 0..<classCount {
                let r = 5 * Double(i) / Double(n)
                let turns = (1.75 * Double(i)) / Double(n) + offset
                let (sine, cosine) = TurnTrigonometry.sineAndCosine(turns: turns)
                let x = r * sine + random.nextSigned() * noise
                let y = r * cosine + random.nextSigned() * noise
                samples.append(Sample(inputs: [x, y], targets: [target]))
            }
        }
    }

    /// A plane: t = (x + y) / 10 with noise on the inputs of the target.
    static func line(count: Int, noise: Double, random: inout SplitMix64, into samples: inout [Sample]) {
        for _ in 0..<count {
            let x = random.nextUniform(-6, 6), y = random.nextUniform(-6, 6)
            let nx = random.nextUniform(-6, 6) * noise
            let ny = random.nextUniform(-6, 6) * noise
            samples.append(Sample(inputs: [x, y], targets: [((x + nx) + (y + ny)) / 10]))
        }
    }

    /// A wave along x: t = sin(π(x + nx)/6).
    static func sine(count: Int, noise: Double, random: inout SplitMix64, into samples: inout [Sample]) {
        for _ in 0..<count {
            let x = random.nextUniform(-6, 6), y = random.nextUniform(-6, 6)
            let nx = random.nextUniform(-6, 6) * noise
            samples.append(Sample(inputs: [x, y], targets: [TurnTrigonometry.sine(turns: (x + nx) / 12)]))
        }
    }
}
