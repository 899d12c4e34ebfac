import Lessons
import ProgressStorage
import Reports

/// Draws the lesson menu: a heading, one line per lesson (its label, title and progress,
/// the selected one highlighted), the selected lesson's summary, progress and file below,
/// a status line and the keys; below 80x24, the size notice instead.
struct LessonMenuView {
    let state: LessonMenuState
    let context: RenderContext

    /// Rows under the list for the selected lesson: a rule, two rows of summary, its
    /// progress and its file.
    static let detailRows = 5

    /// The fewest lessons the list shows under a long warning.
    static let minimumListRows = 3

    /// How many lessons the list shows at once at `size`, below `banner` rows of warning:
    /// the rows left by the heading and the blank row under it (or under the warning), the
    /// blank row and the detail under the list, and the status and hints lines.
    static func listRows(for size: TerminalSize, banner: Int = 0) -> Int {
        max(1, size.rows - 2 - banner - 1 - detailRows - 2)
    }

    /// The most rows a warning above the list takes at `size`: every row the list can spare
    /// while it still shows ``minimumListRows`` lessons (11 at 80x24), so a warning with
    /// long paths is read whole.
    static func bannerRows(for size: TerminalSize) -> Int {
        max(1, listRows(for: size) - minimumListRows)
    }

    /// The warning's lines, wrapped to the screen; past ``bannerRows(for:)`` the last ends
    /// with an ellipsis.
    var bannerLines: [String] {
        guard let banner = state.banner else { return [] }
        let lines = TextWrapping.lines(of: context.lessonText(banner), width: width - 2)
        let most = Self.bannerRows(for: state.size)
        guard lines.count > most else { return lines }
        let last = TextShortening.shortened(lines[most - 1] + " " + context.glyphs.ellipsis, to: width - 2,
                                            ellipsis: context.glyphs.ellipsis)
        return Array(lines.prefix(most - 1)) + [last]
    }

    /// The row the list starts at.
    var listTop: Int { 2 + bannerLines.count }

    /// How many lessons the list shows.
    var listRows: Int { Self.listRows(for: state.size, banner: bannerLines.count) }

    /// The index of the first lesson in view: the selection stays in view, near the middle
    /// when the list is longer than the screen.
    var firstVisible: Int {
        let rows = listRows
        let count = state.menu.items.count
        guard count > rows else { return 0 }
        return min(max(0, state.selected - rows / 2), count - rows)
    }

    /// The screen.
    func render() -> Screen {
        guard state.size.fits(.minimum) else { return .terminalTooSmall(size: state.size) }
        var screen = Screen(size: state.size)
        drawHeading(into: &screen)
        drawList(into: &screen)
        drawDetail(row: listTop + min(listRows, max(1, state.menu.items.count)) + 1, into: &screen)
        drawStatus(row: state.size.rows - 2, into: &screen)
        drawHints(row: state.size.rows - 1, into: &screen)
        return screen
    }

    private var width: Int { state.size.columns }
    /// How wide the list's rows are: the screen, but at most 100 columns, so a lesson's
    /// progress stays near its title.
    private var rowWidth: Int { min(width, 100) }

    private func drawHeading(into screen: inout Screen) {
        let items = state.menu.items
        screen.put(" Lessons", row: 0, column: 0, style: .title)
        let done = items.filter { $0.progress.status == .done }.count
        let count = "\(done) of \(items.count) done "
        screen.put(count, row: 0, column: rowWidth - Screen.width(of: count), style: .dim)
        for (offset, line) in bannerLines.enumerated() {
            screen.put(line, row: 1 + offset, column: 1, style: .error)
        }
    }

    /// The progress written for a lesson's row: `status · quizzes` as `backprop list` writes
    /// it when it fits beside the title, else shorter (`step 13 of 33 · 1.5/8`, `update 3 of 4`).
    static func progressText(_ item: LessonMenu.Item, compact: Bool) -> String {
        if item.problem != nil { return "does not load" }
        guard compact else { return ([item.status] + (item.quizzes.map { [$0] } ?? [])).joined(separator: " · ") }
        var status = item.status
        if item.progress.status == .inProgress, let place = item.place(compact: true) { status = place }
        let score = item.progress.score(quizCount: item.quizCount)
        return score.attempted > 0 ? status + " · " + score.description : status
    }

