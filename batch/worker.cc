#include "batch/worker.h"

#include <fcntl.h>
#include <signal.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <new>

#include "batch/test_hooks.h"
#include "batch/worker_wire.h"

namespace baocao {
namespace {

// The child's exit code when an allocation failed under the memory limit.
constexpr int kExitOutOfMemory = 97;
// The child's exit code when it could not hand its reply over.
constexpr int kExitReplyLost = 98;

void OutOfMemory() { ::_exit(kExitOutOfMemory); }

// Bytes of address space this process maps now (from /proc/self/statm).
std::uint64_t MappedBytes() {
  std::FILE* f = std::fopen("/proc/self/statm", "r");
  if (f == nullptr) return 0;
  unsigned long pages = 0;
  int n = std::fscanf(f, "%lu", &pages);
  std::fclose(f);
  if (n != 1) return 0;
  return static_cast<std::uint64_t>(pages) * static_cast<std::uint64_t>(::sysconf(_SC_PAGESIZE));
}

void SetLimit(int resource, std::uint64_t value) {
  struct rlimit limit {};
  limit.rlim_cur = static_cast<rlim_t>(value);
  limit.rlim_max = static_cast<rlim_t>(value);
  ::setrlimit(resource, &limit);
}

bool WriteAll(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

[[noreturn]] void ChildMain(int out, pid_t parent, std::string_view bytes, const std::string& file_name,
                            const RuleSet& rules, const ConvertOptions& convert, const WorkerLimits& limits) {
  ::prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (::getppid() != parent) ::_exit(kExitReplyLost);  // the parent died before prctl
  ::setpgid(0, 0);
  for (int sig : {SIGTERM, SIGINT, SIGHUP, SIGPIPE, SIGCHLD}) ::signal(sig, SIG_DFL);
  SetLimit(RLIMIT_AS, MappedBytes() + limits.memory_bytes);
  // CPU seconds add up over threads (OCR may use every core), so the
  // backstop allows the wall-clock limit on every core, plus a margin.
  long cores = std::max(1L, ::sysconf(_SC_NPROCESSORS_ONLN));
  SetLimit(RLIMIT_CPU, (static_cast<std::uint64_t>(std::ceil(limits.seconds)) + 5) * static_cast<std::uint64_t>(cores));
  SetLimit(RLIMIT_CORE, 0);  // a crashing converter must not fill the disk with cores
  std::set_new_handler(OutOfMemory);
  TestHookInWorkerChild(bytes);  // inert unless a test installed hooks
  std::string reply;
  try {
    reply = EncodeOutcome(ProcessBytes(bytes, file_name, rules, convert));
  } catch (const std::exception& e) {
    reply = EncodeOutcome(Status::Internal(std::string("internal error converting the file: ") + e.what()));
  }
  // _exit, not exit: the parent's stdio buffers and atexit handlers are not ours.
  ::_exit(WriteAll(out, reply) ? 0 : kExitReplyLost);
}

// Children whose whole reply was read but which were not yet waited for.
std::vector<pid_t>& Exiting() {
  static std::vector<pid_t>* pids = new std::vector<pid_t>();
  return *pids;
}

std::string Seconds(double s) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%g", s);
  return buf;
}

}  // namespace

Result<std::unique_ptr<Worker>> Worker::Start(std::string_view bytes, const std::string& file_name,
                                              const RuleSet& rules, const ConvertOptions& convert,
                                              const WorkerLimits& limits, const std::vector<int>& close_in_child) {
  int fds[2];
  if (::pipe2(fds, O_CLOEXEC) != 0) {
    return Status::Internal(std::string("cannot create a pipe for a worker: ") + std::strerror(errno));
  }
  pid_t parent = ::getpid();
  std::fflush(nullptr);  // nothing buffered may be written twice
  pid_t pid = ::fork();
  if (pid < 0) {
    int err = errno;
    ::close(fds[0]);
    ::close(fds[1]);
    return Status::Internal(std::string("cannot start a worker process: ") + std::strerror(err));
  }
  if (pid == 0) {
    ::close(fds[0]);
    for (int fd : close_in_child) ::close(fd);
    ChildMain(fds[1], parent, bytes, file_name, rules, convert, limits);
  }
  ::close(fds[1]);
  ::fcntl(fds[0], F_SETFL, ::fcntl(fds[0], F_GETFL) | O_NONBLOCK);
  std::unique_ptr<Worker> w(new Worker());
  w->pid_ = pid;
  w->fd_ = fds[0];
  w->limits_ = limits;
  w->deadline_ = Clock::now() + std::chrono::duration_cast<Clock::duration>(std::chrono::duration<double>(limits.seconds));
  return w;
}

Worker::~Worker() {
  if (pid_ > 0) {
    ::kill(pid_, SIGKILL);
    int status = 0;
    while (::waitpid(pid_, &status, 0) < 0 && errno == EINTR) {
    }
  }
  if (fd_ >= 0) ::close(fd_);
}

bool Worker::ReadAvailable() {
  char buf[65536];
  while (true) {
    ssize_t n = ::read(fd_, buf, sizeof buf);
    if (n > 0) {
      reply_.append(buf, static_cast<std::size_t>(n));
      continue;
    }
    if (n == 0) return true;
    if (errno == EINTR) continue;
    return errno != EAGAIN && errno != EWOULDBLOCK;  // a read error ends the reply too
  }
}

void ReapExitedWorkers(bool block) {
  std::vector<pid_t>& pids = Exiting();
  for (std::size_t i = 0; i < pids.size();) {
    int status = 0;
    pid_t r = ::waitpid(pids[i], &status, block ? 0 : WNOHANG);
    if (r == 0 || (r < 0 && errno == EINTR)) {
      ++i;  // still exiting (or interrupted: try again next time)
      continue;
    }
    pids[i] = pids.back();
    pids.pop_back();
  }
}

Result<Processed> Worker::Finish() {
  // A whole reply is the outcome whatever happens to the child next: it only
  // has _exit(0) left to do.
  std::optional<Result<Processed>> outcome = DecodeOutcome(reply_);
  if (outcome) {
    reply_.clear();
    Exiting().push_back(pid_);
    pid_ = -1;
    return std::move(*outcome);
  }
  return Reap(/*killed_by_us=*/false);
}

Result<Processed> Worker::Kill() {
  ::kill(pid_, SIGKILL);
  return Reap(/*killed_by_us=*/true);
}

Result<Processed> Worker::Reap(bool killed_by_us) {
  int status = 0;
  while (::waitpid(pid_, &status, 0) < 0) {
    if (errno != EINTR) {
      pid_ = -1;
      return Status::Internal(std::string("cannot wait for a worker: ") + std::strerror(errno));
    }
  }
  pid_ = -1;
  std::string timeout = "timeout: converting took longer than " + Seconds(limits_.seconds) + " s";
  if (killed_by_us) return Status::Hostile(timeout);
  if (WIFSIGNALED(status)) {
    int sig = WTERMSIG(status);
    if (sig == SIGXCPU) return Status::Hostile(timeout);
    const char* name = ::sigdescr_np(sig);
    return Status::Internal("crashed: signal " + std::to_string(sig) + (name ? std::string(" (") + name + ")" : ""));
  }
  int code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  if (code == kExitOutOfMemory) {
    return Status::Hostile("out of memory: converting needed more than " +
                           std::to_string(limits_.memory_bytes >> 20) + " MiB");
  }
  if (code != 0) return Status::Internal("crashed: exit code " + std::to_string(code));
  std::optional<Result<Processed>> outcome = DecodeOutcome(reply_);
  reply_.clear();
  if (!outcome) return Status::Internal("crashed: incomplete reply from the worker");
  return std::move(*outcome);
}

}  // namespace baocao
