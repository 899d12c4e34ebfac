import Testing
@testable import TrainingModels

/// ``LossHistory``: bucket merging by hand, and against a brute-force reference after a
/// million appends; constant memory; columns over sub-ranges; divergence markers.
struct LossHistoryTests {
    @Test func bucketsMergePairwiseWhenFull() {
        // Capacity 4: after 1…4 the four one-update buckets merge into [1,2] [3,4] (width 2);
        // 5, 6 fill a third bucket, 7, 8 a fourth, and they merge into [1…4] [5…8] (width 4).
        var history = LossHistory(capacity: 4)
        for loss in 1...8 { history.append(Double(loss)) }
        #expect(history.bucketWidth == 4)
        #expect(history.storedBucketCount == 2)
        let columns = history.columns(2)
        #expect(columns.map { $0?.minimum } == [1, 5])
        #expect(columns.map { $0?.maximum } == [4, 8])
        #expect(columns.map { $0?.last } == [4, 8])
        #expect(columns.map { $0?.mean } == [2.5, 6.5])
        #expect(columns.map { $0?.count } == [4, 4])
        // A ninth loss opens a bucket of its own.
        history.append(0.5)
        #expect(history.storedBucketCount == 3)
        #expect(history.columns(1)[0]?.minimum == 0.5 && history.columns(1)[0]?.count == 9)
        #expect(history.latest == 0.5)
    }

    /// Losses from a fixed linear congruential generator, with a NaN every 99 991 updates.
    static func losses(_ count: Int) -> [Double] {
        var state: UInt64 = 12345
        return (0..<count).map { k in
            if k % 99_991 == 99_990 { return .nan }
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) * 0x1.0p-53 * 10 / Double(1 + k / 1000)
        }
    }

    @Test func aMillionAppendsAgreeWithABruteForceReferenceInConstantMemory() {
        let count = 1 << 20
        let losses = Self.losses(count)
        var history = LossHistory(capacity: 4096)
        var mostBuckets = 0
        for loss in losses {
            history.append(loss)
            mostBuckets = max(mostBuckets, history.storedBucketCount)
        }
        #expect(mostBuckets <= 4097)
        #expect(history.count == count)
        // 2²⁰ updates in at most 4096 buckets: the width is a power of two with 2048 ≤ 2²⁰/width < 4096.
        #expect(history.bucketWidth == 512)
        #expect(history.storedBucketCount == 2048)
        // 256 columns of 4096 updates each: every column is exactly 8 buckets, so its
        // summary must equal the reference computed from the raw losses.
        let columns = history.columns(256)
        for (c, column) in columns.enumerated() {
            guard let column else {
                Issue.record("column \(c) is empty")
                continue
            }
            let slice = losses[(c * 4096)..<((c + 1) * 4096)]
            let finite = slice.filter(\.isFinite)
            #expect(column.count == 4096)
            #expect(column.nonFiniteCount == slice.count - finite.count)
            #expect(column.minimum == finite.min())
            #expect(column.maximum == finite.max())
            #expect(column.last.isNaN ? slice.last!.isNaN : column.last == slice.last!)
            let mean = finite.reduce(0, +) / Double(finite.count)
            #expect(abs(column.mean - mean) <= 1e-12 * mean)
            #expect(column.minimum <= column.mean && column.mean <= column.maximum)
        }
        #expect(columns.map { $0?.count ?? 0 }.reduce(0, +) == count)
        #expect(history.total.nonFiniteCount == losses.filter(\.isNaN).count)
        #expect(history.divergenceMarkers == Array(stride(from: 99_991, through: count, by: 99_991)))
    }

    @Test func appendingBeyondAMillionKeepsTheBound() {
        var history = LossHistory(capacity: 64)
        for k in 0..<3_000_000 { history.append(Double(k % 1000)) }
        #expect(history.storedBucketCount <= 65)
        #expect(history.bucketWidth.nonzeroBitCount == 1)
        for column in history.columns(100).compactMap({ $0 }) {
            #expect(column.minimum <= column.mean && column.mean <= column.maximum)
        }
    }

    @Test func meanStaysBetweenMinimumAndMaximumDespiteRounding() {
        // 0.1 + 0.1 + 0.1 = 0.30000000000000004, and / 3 is above 0.1: the mean is clamped.
        var summary = LossSummary()
        for _ in 0..<3 { summary.add(0.1) }
        #expect(summary.sum / 3 > 0.1)
        #expect(summary.mean == 0.1)
    }

    @Test func columnsOverASubRangeAndBeyondTheData() {
        var history = LossHistory(capacity: 8)
        for k in 1...8 { history.append(Double(k)) }
        // The eighth loss fills the eighth bucket, so they merge: four buckets of width 2.
        #expect(history.bucketWidth == 2)
        // x from 2 to 6 in 2 columns: [2, 4) holds updates 3, 4 and [4, 6) updates 5, 6.
        let middle = history.columns(2, over: 2...6)
        #expect(middle.map { $0?.minimum } == [3, 5])
        #expect(middle.map { $0?.maximum } == [4, 6])
        // Columns past the last update are empty.
        let wide = history.columns(4, over: 0...16)
        #expect(wide.map { $0 == nil } == [false, false, true, true])
        // A column narrower than a bucket shows the whole bucket under it.
        let narrow = history.columns(4, over: 0...2)
        #expect(narrow.allSatisfy { $0?.minimum == 1 && $0?.maximum == 2 })
        // Nonsense ranges give empty columns, not a crash.
        #expect(history.columns(3, over: 0...Double.infinity).allSatisfy { $0 == nil })
        #expect(history.columns(3, over: 1e300...1e301).allSatisfy { $0 == nil })
        #expect(history.columns(0).isEmpty)
        #expect(LossHistory().columns(5).allSatisfy { $0 == nil })
    }

    @Test func nonFiniteLossesAreMarkersAndDoNotSpoilTheExtremes() {
        var history = LossHistory(capacity: 16)
        for loss in [0.5, .infinity, 0.25, .nan, 0, -1] { history.append(loss) }
        let all = history.columns(1)[0]!
        #expect(all.minimum == -1 && all.maximum == 0.5)
        #expect(all.nonFiniteCount == 2 && all.diverged)
        #expect(history.divergenceMarkers == [2, 4])
        #expect(history.smallestPositive == 0.25, "0 and −1 are not positive")
        let split = history.columns(6)
        #expect(split.map { $0?.diverged } == [false, true, false, true, false, false])
        #expect(split[1]?.finiteCount == 0 && split[1]?.mean.isNaN == true)
    }
}