    private func drawList(into screen: inout Screen) {
        let items = state.menu.items
        guard !items.isEmpty else {
            screen.put("No lessons found. Add a folder with --lessons DIR.", row: listTop, column: 2, style: .error)
            return
        }
        let labelWidth = items.map { Screen.width(of: $0.label) }.max() ?? 1
        let titleStart = 3 + labelWidth + 2
        let marker = context.isUnicode ? "▸" : ">"
        let first = firstVisible
        for (offset, index) in (first..<min(items.count, first + listRows)).enumerated() {
            let item = items[index]
            let row = listTop + offset
            let isSelected = index == state.selected
            if isSelected { screen.fill(Rect(row: row, column: 0, rows: 1, columns: rowWidth), style: .selection) }
            let base: Style = isSelected ? .selection : .normal
            if isSelected { screen.put(marker, row: row, column: 1, style: base.adding(.bold)) }
            let label = String(repeating: " ", count: labelWidth - Screen.width(of: item.label)) + item.label
            screen.put(label, row: row, column: 3, style: isSelected ? base.adding(.bold) : .title)
            var progress = Self.progressText(item, compact: false)
            let titleText = context.lessonText(item.entry.title)
            let titleWidth = Screen.width(of: titleText)
            if titleStart + titleWidth + 2 + Screen.width(of: progress) + 1 > rowWidth {
                progress = Self.progressText(item, compact: true)
            }
            let progressColumn = rowWidth - 1 - Screen.width(of: progress)
            let title = TextShortening.shortened(titleText, to: max(4, progressColumn - 2 - titleStart),
                                                 ellipsis: context.glyphs.ellipsis)
            screen.put(title, row: row, column: titleStart, style: base)
            let progressStyle: Style = item.problem != nil ? .error
                : item.progress.status == .done ? .accent : item.progress.status == .notStarted ? .dim : .normal
            screen.put(progress, row: row, column: progressColumn, style: isSelected ? base : progressStyle)
        }
    }

    private func drawDetail(row top: Int, into screen: inout Screen) {
        guard let item = state.selectedItem else { return }
        let rule = String(context.glyphs.light.horizontal)
        let heading = rule + " " + item.label + "  " + context.lessonText(item.entry.title) + " "
        let shown = TextShortening.shortened(heading, to: width, ellipsis: context.glyphs.ellipsis)
        screen.put(shown, row: top, column: 0, style: .title)
        screen.put(String(repeating: rule, count: max(0, width - Screen.width(of: shown))), row: top,
                   column: Screen.width(of: shown), style: .dim)
        let textWidth = width - 4
        var lines: [(String, Style)] = []
        if let problem = item.problem {
            // The problem names the file by its path; the path has a line of its own.
            let shortened = problem.replacing(item.entry.path, with: item.entry.fileName)
            lines += TextWrapping.lines(of: context.lessonText("Does not load: " + shortened), width: textWidth).prefix(2)
                .map { ($0, .error) }
            while lines.count < 2 { lines.append(("", .normal)) }
            lines.append(("backprop check on the file lists every problem.", .normal))
            lines.append((context.lessonText(displayPath(item.entry.path)), .dim))
        } else {
            let summary = TextWrapping.lines(of: context.lessonText(item.entry.summary ?? ""), width: textWidth)
            lines += summary.prefix(2).enumerated().map { index, line in
                (index == 1 && summary.count > 2
                    ? TextShortening.shortened(line + " " + context.glyphs.ellipsis, to: textWidth,
                                               ellipsis: context.glyphs.ellipsis)
                    : line, .normal)
            }
            while lines.count < 2 { lines.append(("", .normal)) }
            lines.append((Self.progressText(item, compact: false), .accent))
            lines.append((context.lessonText(displayPath(item.entry.path)), .dim))
        }
        for (offset, line) in lines.prefix(Self.detailRows - 1).enumerated() {
            screen.put(TextShortening.shortened(line.0, to: textWidth, ellipsis: context.glyphs.ellipsis), row: top + 1 + offset,
                       column: 2, style: line.1)
        }
    }

    /// `path` relative to the working directory when it lies below it.
    private func displayPath(_ path: String) -> String {
        guard let directory = state.workingDirectory, path.hasPrefix(directory + "/") else { return path }
        return String(path.dropFirst(directory.count + 1))
    }

    private func drawStatus(row: Int, into screen: inout Screen) {
        screen.fill(Rect(row: row, column: 0, rows: 1, columns: width), style: .status)
        // Right: the practice on offer and its best score; the title gives way when short of room.
        let shape = state.selectedPracticeShape
        let best = state.practice[shape].map { ", best \($0.best)" } ?? ""
        let practice = "p practice \(shape)\(best), P shape "
        let title = " backprop: learn backpropagation, one node at a time"
        let room = width - Screen.width(of: practice)
        screen.put(Screen.width(of: title) + 2 <= room ? title : " backprop", row: row, column: 0, style: Style(.status, .bold))
        screen.put(practice, row: row, column: max(0, room), style: .status)
    }

    private func drawHints(row: Int, into screen: inout Screen) {
        if let message = state.message {
            KeyHintsLine.drawMessage(message.text, isError: message.isError, row: row, into: &screen, context: context)
            return
        }
        let g = context.glyphs
        KeyHintsLine(hints: [("\(g.arrowUp)\(g.arrowDown)/jk/1-9", "choose"), ("Enter", "open"), ("r", "start over"),
                             ("q", "quit")]).draw(row: row, into: &screen)
    }
}
