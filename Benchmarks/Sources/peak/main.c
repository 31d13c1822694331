// peak: runs a program and writes its peak resident memory (ru_maxrss, KiB) to a file.
//
//   peak <file> <program> [arguments…]
//
// Why a C program: Linux gives a child started with vfork or posix_spawn (which share the parent's memory until
// exec) the parent's peak RSS as its starting point, so a 20 MiB Swift driver would report every smaller child
// as 20 MiB. Forked from this tiny process, the measured program's figure is its own. Standard input, output
// and error pass through; the exit status is the program's (128 + signal when it was killed).
#include <errno.h>
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: peak <file> <program> [arguments...]\n");
    return 2;
  }
  pid_t pid = fork();
  if (pid < 0) {
    perror("peak: fork");
    return 2;
  }
  if (pid == 0) {
    execvp(argv[2], argv + 2);
    perror(argv[2]);
    _exit(127);
  }
  int status = 0;
  struct rusage usage;
  while (wait4(pid, &status, 0, &usage) < 0) {
    if (errno != EINTR) {
      perror("peak: wait4");
      return 2;
    }
  }
  FILE *out = fopen(argv[1], "w");
  if (out != NULL) {
    fprintf(out, "%ld\n", usage.ru_maxrss);
    fclose(out);
  }
  if (WIFEXITED(status)) return WEXITSTATUS(status);
  return 128 + WTERMSIG(status);
}
