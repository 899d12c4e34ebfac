import BuiltInLessons
import Foundation
import Testing
@testable import Lessons

/// Finding the lesson folders and listing what is in them, broken files included.
struct LessonLibraryTests {
    static func folder(_ files: [String: String]) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("library-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(to: url.appendingPathComponent(name), atomically: true, encoding: .utf8) }
        return url.path
    }

    static let good = try! String(contentsOf: ShippedLessonTests.lessonsFolder.appendingPathComponent("02-one-neuron-forward.toml"),
                                  encoding: .utf8)

    @Test func theBuiltInFolderIsFoundAboveTheExecutable() throws {
        // The test runner lives in .build/<triple>/debug/; the repository's lessons/ is above it.
        let executable = try #require(LessonLibrary.executablePath())
        let found = try #require(LessonLibrary.builtInFolder(searchingUpFrom: executable))
        #expect(LessonLibrary.realPath(found) == LessonLibrary.realPath(ShippedLessonTests.lessonsFolder.path))
        // An installed layout: <prefix>/bin/backprop with <prefix>/share/backprop/lessons/.
        let prefix = try Self.folder([:])
        try FileManager.default.createDirectory(atPath: prefix + "/bin", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: prefix + "/share/backprop/lessons", withIntermediateDirectories: true)
        try Self.good.write(toFile: prefix + "/share/backprop/lessons/01-a.toml", atomically: true, encoding: .utf8)
        try "".write(toFile: prefix + "/bin/backprop", atomically: true, encoding: .utf8)
        #expect(LessonLibrary.builtInFolder(searchingUpFrom: prefix + "/bin/backprop")
                .flatMap(LessonLibrary.realPath) == LessonLibrary.realPath(prefix + "/share/backprop/lessons"))
        // A folder named lessons without a lesson in it is not taken.
        let empty = try Self.folder([:])
        try FileManager.default.createDirectory(atPath: empty + "/x/lessons", withIntermediateDirectories: true)
        #expect(LessonLibrary.builtInFolder(searchingUpFrom: empty + "/x/tool") == nil
                || LessonLibrary.builtInFolder(searchingUpFrom: empty + "/x/tool")?.hasPrefix(empty) == false)
    }

    @Test func theEnvironmentOverridesTheBuiltInFolderAndExtraFoldersFollow() throws {
        let mine = try Self.folder(["b.toml": Self.good])
        let override = try Self.folder(["a.toml": Self.good])
        let (library, warnings) = LessonLibrary.standard(extraFolders: [mine, "/no/such/folder", mine],
                                                         environment: ["BACKPROP_LESSONS": override])
        #expect(library.folders == [override, mine])
        #expect(warnings == ["--lessons /no/such/folder: no such folder"])
        let (fallback, notes) = LessonLibrary.standard(environment: ["BACKPROP_LESSONS": "/no/such"])
        #expect(notes == ["BACKPROP_LESSONS=/no/such is not a folder; using the built-in lessons"])
        #expect(fallback.folders.count == 1 && fallback.folders[0].hasSuffix("lessons"))
        // No folder beside the executable: the lessons embedded in it, written out to the cache.
        let cache = try Self.folder([:])
        let (embedded, quiet) = LessonLibrary.standard(environment: ["XDG_CACHE_HOME": cache, "XDG_DATA_DIRS": "/nowhere"],
                                                       executablePath: "/nowhere/bin/backprop")
        #expect(quiet.isEmpty)
        #expect(embedded.folders.count == 1 && embedded.folders[0].hasPrefix(cache + "/backprop/lessons-"))
        #expect(LessonLibrary.embeddedFolder(environment: [:], files: []) == nil, "nothing embedded, nothing written")
    }

    @Test func entriesAreSortedByFileNameAndBrokenOnesKeepTheirError() throws {
        let folder = try Self.folder([
            "02-b.toml": Self.good, "01b-a.toml": Self.good, "01-a.toml": Self.good, "notes.txt": "x",
            "10-broken.toml": "title = \"Broken\"\nloss = 3\n", ".hidden.toml": Self.good,
        ])
        let entries = LessonLibrary(folders: [folder]).entries()
        #expect(entries.map(\.fileName) == ["01-a.toml", "01b-a.toml", "02-b.toml", "10-broken.toml"])
        #expect(entries.map(\.orderLabel) == ["1", "1b", "2", "10"])
        #expect(entries[0].title == "One neuron, forward" && entries[0].summary?.isEmpty == false)
        let broken = entries[3]
        #expect(broken.lesson == nil && broken.title == "10-broken.toml")
        #expect(broken.error?.problems.first?.description == "\(folder)/10-broken.toml: learning_rate: required key is missing")
        #expect(broken.error?.problems.count == 4, "learning_rate, network and data missing; loss of the wrong type")
    }

    @Test func aLessonIsFoundByItsNumberOrName() throws {
        let first = try Self.folder(["01-descent.toml": "", "01b-too-large.toml": "", "10-xor.toml": "", "mine.toml": ""])
        let second = try Self.folder(["01-other.toml": "", "02-extra.toml": ""])
        let library = LessonLibrary(folders: [first, second])
        let expected: [String: String?] = [
            "1": "\(first)/01-descent.toml", "01": "\(first)/01-descent.toml", "1b": "\(first)/01b-too-large.toml",
            "01b": "\(first)/01b-too-large.toml", "10": "\(first)/10-xor.toml", "xor": "\(first)/10-xor.toml",
            "10-xor": "\(first)/10-xor.toml", "10-xor.toml": "\(first)/10-xor.toml", "mine": "\(first)/mine.toml",
            "other": "\(second)/01-other.toml", "2": "\(second)/02-extra.toml",
            "descent.toml": "\(first)/01-descent.toml", "3": nil, "0": nil, "1c": nil, "": nil,
        ]
        for (name, path) in expected {
            #expect(library.path(named: name) == path, "\(name)")
        }
    }

    @Test func aLaterFoldersLessonsKeepProgressOfTheirOwn() throws {
        let first = try Self.folder(["07-worked-example.toml": Self.good])
        let second = try Self.folder(["07-worked-example.toml": Self.good, "mine.toml": Self.good])
        let entries = LessonLibrary(folders: [first, second]).entries()
        let realSecond = try #require(LessonLibrary.realPath(second))
        #expect(entries.map(\.id) == ["worked-example", realSecond + "/worked-example", realSecond + "/mine"])
        // A file opened by its path outside the library is keyed by its folder too.
        #expect(LessonEntry.id(ofFileOutsideLibrary: second + "/07-worked-example.toml") == realSecond + "/worked-example")
    }

    @Test func progressIdsDropTheOrderNumber() {
        #expect(LessonEntry.id(forFileName: "07-worked-example.toml") == "worked-example")
        #expect(LessonEntry.id(forFileName: "01b-learning-rate-too-large.toml") == "learning-rate-too-large")
        #expect(LessonEntry.id(forFileName: "mine.toml") == "mine")
        #expect(LessonEntry.id(forFileName: "2024.toml") == "2024")
        #expect(LessonEntry.id(forFileName: "12-.toml") == "12-")
        #expect(LessonEntry.split("007-x.toml")?.order == "7" && LessonEntry.split("00-x.toml")?.order == "0")
    }

    /// lessons/ is the source of truth: the binary embeds exactly its files.
    @Test func theEmbeddedLessonsAreTheLessonsFolder() throws {
        let folder = ShippedLessonTests.lessonsFolder.path
        let names = try #require(LessonLibrary.tomlFiles(in: folder))
        #expect(BuiltInLessons.files.map(\.name) == names)
        for file in BuiltInLessons.files {
            #expect(file.text == (try String(contentsOfFile: folder + "/" + file.name, encoding: .utf8)), "\(file.name)")
        }
    }

    @Test func embeddedLessonsAreWrittenOnceAndLoadLikeTheFolder() throws {
        let cache = try Self.folder([:])
        let environment = ["XDG_CACHE_HOME": cache]
        let folder = try #require(LessonLibrary.embeddedFolder(environment: environment))
        #expect(LessonLibrary.tomlFiles(in: folder) == BuiltInLessons.files.map(\.name))
        let modified = try FileManager.default.attributesOfItem(atPath: folder + "/" + BuiltInLessons.files[0].name)[.modificationDate] as? Date
        #expect(LessonLibrary.embeddedFolder(environment: environment) == folder)
        #expect(try FileManager.default.attributesOfItem(atPath: folder + "/" + BuiltInLessons.files[0].name)[.modificationDate] as? Date
                == modified, "a second run reuses the files")
        let loaded = LessonLibrary(folders: [folder]).entries().compactMap { try? $0.result.get() }
        #expect(loaded.count == BuiltInLessons.files.count)
        // A different set of lessons gets a folder of its own.
        let other = [BuiltInLessons.File(name: "01-a.toml", text: Self.good)]
        #expect(LessonLibrary.embeddedFolder(environment: environment, files: other) != folder)
        // No cache folder and no HOME: the password database's home, else the temporary folder.
        #expect(LessonLibrary.cacheFolders(environment: [:]).last?.hasPrefix("/tmp/backprop-") == true)
    }

    @Test func sharedFoldersOfTheXDGDataDirectoriesFollowTheBuiltInOnes() throws {
        let home = try Self.folder([:]), system = try Self.folder([:]), absent = try Self.folder([:])
        for base in [home, system] {
            try FileManager.default.createDirectory(atPath: base + "/backprop/lessons", withIntermediateDirectories: true)
        }
        let mine = try Self.folder(["b.toml": Self.good])
        let environment = ["XDG_DATA_HOME": home, "XDG_DATA_DIRS": "\(absent):\(system)"]
        #expect(LessonLibrary.sharedFolders(environment: environment) == [home + "/backprop/lessons", system + "/backprop/lessons"])
        let (library, _) = LessonLibrary.standard(extraFolders: [mine], environment: environment)
        #expect(Array(library.folders.dropFirst()) == [home + "/backprop/lessons", system + "/backprop/lessons", mine])
        #expect(LessonLibrary.sharedFolders(environment: ["HOME": home, "XDG_DATA_DIRS": absent]).isEmpty)
    }
}
