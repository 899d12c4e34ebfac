/// The loss of every update of a training run, kept in constant memory however long it runs.
///
/// Losses go into buckets of ``bucketWidth`` consecutive updates, each a ``LossSummary``
/// (minimum, maximum, mean, last, divergence markers). When ``capacity`` buckets are full,
/// neighbouring buckets are merged pairwise and the width doubles, so a million updates
/// or a billion take the same memory; appending is O(1) amortised (a merge of `capacity/2`
/// pairs happens once every `capacity/2 · width` appends). Widths are powers of two.
///
/// The x axis counts updates: update k (1-based, in the order appended) covers the interval
/// [k − 1, k). ``columns(_:over:)`` answers "N columns of (min, max, last) over x from a to
/// b" for plotting in O(N + buckets).
public struct LossHistory: Sendable {
    /// The number of buckets kept when none is given: fine enough for a plot 2048 dots wide.
    public static let defaultCapacity = 4096

    /// The most buckets kept (even); merging keeps it constant.
    public let capacity: Int
    /// How many updates each full bucket covers (a power of two).
    public private(set) var bucketWidth = 1
    /// Every loss appended so far, summarised (count, extremes, divergence markers).
    public private(set) var total = LossSummary()
    /// The smallest positive finite loss so far (+∞ when none): the floor of a log scale.
    public private(set) var smallestPositive = Double.infinity
    /// The 1-based update numbers of the first few non-finite losses (at most ``markerLimit``).
    public private(set) var divergenceMarkers: [Int] = []
    /// How many divergence markers are kept by update number.
    public static let markerLimit = 64

    /// Full buckets, oldest first, each of `bucketWidth` updates.
    private var buckets: [LossSummary] = []
    /// The bucket being filled, with fewer than `bucketWidth` updates.
    private var open = LossSummary()

    /// Creates an empty history that keeps at most `capacity` buckets (rounded up to an even number ≥ 2).
    public init(capacity: Int = LossHistory.defaultCapacity) {
        self.capacity = max(2, capacity + (capacity & 1))
        buckets.reserveCapacity(self.capacity)
    }

    /// How many losses have been appended.
    public var count: Int { total.count }
    /// The last loss appended, if any.
    public var latest: Double? { total.count > 0 ? total.last : nil }
    /// How many buckets are stored now, the open one included: never more than ``capacity`` + 1.
    public var storedBucketCount: Int { buckets.count + (open.count > 0 ? 1 : 0) }

    /// Appends the loss of the next update.
    public mutating func append(_ loss: Double) {
        total.add(loss)
        if loss.isFinite {
            if loss > 0 && loss < smallestPositive { smallestPositive = loss }
        } else if divergenceMarkers.count < Self.markerLimit {
            divergenceMarkers.append(total.count)
        }
        open.add(loss)
        if open.count == bucketWidth {
            buckets.append(open)
            open = LossSummary()
            if buckets.count == capacity { mergePairs() }
        }
    }

    /// Merges buckets 2i and 2i + 1 into bucket i and doubles the width.
    private mutating func mergePairs() {
        let half = buckets.count / 2
        for i in 0..<half {
            var merged = buckets[2 * i]
            merged.merge(buckets[2 * i + 1])
            buckets[i] = merged
        }
        buckets.removeLast(buckets.count - half)
        bucketWidth *= 2
    }

    /// The stored bucket at `index`: bucket j covers x in [j·width, (j + 1)·width); the open bucket comes last.
    private func bucket(_ index: Int) -> LossSummary {
        index < buckets.count ? buckets[index] : open
    }

    /// `n` columns of summaries over x from `range.lowerBound` to `range.upperBound`
    /// (updates; all of them when nil), nil where a column holds no update.
    ///
    /// Column c covers [a + c·w, a + (c + 1)·w) with w = (b − a)/n and gets every bucket
    /// that overlaps it. When columns are narrower than buckets (zoomed in far), a column
    /// shows the whole bucket under it.
    public func columns(_ n: Int, over range: ClosedRange<Double>? = nil) -> [LossSummary?] {
        guard n > 0 else { return [] }
        var result = [LossSummary?](repeating: nil, count: n)
        let stored = storedBucketCount
        guard stored > 0 else { return result }
        let range = range ?? 0...Double(count)
        let a = range.lowerBound, width = (range.upperBound - range.lowerBound) / Double(n)
        guard width > 0, width.isFinite else { return result }
        let bucketSpan = Double(bucketWidth)
        for c in 0..<n {
            let start = a + Double(c) * width, end = start + width
            guard end > 0, start < Double(count) else { continue }
            // The first bucket that ends after `start` and the last that starts before `end`,
            // clamped in floating point so no range can overflow an Int.
            let first = max(0, (start / bucketSpan).rounded(.down))
            let last = min(Double(stored - 1), (end / bucketSpan).rounded(.up) - 1)
            guard first <= last else { continue }
            var summary = LossSummary()
            for index in Int(first)...Int(last) { summary.merge(bucket(index)) }
            result[c] = summary
        }
        return result
    }
}
