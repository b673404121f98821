/* cputime -- the benchmark's stopwatch: run one shell command and report
 * its wall-clock time, its CPU time and its peak RSS, finer than GNU
 * time's 10 ms.
 *
 *	cputime OUTFILE COMMAND
 *
 * runs `/bin/sh -c COMMAND` with the standard streams it was given, waits
 * for it, and writes one line to OUTFILE:
 *
 *	WALL_NS CPU_NS MAXRSS_KIB STATUS
 *
 * WALL_NS from CLOCK_MONOTONIC; CPU_NS the user + system time of the
 * shell and every process it waited for (a pipeline's stages), from
 * getrusage(RUSAGE_CHILDREN), microseconds on Linux; MAXRSS_KIB the
 * largest of those processes' peak RSS; STATUS the command's exit status
 * (128 + N for signal N), which is also cputime's own.  Exit 127 when the
 * shell cannot be started, 2 on a usage error.
 */
#define _POSIX_C_SOURCE 200809L
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static long long ns_of(const struct timespec *t)
{
	return (long long)t->tv_sec * 1000000000LL + t->tv_nsec;
}

static long long tv_ns(const struct timeval *t)
{
	return (long long)t->tv_sec * 1000000000LL + (long long)t->tv_usec * 1000LL;
}

int main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	pid_t pid;
	int st, status;
	FILE *out;

	if (argc != 3) {
		fputs("usage: cputime OUTFILE COMMAND\n", stderr);
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		perror("cputime: fork");
		return 127;
	}
	if (pid == 0) {
		execl("/bin/sh", "sh", "-c", argv[2], (char *)NULL);
		perror("cputime: /bin/sh");
		_exit(127);
	}
	while (waitpid(pid, &st, 0) < 0) {
		if (errno != EINTR) {
			perror("cputime: waitpid");
			return 127;
		}
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	getrusage(RUSAGE_CHILDREN, &ru);
	status = WIFEXITED(st) ? WEXITSTATUS(st) : WIFSIGNALED(st) ? 128 + WTERMSIG(st) : 1;
	out = fopen(argv[1], "w");
	if (out == NULL) {
		perror(argv[1]);
		return 127;
	}
	fprintf(out, "%lld %lld %ld %d\n", ns_of(&t1) - ns_of(&t0),
	    tv_ns(&ru.ru_utime) + tv_ns(&ru.ru_stime), ru.ru_maxrss, status);
	if (fclose(out) != 0) {
		perror(argv[1]);
		return 127;
	}
	return status;
}
