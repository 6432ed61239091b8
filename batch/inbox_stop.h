// SIGTERM (systemd stop), SIGINT (Ctrl-C) and SIGHUP ask a run to stop
// cleanly: the flag returned is set, poll() is interrupted, the inbox pass
// kills its children (their files stay in the inbox), commits what is done
// and ends the run as "stopped". A second signal is handled the same way.
#ifndef BAOCAO_BATCH_INBOX_STOP_H_
#define BAOCAO_BATCH_INBOX_STOP_H_

#include <atomic>

namespace baocao {

// Installs the handlers (once) and returns the flag they set.
const std::atomic<bool>* InstallStopHandlers();

}  // namespace baocao

#endif  // BAOCAO_BATCH_INBOX_STOP_H_
