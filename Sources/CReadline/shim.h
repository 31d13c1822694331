#ifndef CASEQUIZ_CREADLINE_SHIM_H
#define CASEQUIZ_CREADLINE_SHIM_H
#include <signal.h>
#include <pthread.h>
#include <stdio.h>
#include <string.h>
#include <sys/ioctl.h>
#include <readline/readline.h>
#include <readline/history.h>

/* ---- Readline globals: Swift 6 rejects mutable C globals, so write them here. ---- */

static inline void cq_rl_configure(void) {
  rl_readline_name = "casequiz"; /* for $if casequiz in ~/.inputrc */
  rl_catch_signals = 0;      /* callback interface: our handlers below, not readline's */
  rl_catch_sigwinch = 0;     /* SIGWINCH is ours too; we call rl_resize_terminal() */
  rl_change_environment = 0; /* do not export LINES/COLUMNS behind our back */
  rl_sort_completion_matches = 0; /* keep the game's order (a, b, c, d) */
  rl_completer_word_break_characters = ""; /* complete the whole line: multi-word options */
}
static inline void cq_rl_set_completion(rl_completion_func_t *complete, rl_compdisp_func_t *display) {
  rl_attempted_completion_function = complete;
  rl_completion_display_matches_hook = display;
}
/* Called from inside the completion function: no filename fallback, append nothing. */
static inline void cq_rl_completion_setup(void) {
  rl_attempted_completion_over = 1;
  rl_completion_append_character = '\0';
}
static inline const char *cq_rl_line_buffer(void) { return rl_line_buffer; }
static inline int cq_rl_end(void) { return rl_end; }
/* Ctrl-C with text: drop the line and any half-typed key sequence, prompt again. */
static inline void cq_rl_discard_line(void) {
  rl_free_line_state();
  rl_callback_sigcleanup();
  rl_replace_line("", 1);
  rl_point = rl_end = rl_mark = 0;
  rl_echo_signal_char(SIGINT);
  rl_crlf();
  rl_on_new_line();
  rl_redisplay();
}

/* The newest history entry, or NULL. */
static inline const char *cq_history_last_line(void) {
  HIST_ENTRY *entry = history_get(history_base + history_length - 1);
  return entry ? entry->line : NULL;
}

/* stdout is a mutable C global too. Writes go through the same FILE as Swift's print(). */
static inline void cq_stdout_write(const char *text) {
  fputs(text, stdout);
  fflush(stdout);
}

/* ---- Terminal size (ioctl is variadic, so Swift cannot call it). ---- */

static inline int cq_terminal_columns(int fd) {
  struct winsize ws;
  if (ioctl(fd, TIOCGWINSZ, &ws) == 0 && ws.ws_col > 0) return ws.ws_col;
  return 0;
}

/* ---- Signals: handlers only set flags; readLine loops poll them. ----
   These statics exist once per Swift object file that calls the functions, so ONLY
   TerminalSignals.swift may call cq_signals_* (one file, one copy of the flags). */

static volatile sig_atomic_t cq_sigint_pending = 0;
static volatile sig_atomic_t cq_sigwinch_pending = 0;
static volatile sig_atomic_t cq_sigcont_pending = 0;
static volatile sig_atomic_t cq_termination_signal = 0; /* sticky: SIGTERM, SIGHUP or SIGPIPE */
static int cq_signals_installed = 0;
#define CQ_SIGNAL_COUNT 6
static struct sigaction cq_previous_actions[CQ_SIGNAL_COUNT] = {0}; /* initialized: Swift drops tentative definitions */
static const int cq_signals[CQ_SIGNAL_COUNT] = {SIGINT, SIGTERM, SIGHUP, SIGPIPE, SIGWINCH, SIGCONT};

static void cq_signal_handler(int sig) {
  if (sig == SIGINT) cq_sigint_pending = 1;
  else if (sig == SIGWINCH) cq_sigwinch_pending = 1;
  else if (sig == SIGCONT) cq_sigcont_pending = 1;
  else cq_termination_signal = sig;
}
/* No SA_RESTART, so poll() and read() return EINTR. Installing twice keeps the first saved actions.
   SIGINT, SIGTERM and SIGHUP are caught even when ignored at start-up: a script's background job inherits
   SIGINT ignored, and some launchers ignore SIGTERM or SIGHUP, yet a game must end (saved, with its summary)
   on each of them, or a front end, `timeout` or a service manager cannot stop it. SIGPIPE (a front end that
   closed our output) ends the game the same way instead of killing it before the session is saved; the
   write that raised it fails with EPIPE and is dropped. SIGWINCH and SIGCONT stay ignored when they were. */
static inline void cq_signals_install(void) {
  if (cq_signals_installed) return;
  cq_signals_installed = 1;
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = cq_signal_handler;
  sigemptyset(&sa.sa_mask);
  /* A parent may start us with these signals blocked (Foundation's Process passes its thread's mask on):
     unblock the ones we handle on this thread, or SIGTERM would never end the game. */
  sigset_t handled;
  sigemptyset(&handled);
  for (int i = 0; i < CQ_SIGNAL_COUNT; i++) {
    sigaction(cq_signals[i], NULL, &cq_previous_actions[i]);
    if (cq_previous_actions[i].sa_handler != SIG_IGN || cq_signals[i] == SIGINT || cq_signals[i] == SIGTERM ||
        cq_signals[i] == SIGHUP || cq_signals[i] == SIGPIPE) {
      sigaction(cq_signals[i], &sa, NULL);
      sigaddset(&handled, cq_signals[i]);
    }
  }
  pthread_sigmask(SIG_UNBLOCK, &handled, NULL);
}
static inline void cq_signals_restore(void) {
  if (!cq_signals_installed) return;
  cq_signals_installed = 0;
  for (int i = 0; i < CQ_SIGNAL_COUNT; i++) sigaction(cq_signals[i], &cq_previous_actions[i], NULL);
}
static inline int cq_signals_take_sigint(void) {
  int v = cq_sigint_pending; cq_sigint_pending = 0; return v;
}
static inline int cq_signals_take_sigwinch(void) {
  int v = cq_sigwinch_pending; cq_sigwinch_pending = 0; return v;
}
static inline int cq_signals_take_sigcont(void) {
  int v = cq_sigcont_pending; cq_sigcont_pending = 0; return v;
}
static inline int cq_signals_termination(void) { return cq_termination_signal; }
/* Forgets every signal received: for harnesses that run many games in one process, never for the game. */
static inline void cq_signals_forget(void) {
  cq_sigint_pending = 0; cq_sigwinch_pending = 0; cq_sigcont_pending = 0; cq_termination_signal = 0;
}
#endif
