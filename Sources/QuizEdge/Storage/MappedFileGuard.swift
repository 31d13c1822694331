import Foundation
import Glibc

/// Files mapped into memory (``ProfileFiles/readMapped(_:threshold:)``), and the guard that keeps a mapped file
/// cut short by another program from crashing casequiz.
///
/// Reading a page of a mapping past the end of its file raises `SIGBUS`, which would end the process. casequiz
/// never shortens a file in place (it renames a new one over the old, which the mapping keeps), but another
/// program could, while a game runs. The guard's `SIGBUS` handler maps a page of zeros over the page that
/// faulted when it belongs to a registered mapping, and notes the mapping as damaged (``isIntact(_:)``): the
/// read sees zeros, which no record or game line parses as, and the snapshot's lines are checked against their
/// digests again before they are written into the next snapshot (see `RecordTable` and `StoredSessions`), so
/// nothing cut off or changed is carried over unchecked. A `SIGBUS` anywhere else is left to the previous action.
public enum MappedFileGuard {
  /// How many mappings can be registered at once (a process maps one snapshot at a time, a few in tests).
  static let slots = 64

  /// Per slot: start address (0 when free), length, and whether a page of it was replaced (0 or 1). The
  /// handler only reads the first two; a slot is filled before its mapping is handed out, on the thread that
  /// maps, and emptied after the mapping is gone.
  private nonisolated(unsafe) static let table: UnsafeMutablePointer<Int> = {
    let table = UnsafeMutablePointer<Int>.allocate(capacity: slots * 3)
    table.initialize(repeating: 0, count: slots * 3)
    return table
  }()
  private static let lock = NSLock()
  private nonisolated(unsafe) static var pageSize = 4096
  private nonisolated(unsafe) static var previous = sigaction()

  private static let installed: Bool = {
    pageSize = max(1, Int(sysconf(Int32(_SC_PAGESIZE))))
    _ = table
    var action = sigaction()
    action.sa_flags = SA_SIGINFO
    sigemptyset(&action.sa_mask)
    action.__sigaction_handler.sa_sigaction = { _, info, _ in
      MappedFileGuard.handleFault(at: info?.pointee._sifields._sigfault.si_addr)
    }
    return sigaction(SIGBUS, &action, &previous) == 0
  }()

  /// Maps `count` bytes of the open file `fd` and registers the mapping; `nil` when it cannot be mapped or
  /// guarded (the caller then reads the file instead).
  static func map(_ fd: Int32, count: Int) -> Data? {
    guard count > 0, installed else { return nil }
    guard let base = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0), base != MAP_FAILED else { return nil }
    guard let slot = register(base, count: count) else {
      munmap(base, count)
      return nil
    }
    return Data(
      bytesNoCopy: base, count: count,
      deallocator: .custom { pointer, count in
        munmap(pointer, count)
        release(slot)
      })
  }

  /// Whether no page of the mapping holding `bytes` was cut off since it was mapped; `true` for bytes that are
  /// not in a registered mapping.
  public static func isIntact(_ bytes: UnsafeRawBufferPointer) -> Bool {
    guard let base = bytes.baseAddress else { return true }
    let address = Int(bitPattern: base)
    lock.lock()
    defer { lock.unlock() }
    for slot in 0..<slots {
      let start = table[slot * 3]
      guard start != 0, address >= start, address < start + table[slot * 3 + 1] else { continue }
      return table[slot * 3 + 2] == 0
    }
    return true
  }

  /// Whether no page of the mapping holding `data` was cut off since it was mapped.
  public static func isIntact(_ data: Data) -> Bool {
    data.withUnsafeBytes { isIntact($0) }
  }

  // MARK: The table

  private static func register(_ base: UnsafeMutableRawPointer, count: Int) -> Int? {
    lock.lock()
    defer { lock.unlock() }
    for slot in 0..<slots where table[slot * 3] == 0 {
      table[slot * 3 + 1] = count
      table[slot * 3 + 2] = 0
      table[slot * 3] = Int(bitPattern: base)
      return slot
    }
    return nil
  }

  private static func release(_ slot: Int) {
    lock.lock()
    defer { lock.unlock() }
    table[slot * 3] = 0
  }

  /// The `SIGBUS` handler; it only reads the table, calls `mmap` and, for a fault that is not ours, restores
  /// the previous action (so the fault, repeated, ends the process as it would have).
  private static func handleFault(at address: UnsafeMutableRawPointer?) {
    let faulting = Int(bitPattern: address)
    for slot in 0..<slots {
      let start = table[slot * 3]
      guard start != 0, faulting >= start, faulting < start + table[slot * 3 + 1] else { continue }
      let pageStart = faulting & ~(pageSize - 1)
      let zeros = mmap(
        UnsafeMutableRawPointer(bitPattern: pageStart), pageSize, PROT_READ,
        MAP_PRIVATE | MAP_ANONYMOUS | MAP_FIXED, -1, 0)
      if zeros != MAP_FAILED {
        table[slot * 3 + 2] = 1
        return  // the read is repeated and sees zeros
      }
      break
    }
    sigaction(SIGBUS, &previous, nil)
  }
}
