import CReadline
import Glibc

/// The signals a line editor cares about, caught by a C handler that only sets flags.
///
/// - SIGINT: pending until taken (`takeInterrupt()`); the editor decides what Ctrl-C means.
/// - SIGTERM, SIGHUP: sticky (`terminationSignal`); every later `readLine` returns `.terminated`.
/// - SIGPIPE: the reader of our output went away (a front end closed the pipe); sticky like SIGTERM, so the
///   game ends and saves its session instead of being killed by the default action.
/// - SIGWINCH: taken by the readline loop to re-read the terminal size.
/// - SIGCONT: taken by the readline loop to put the terminal back in editing mode after Ctrl-Z/`fg`.
///
/// Handlers are installed without `SA_RESTART`, so a blocking `poll`/`read` on this thread returns
/// `EINTR`; the loops still poll with a short timeout because the kernel may deliver a
/// process-directed signal to another thread. SIGINT, SIGTERM and SIGHUP are caught even when the
/// process started with them ignored (a script's background job, some launchers): every game must end
/// on them. A game installs the handlers before it loads anything (`GameRunner`), so a signal that
/// arrives while the bank or the profile is read is not lost either.
///
/// All access to the C flags must stay in this file: the shim's `static` state exists once per
/// Swift object file that uses it.
public enum TerminalSignals {
  /// Timeout for the waiting loops, in milliseconds: the worst-case delay before a signal that
  /// hit another thread is noticed.
  public static let pollInterval: Int32 = 100

  public static func install() { cq_signals_install() }
  public static func restore() { cq_signals_restore() }
  /// Forgets the signals received so far (harnesses that play many games in one process; never the game).
  public static func forgetReceived() { cq_signals_forget() }

  /// True once per Ctrl-C.
  public static func takeInterrupt() -> Bool { cq_signals_take_sigint() != 0 }
  public static func takeResize() -> Bool { cq_signals_take_sigwinch() != 0 }
  public static func takeContinue() -> Bool { cq_signals_take_sigcont() != 0 }

  /// SIGTERM, SIGHUP or SIGPIPE, once it has arrived; it stays set.
  public static var terminationSignal: Int32? {
    let signal = cq_signals_termination()
    return signal == 0 ? nil : signal
  }

  /// Waits until `fd` has input, a signal arrives, or `pollInterval` passes.
  /// Returns true when `fd` is readable (or at end of file / hung up: the read will tell).
  public static func waitForInput(on fd: Int32) -> Bool {
    var entry = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
    let ready = poll(&entry, 1, pollInterval)
    return ready > 0 && entry.revents != 0
  }
}
