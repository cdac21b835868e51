#ifndef CLINUXSHIMS_H
#define CLINUXSHIMS_H
// Linux-only system calls that Swift's Glibc module does not export: epoll, eventfd, and the _GNU_SOURCE
// functions accept4 and pthread_setname_np (the same approach as SwiftNIO's CNIOLinux).
// sys/random.h: getrandom, which MockPlivo draws its identifiers and tokens from.
#ifdef __linux__
#include <sys/epoll.h>
#include <sys/eventfd.h>
#include <sys/socket.h>
#include <pthread.h>
#include <sys/random.h>

int clinux_accept4(int fd, struct sockaddr *address, socklen_t *length, int flags);
int clinux_set_thread_name(pthread_t thread, const char *name);
#endif
#endif
