import BackpropNotation

/// The figures `backprop-bench` measured, as a readable table or as JSON.
struct BenchReport {
    /// `release` or `debug`.
    let build: String
    /// How many timed runs each path had (the fastest is reported).
    let repetitions: Int
    /// The fast path, `Trainer.step()`.
    let untraced: PathTiming
    /// The recording path, `Trainer.tracedStep()`.
    let traced: PathTiming
    /// Whether the traced run left θ bit for bit where as many untraced updates leave it.
    let tracedMatchesUntraced: Bool

    /// Traced nanoseconds per update over untraced.
    var tracedOverUntraced: Double { traced.nanosecondsPerUpdate / untraced.nanosecondsPerUpdate }

    /// The figures as a few aligned lines of text.
    var table: String {
        let rows = [
            ["path", "updates", "ns/update", "final loss"],
            ["untraced", String(untraced.updates), Self.decimal(untraced.nanosecondsPerUpdate, places: 1),
             String(untraced.finalLoss)],
            ["traced", String(traced.updates), Self.decimal(traced.nanosecondsPerUpdate, places: 1),
             String(traced.finalLoss)],
        ]
        let widths = (0..<4).map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            [Self.padded(row[0], to: widths[0], left: true)]
                + (1..<3).map { Self.padded(row[$0], to: widths[$0], left: false) }
                + ["  " + row[3]]
        }.map { $0.joined(separator: "  ") }
        return """
            backprop-bench (\(build) build): per-sample SGD on XOR, 2-4-1 sigmoid network,
            half squared error, η = 0.5; fastest of \(repetitions) timed runs after a warm-up.

            \(lines.joined(separator: "\n"))

            traced / untraced: \(Self.decimal(tracedOverUntraced, places: 2))x
            traced θ equals untraced θ bit for bit: \(tracedMatchesUntraced ? "yes" : "NO")
            """
    }

    /// The figures as one JSON object, doubles written so they read back exactly.
    var json: String {
        let fields: [(String, String)] = [
            ("build", "\"\(build)\""),
            ("repetitions", String(repetitions)),
            ("statistic", "\"minimum\""),
            ("untraced_updates", String(untraced.updates)),
            ("untraced_ns_per_update", Self.number(untraced.nanosecondsPerUpdate)),
            ("untraced_final_loss", Self.number(untraced.finalLoss)),
            ("untraced_final_parameters", "[" + untraced.finalParameters.map(Self.number).joined(separator: ", ") + "]"),
            ("traced_updates", String(traced.updates)),
            ("traced_ns_per_update", Self.number(traced.nanosecondsPerUpdate)),
            ("traced_final_loss", Self.number(traced.finalLoss)),
            ("traced_over_untraced", Self.number(tracedOverUntraced)),
            ("traced_matches_untraced", String(tracedMatchesUntraced)),
        ]
        return Self.jsonObject(fields)
    }

    /// One JSON object of `fields` (name, JSON text), a field a line, in order.
    static func jsonObject(_ fields: [(String, String)]) -> String {
        "{\n" + fields.map { "  \"\($0.0)\": \($0.1)" }.joined(separator: ",\n") + "\n}"
    }

    /// The training benchmarks' table: a `path  updates/s` header, then a line a path, its
    /// name aligned left and its rate, with thousands separated, aligned right.
    static func rateTable(_ rates: [(path: String, updatesPerSecond: Double)]) -> String {
        let rows = [["path", "updates/s"]] + rates.map { [$0.path, grouped($0.updatesPerSecond)] }
        let width = rows.map { $0[0].count }.max() ?? 0
        let numberWidth = rows.map { $0[1].count }.max() ?? 0
        return rows.map { row in
            padded(row[0], to: width, left: true) + "  " + padded(row[1], to: numberWidth, left: false)
        }.joined(separator: "\n")
    }

    /// `value` rounded to a whole number with thousands separated by commas.
    static func grouped(_ value: Double) -> String {
        abs(value) < 1e18 ? NumberFormat.grouped(Int(value.rounded())) : String(value)
    }

    /// A JSON number that reads back as the same double; null when it is not finite.
    static func number(_ value: Double) -> String {
        value.isFinite ? String(value) : "null"
    }

    /// `value` rounded to `places` decimals, written out without an exponent.
    static func decimal(_ value: Double, places: Int) -> String {
        guard value.isFinite, abs(value) < 1e15 else { return String(value) }
        var scale = 1
        for _ in 0..<places { scale *= 10 }
        let scaled = Int((abs(value) * Double(scale)).rounded())
        let fraction = String(scaled % scale)
        let digits = String(scaled / scale)
            + (places > 0 ? "." + String(repeating: "0", count: places - fraction.count) + fraction : "")
        return (value < 0 && scaled != 0 ? "-" : "") + digits
    }

    /// `text` padded with spaces to `width`, on the right when `left` aligns it left.
    static func padded(_ text: String, to width: Int, left: Bool) -> String {
        let padding = String(repeating: " ", count: max(0, width - text.count))
        return left ? text + padding : padding + text
    }
}
